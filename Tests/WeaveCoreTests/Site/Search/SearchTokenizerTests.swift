import Testing
@testable import WeaveCore

struct SearchTokenizerTests {
    @Test func chineseTextGivesOverlappingPairsOfCharacters() {
        #expect(SearchTokenizer.terms("反向传播") == ["反向", "向传", "传播"])
        // Punctuation and spaces end a run: no pair spans them.
        #expect(SearchTokenizer.terms("梯度，下降") == ["梯度", "下降"])
        #expect(SearchTokenizer.terms("梯度 下降") == ["梯度", "下降"])
    }

    @Test func singleCharactersAndLettersAreNoTerms() {
        #expect(SearchTokenizer.terms("的") == [])
        #expect(SearchTokenizer.terms("x 和 y") == [])
    }

    @Test func latinWordsAreLowerCasedAndSplitFromChineseAroundThem() {
        #expect(SearchTokenizer.terms("Softmax 回归用 ReLU") == ["softmax", "回归", "归用", "relu"])
        #expect(SearchTokenizer.terms("用Adam训练") == ["adam", "训练"])
        #expect(SearchTokenizer.terms("L2-norm, 2015") == ["l2", "norm", "2015"])
    }

    @Test func kanaAndHangulArePairedLikeHan() {
        #expect(SearchTokenizer.terms("ニューラル") == ["ニュ", "ュー", "ーラ", "ラル"])
        #expect(SearchTokenizer.terms("신경망") == ["신경", "경망"])
    }

    @Test func texGivesCommandNamesAndWordsButNotLayout() {
        #expect(SearchTokenizer.terms(#"\sigma(x)=\frac{1}{1+e^{-x}}"#, as: .tex) == ["sigma"])
        #expect(SearchTokenizer.terms(#"\mathrm{softmax}(\mathbf{z})_i"#, as: .tex) == ["softmax"])
        #expect(SearchTokenizer.terms(#"\text{out}_{h_1} = \operatorname{ReLU}(x)"#, as: .tex) == ["out", "relu"])
        // `_` is a subscript in TeX, not part of a word; Chinese in \text is paired.
        #expect(SearchTokenizer.terms(#"E_{total} + \text{损失}"#, as: .tex) == ["total", "损失"])
    }

    @Test func codeGivesIdentifiersTheirPartsAndNoKeywords() {
        let terms = SearchTokenizer.terms("let loss = Loss.crossEntropy(logits, labels: y) // 交叉熵", as: .code)
        #expect(terms == ["loss", "loss", "crossentropy", "cross", "entropy", "logits", "labels", "交叉", "叉熵"])
        #expect(SearchTokenizer.terms("var learning_rate = 0.1", as: .code) == ["learning_rate", "learning", "rate"])
        #expect(SearchTokenizer.terms("for x in xs { }", as: .code) == ["xs"])
    }

    @Test func identifierPartsSplitHumpsAcronymsAndUnderscores() {
        #expect(SearchTokenizer.identifierParts("crossEntropy") == ["cross", "Entropy"])
        #expect(SearchTokenizer.identifierParts("MSELoss") == ["MSE", "Loss"])
        #expect(SearchTokenizer.identifierParts("avgPool2d") == ["avg", "Pool2d"])
        #expect(SearchTokenizer.identifierParts("learning_rate") == ["learning", "rate"])
        #expect(SearchTokenizer.identifierParts("relu") == ["relu"])
    }

    @Test func proseKeepsUnderscoredWordsWhole() {
        #expect(SearchTokenizer.terms("set learning_rate first") == ["set", "learning_rate", "first"])
    }
}
