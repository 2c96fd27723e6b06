import Testing
@testable import WeaveCore

/// `search.js` run in JavaScriptCore on small indexes: it splits queries as the Swift tokenizer splits
/// notes, and finds and ranks sections as the search page shows them.
@Suite(.serialized) struct SearchScriptTests {
    static let course = SearchIndex(pages: [
        .init(title: "神经元", url: "01.html", sections: [
            searchSection("", "神经元", text: "神经元先算加权和，再过激活函数。梯度在这里第一次出现。"),
            searchSection("softmax", "softmax 与温度", text: "softmax 把 logits 变成概率分布。", tex: "\\sigma(x) + w_1"),
        ]),
        .init(title: "梯度下降", url: "02.html", sections: [
            searchSection("", "梯度下降", text: "沿负梯度方向走一步。"),
            searchSection("lr", "学习率", text: "梯度乘以学习率。梯度太大时会发散，梯度太小时走不动。", code: "let lr = 0.1"),
        ]),
        .init(title: "反向传播", url: "03.html", sections: [
            searchSection("", "反向传播", text: "链式法则。"),
            searchSection("chain", "3 反向传播：逐项求导", text: "把梯度从输出传回输入。"),
            searchSection("code", "代码", text: "用引擎核对。", code: "let loss = Loss.crossEntropy(z, labels: y)"),
        ]),
    ])

    @Test func theScriptSplitsTextAsTheSwiftTokenizerDoes() throws {
        let runner = try SearchScriptRunner(Self.course)
        let samples = [
            "反向传播 Backpropagation，2015 年", "用Adam训练ReLU网络", "learning_rate = 0.1; x_1", "ニューラル・ネット",
            "신경망 학습", "Ｆｕｌｌ－ｗｉｄｔｈ ＡＢＣ １２", "café naïve e\u{301}t\u{e9}", "σ′(x) = σ(1−σ)", "𝜎 emoji 😀 梯度",
            "〇一二 ⅫⅣ ½ ²³", "İstanbul ΣΑΣ", "",
        ]
        for text in samples {
            #expect(try runner.tokenize(text) == SearchTokenizer.terms(text), "\(text)")
        }
    }

    @Test func pageTitlesAndHeadingsRankBeforeText() throws {
        let results = try SearchScriptRunner(Self.course).search("梯度")
        // The page titled 梯度下降 first; then the section whose text says 梯度 most often; then in course order.
        #expect(results == ["梯度下降 › ", "梯度下降 › lr", "神经元 › ", "反向传播 › chain"])
        let backprop = try SearchScriptRunner(Self.course).search("反向传播")
        #expect(backprop == ["反向传播 › ", "反向传播 › chain"])
    }

    @Test func everyPieceOfTheQueryMustBeFound() throws {
        let runner = try SearchScriptRunner(Self.course)
        #expect(try runner.search("梯度 学习率") == ["梯度下降 › lr"])
        #expect(try runner.search("梯度 卷积") == [])
        #expect(try runner.search("卷积") == [])
    }

    @Test func latinWordsIgnoreCaseAndFindTheWordsTheyBegin() throws {
        let runner = try SearchScriptRunner(Self.course)
        #expect(try runner.search("SoftMax") == ["神经元 › softmax"])
        #expect(try runner.search("soft") == ["神经元 › softmax"])
        #expect(try runner.search("sigma") == ["神经元 › softmax"], "TeX is searched by its words")
    }

    @Test func codeIsFoundByItsIdentifiersAndTheirParts() throws {
        let runner = try SearchScriptRunner(Self.course)
        #expect(try runner.search("crossEntropy") == ["反向传播 › code"])
        #expect(try runner.search("entropy") == ["反向传播 › code"])
        let excerpt = try runner.run("""
            var s = db.sections.filter(function (s) { return s.id === 'code'; })[0];
            var e = weaveSearch.excerpt(s, ['entropy']); return (e.code ? 'code: ' : 'text: ') + e.text;
            """)
        #expect(excerpt == "code: let loss = Loss.crossEntropy(z, labels: y)")
    }

    @Test func oneCharacterAndOddQueriesAreFoundByScanning() throws {
        let runner = try SearchScriptRunner(Self.course)
        #expect(try runner.search("率") == ["梯度下降 › lr", "神经元 › softmax"], "学习率, then 概率")
        #expect(try runner.search("w_1") == ["神经元 › softmax"], "no term: the query as written")
        #expect(try runner.search("  ，  ") == [])
    }

    @Test func wordsThatNameJavaScriptObjectPartsAreOrdinaryWords() throws {
        let index = SearchIndex(pages: [.init(title: "JS", url: "js.html", sections: [
            searchSection("", "JS", text: "constructor, toString and __proto__ are words"),
            searchSection("b", "B", text: "nothing here"),
        ])])
        #expect(index.postings["__proto__"] == nil && index.postings["constructor"] == [0])
        let runner = try SearchScriptRunner(index)
        #expect(try runner.search("constructor") == ["JS › "])
        #expect(try runner.search("tostring") == ["JS › "])
        #expect(try runner.search("__proto__") == ["JS › "])
        #expect(try runner.search("hasOwnProperty") == [])
    }

    @Test func highlightsCoverEveryOccurrenceAndMergeOverlaps() throws {
        let runner = try SearchScriptRunner(Self.course)
        #expect(try runner.run("return JSON.stringify(weaveSearch.marks('反向传播与反向', ['反向传播', '反向', '传播']));")
                == "[[0,4],[5,7]]")
        #expect(try runner.run("return JSON.stringify(weaveSearch.marks('Softmax SOFTMAX', ['softmax']));") == "[[0,7],[8,15]]")
    }
}
