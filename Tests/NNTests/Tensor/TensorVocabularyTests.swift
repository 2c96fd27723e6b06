import Testing
@testable import NN

/// PyTorch's everyday names: factories, view, clone, equal, comparisons, nested literals.
@Suite struct TensorVocabularyTests {
    @Test func likeFactoriesTakeTheShape() {
        let x = Tensor.zeros([2, 3])
        #expect(Tensor.full(like: x, value: 2.5).scalars == [Double](repeating: 2.5, count: 6))
        #expect(Tensor.full(like: x, value: 1).shape == [2, 3])
        #expect(Tensor.ones(like: x, requiresGrad: true).requiresGrad)
        #expect(Tensor.zeros(like: x).scalars == [Double](repeating: 0, count: 6))
        var a = RandomGenerator(seed: 9), b = RandomGenerator(seed: 9)
        let r = Tensor.rand(like: x, using: &a)
        #expect(r.shape == [2, 3] && r.scalars == Tensor.uniform([2, 3], using: &b).scalars)
        #expect(r.scalars.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(Tensor.randn(like: x, using: &a).scalars == Tensor.gaussian([2, 3], using: &b).scalars)
        Random.seed(3)
        let first = Tensor.randn(like: x).scalars + Tensor.rand([2]).scalars
        Random.seed(3)
        #expect(first == Tensor.randn([2, 3]).scalars + Tensor.rand(like: Tensor.zeros([2])).scalars)
    }

    @Test func arangeWithOneArgumentAndWholeNumbers() {
        #expect(Tensor.arange(4).scalars == [0, 1, 2, 3])
        #expect(Tensor.arange(2.5).scalars == [0, 1, 2])
        #expect(Tensor.arange(0).shape == [0])
        #expect(Tensor.arange(2, 8, step: 2).scalars == [2, 4, 6])
        let n = 3
        #expect(Tensor.arange(n).scalars == [0, 1, 2])
    }

    @Test func viewCloneAndEqual() {
        let x = Tensor.arange(6)
        #expect(x.view(2, -1).shape == [2, 3] && x.view([3, 2]).shape == [3, 2])
        let p = Tensor([1, 2, 3], requiresGrad: true)
        let copy = p.clone()
        #expect(copy.scalars == p.scalars && copy.operation == "clone")
        copy.squared().sum().backward()
        #expect(p.grad!.scalars == [2, 4, 6])
        let plain = Tensor([1, 2])
        let c = plain.clone()
        c[0] = Tensor(9)
        #expect(plain.scalars == [1, 2])
        #expect(x.equal(Tensor.arange(6)))
        #expect(!x.equal(x.view(2, 3)))
        #expect(!x.equal(Tensor.arange(6) + 1e-12))
        #expect(!Tensor([.nan]).equal(Tensor([.nan])))
    }

    @Test func comparisonOperatorsGiveMasks() {
        let a: Tensor = [-1, 0.5, 2]
        let b: Tensor = [0, 0.5, 1]
        #expect((a > 0).scalars == [0, 1, 1])
        #expect((a < b).scalars == [1, 0, 0])
        #expect((a >= 0.5).scalars == [0, 1, 1])
        #expect((a <= b).scalars == [1, 1, 0])
        #expect((0 < a).scalars == [0, 1, 1])
        #expect((1 >= a).scalars == [1, 1, 0])
        #expect((a .== b).scalars == [0, 1, 0] && (a .!= 0.5).scalars == [1, 0, 1])
        let rows: Tensor = [[1], [3]]
        #expect((a > rows).shape == [2, 3])
        // Scalars still compare as numbers.
        #expect(a.max().item() > 1)
    }

    @Test func nestedLiteralsOfAnyRank() {
        let t: Tensor = [[[1, 2]], [[3, 4]]]
        #expect(t.shape == [2, 1, 2] && t.scalars == [1, 2, 3, 4])
        let four: Tensor = [[[[1], [2]], [[3], [4]]], [[[5], [6]], [[7], [8]]]]
        #expect(four.shape == [2, 2, 2, 1] && four.scalars == (1...8).map(Double.init))
        let mixed: Tensor = [[0.5, 1], [2, 3.25]]
        #expect(mixed.scalars == [0.5, 1, 2, 3.25])
        let scalarRow: Tensor = [7]
        #expect(scalarRow.shape == [1])
    }
}
