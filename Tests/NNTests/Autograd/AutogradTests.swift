import Foundation
import Testing
@testable import NN

@Suite struct AutogradTests {
    @Test func detachCutsTheGraph() {
        let x = Tensor(3, requiresGrad: true)
        let y = x * x.detach()          // d/dx = the detached value only: 3, not 6
        y.backward()
        #expect(x.grad?.item() == 3)
        #expect(!x.detach().requiresGrad && x.detach().isLeaf)
    }

    @Test func withoutGradRecordsNothing() {
        let w = Tensor([1, 2], requiresGrad: true)
        let y = withoutGrad { (w * 2).sum() }
        #expect(!y.requiresGrad && y.isLeaf)
        #expect(GradMode.isEnabled)
        let z = (w * 2).sum()
        #expect(z.requiresGrad && z.operation == "sum")
    }

    @Test func retainGradKeepsAnIntermediateGradient() {
        let x = Tensor(2, requiresGrad: true)
        let h = (x * 3).retainGrad()
        let y = h * h
        y.backward()
        #expect(h.grad?.item() == 12)       // dy/dh = 2h = 12
        #expect(x.grad?.item() == 36)       // dy/dx = 2h·3
        let other = x * 5
        (other * other).backward()
        #expect(other.grad == nil, "intermediates do not keep gradients unless asked")
    }

    @Test func sharedSubexpressionsSumTheirGradients() {
        let x = Tensor(1.5, requiresGrad: true)
        let a = x.exp()
        (a * a + a).backward()              // d/dx (e^{2x} + e^x) = 2e^{2x} + e^x
        let e = Foundation.exp(1.5)
        #expect(Swift.abs(x.grad!.item() - (2 * e * e + e)) < 1e-12)
    }
}
