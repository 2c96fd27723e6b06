import Testing
@testable import NN

/// Python-style indices: negative numbers count from the end in every form of subscript.
@Suite struct TensorIndexTests {
    let x = Tensor.arange(12).view(3, 4)

    @Test func negativeIntegersAndRanges() {
        #expect(x[-1].scalars == [8, 9, 10, 11])
        #expect(x[-1, -1].item() == 11)
        #expect(x[(-2)...].scalars == Array(4...11).map(Double.init))
        #expect(x[..<(-1)].shape == [2, 4])
        #expect(x[..<(-1)].scalars == Array(0...7).map(Double.init))
        #expect(x[1..., -2].scalars == [6, 10])
        #expect(x[1...][..<(-1)].scalars == [4, 5, 6, 7])
        #expect(x[(-2)...(-1), 0].scalars == [4, 8])
        #expect(x[...(-2), 0].scalars == [0, 4])
        #expect(x[(-3)..<(-1), (-2)...].scalars == [2, 3, 6, 7])
        #expect(x[..., -1].scalars == [3, 7, 11])
        // A start after the end selects nothing, as in Python.
        #expect(x[(-1)..<1].shape == [0, 4])
    }

    @Test func listsAndStrides() {
        #expect(x[[2, 0]].scalars == [8, 9, 10, 11, 0, 1, 2, 3])
        #expect(x[..., [-1, 0, 0]].scalars == [3, 0, 0, 7, 4, 4, 11, 8, 8])
        #expect(x[stride(from: 0, to: 3, by: 2), 0].scalars == [0, 8])
        #expect(x[0, stride(from: 3, through: 0, by: -1)].scalars == [3, 2, 1, 0])
        let cube = Tensor.arange(8).view(2, 2, 2)
        #expect(cube[..., ..., 1].scalars == [1, 3, 5, 7])
    }

    @Test func writesAndGradientsUseTheSameIndices() {
        let y = x.clone()
        y[-1] = Tensor(0)
        #expect(y[2].scalars == [0, 0, 0, 0] && x[2].scalars == [8, 9, 10, 11])
        y[..., [0, -1]] = Tensor([[-1, -2]])
        #expect(y[0].scalars == [-1, 1, 2, -2])
        var g = RandomGenerator(seed: 4)
        let t = Tensor.gaussian([3, 4], using: &g)
        #expect(gradientCheck([t]) {
            LayerTestSupport.weightedSum(t[(-2)..., [3, -1, 0]]) + t[stride(from: 2, through: 0, by: -2)].squared().sum()
        }.passed)
    }
}
