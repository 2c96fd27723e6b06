import Testing
@testable import NN

@Suite struct ActivationLayerTests {
    let x: Tensor = [[-1.5, -0.2, 0.3], [0.9, 2.2, -3.1]]

    @Test func layersApplyTheirTensorMethods() {
        let pairs: [(any Layer, Tensor)] = [
            (Sigmoid(), x.sigmoid()), (Tanh(), x.tanh()), (ReLU(), x.relu()),
            (LeakyReLU(slope: 0.2), x.leakyReLU(slope: 0.2)), (ELU(alpha: 0.5), x.elu(alpha: 0.5)),
            (GELU(), x.gelu()), (GELU(approximate: .tanh), x.gelu(approximate: .tanh)), (Softplus(), x.softplus()),
            (Identity(), x), (Softmax(), x.softmax()), (Softmax(axis: 0, temperature: 2), x.softmax(axis: 0, temperature: 2)),
            (LogSoftmax(), x.logSoftmax()),
        ]
        for (layer, expected) in pairs {
            #expect(layer(x).scalars == expected.scalars, "\(layer)")
            #expect(layer.parameters.isEmpty && layer.parameterCount == 0)
        }
    }

    @Test func layersFollowTrainAndEval() {
        let layer = ReLU()
        #expect(layer.isTraining)
        layer.eval()
        #expect(!layer.isTraining)
        layer.train()
        #expect(layer.isTraining)
    }

    @Test func gradientsFlowThroughLayers() {
        let layers: [any Layer] = [Tanh(), LeakyReLU(slope: 0.1), LogSoftmax()]
        let result = gradientCheck([x]) {
            var h = x
            for layer in layers { h = layer(h) }
            return h.picking(columns: [0, 2]).sum()
        }
        #expect(result.passed, "\(result)")
    }

    @Test func layersDescribeThemselves() {
        #expect("\(LeakyReLU(slope: 0.2))" == "LeakyReLU(slope: 0.2)")
        #expect("\(Softmax())" == "Softmax(axis: -1, temperature: 1.0)")
        #expect("\(GELU(approximate: .tanh))" == "GELU(approximate: .tanh)")
    }
}
