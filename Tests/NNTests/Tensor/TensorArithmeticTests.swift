import Testing
@testable import NN

@Suite struct TensorArithmeticTests {
    @Test func broadcastingAddsABiasToEveryRow() {
        let x: Tensor = [[1, 2, 3], [4, 5, 6]]
        let b: Tensor = [10, 20, 30]
        #expect((x + b).scalars == [11, 22, 33, 14, 25, 36])
        #expect((x + b).shape == [2, 3])
    }

    @Test func columnBroadcastUsesTheGeneralPath() {
        let x: Tensor = [[1, 2], [3, 4]]
        let c: Tensor = [[10], [20]]
        #expect((x * c).scalars == [10, 20, 60, 80])
    }

    @Test func gradientsOfBinaryOpsMatchFiniteDifferences() {
        Random.seed(1)
        let a = Tensor.uniform([3, 4], 0.5...2), b = Tensor.uniform([4], 0.5...2)
        #expect(gradientCheck([a, b]) { (a + b).sum() }.passed)
        #expect(gradientCheck([a, b]) { (a - b).squared().sum() }.passed)
        #expect(gradientCheck([a, b]) { (a * b).sum() }.passed)
        #expect(gradientCheck([a, b]) { (a / b).sum() }.passed)
        #expect(gradientCheck([a, b], tolerance: 1e-5) { a.raised(to: b).sum() }.passed)
        #expect(gradientCheck([a, b]) { a.maximum(b).sum() }.passed)
    }

    @Test func matmulGradientMatchesFiniteDifferences() {
        Random.seed(2)
        let a = Tensor.gaussian([3, 4]), b = Tensor.gaussian([4, 2])
        #expect(a.matmul(b).shape == [3, 2])
        #expect(gradientCheck([a, b]) { (a.matmul(b) * a.matmul(b)).sum() }.passed)
        let batch = Tensor.gaussian([2, 3, 4])
        #expect(gradientCheck([batch, b]) { batch.matmul(b).squared().sum() }.passed)
        let c = Tensor.gaussian([2, 4, 5])
        #expect(gradientCheck([batch, c]) { batch.matmul(c).squared().sum() }.passed)
    }

    @Test func matmulAgreesWithHandComputation() {
        let a: Tensor = [[1, 2], [3, 4]]
        let b: Tensor = [[5, 6], [7, 8]]
        #expect(a.matmul(b).scalars == [19, 22, 43, 50])
        #expect(a.matmul(Tensor([1, 1])).scalars == [3, 7])
        #expect(a.T.scalars == [1, 3, 2, 4])
    }

    @Test func reductionsAlongAxes() {
        let x: Tensor = [[1, 5, 3], [4, 2, 6]]
        #expect(x.sum(axis: 0).scalars == [5, 7, 9])
        #expect(x.sum(axis: 1).scalars == [9, 12])
        #expect(x.mean().item() == 3.5)
        #expect(x.max(axis: 1).scalars == [5, 6])
        #expect(x.argmax(axis: 1).scalars == [1, 2])
        #expect(x.variance(axis: 1).allClose(Tensor([8.0 / 3, 8.0 / 3])))
        #expect(gradientCheck([x]) { x.max(axis: 0).sum() + x.variance(axis: 1).sum() }.passed)
    }

    @Test func subscriptsSliceAndDifferentiate() {
        let x: Tensor = [[1, 2, 3], [4, 5, 6]]
        #expect(x[1].scalars == [4, 5, 6])
        #expect(x[1, 2].item() == 6)
        #expect(x[..., 0].scalars == [1, 4])
        #expect(x[0..<2, 1...].scalars == [2, 3, 5, 6])
        #expect(x[-1, -1].item() == 6)
        #expect(gradientCheck([x]) { (x[..., 1] * x[..., 2]).sum() }.passed)
    }

    @Test func gradientsAccumulateUntilZeroed() {
        let w = Tensor(3, requiresGrad: true)
        (w * w).backward()
        (w * w).backward()
        #expect(w.grad?.item() == 12)
        w.zeroGrad()
        (w * 2).backward()
        #expect(w.grad?.item() == 2)
    }

    @Test func printsAMatrixAsAMatrix() {
        let x: Tensor = [[1, -2.5], [3, 4]]
        #expect(x.description == "[[ 1.0000, -2.5000],\n [ 3.0000,  4.0000]]")
        #expect(Tensor([1, 2, 3]).description == "[1, 2, 3]")
        #expect(x.formattedRows == [["1.0000", "-2.5000"], ["3.0000", "4.0000"]])
        #expect(Tensor([1, 2, 3]).formattedRows == [["1", "2", "3"]])
    }

    @Test func shapeMismatchNamesTheOperationAndBothShapes() async {
        await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            let a = Tensor.zeros([2, 3]), b = Tensor.zeros([4])
            _ = a.adding(b)
        }.map { result in
            let text = String(decoding: result.standardErrorContent, as: UTF8.self)
            #expect(text.contains("add: shapes [2, 3] and [4] cannot be broadcast together"))
            #expect(text.contains("TensorArithmeticTests.swift"))
        }
    }
}
