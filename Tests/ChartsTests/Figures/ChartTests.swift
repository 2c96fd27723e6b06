import Charts
import Foundation
import Testing

@Suite struct ChartTests {
    @Test func theIssueExampleReadsLikeThePicture() {
        let c = Chart(title: "Sigmoid 及其导数", x: "x", y: "y") {
            Line("σ(x)", function: sigmoid, over: -6...6)
            Line("σ'(x)", function: { sigmoid($0) * (1 - sigmoid($0)) }, over: -6...6, style: .dashed)
            ReferenceLine(y: 0.25, label: "max σ' = 1/4")
        }
        let parsed = parseSVG(c.svg)
        #expect(checked(c.render()) == c.svg)
        #expect(parsed.title == "Sigmoid 及其导数")
        #expect(parsed.texts.contains("σ(x)") && parsed.texts.contains("σ'(x)"))
        #expect(parsed.texts.contains("max σ' = 1/4"))
        #expect(parsed.texts.contains("\u{2212}6") && parsed.texts.contains("6"))
        #expect(parsed.desc.hasPrefix("Line chart: Sigmoid 及其导数."))
        #expect(c.svg.utf8.count < 8_000)
    }

    @Test func loopsAndConditionsInTheBuilder() {
        let rates = [0.01, 0.1, 0.5]
        let showTarget = true
        let chart = Chart(title: "learning rates") {
            for rate in rates {
                Line("lr = \(rate)", values: (0..<20).map { exp(-rate * Double($0)) })
            }
            if showTarget { ReferenceLine(y: 0.5) } else { ReferenceLine(y: 0) }
        }
        let parsed = parseSVG(chart.svg)
        #expect(parsed.texts.filter { $0.hasPrefix("lr = ") }.count == 3)
        #expect(chart.svg.contains("class=\"ln s3\""))
        #expect(chart.summary.contains("Reference line y = 0.5."))
    }

    @Test func legendOnlyForSeveralSeriesUnlessAsked() {
        let single = parseSVG(Chart { Line("only", values: [1, 2]) }.svg)
        #expect(!single.texts.contains("only"))
        let forced = parseSVG(Chart(legend: true) { Line("only", values: [1, 2]) }.svg)
        #expect(forced.texts.contains("only"))
        let hidden = parseSVG(Chart(legend: false) { Line("a", values: [1]); Line("b", values: [2]) }.svg)
        #expect(!hidden.texts.contains("a"))
    }

    @Test func integerXGetsIntegerTicks() {
        let parsed = parseSVG(Chart { Line(x: [1, 2, 3], y: [0.5, 0.3, 0.2]) }.svg)
        #expect(!parsed.texts.contains("1.5"))
        #expect(parsed.texts.contains("2"))
    }

    @Test func barsPutCategoriesOnTheXAxis() {
        let parsed = parseSVG(Chart { Bar(categories: ["SGD", "Adam"], values: [0.9, 0.95]) }.svg)
        #expect(parsed.texts.contains("SGD") && parsed.texts.contains("Adam"))
        #expect(parsed.desc.contains("SGD = 0.9, Adam = 0.95"))
    }

    @Test func summaryIsPlainLinesForTerminals() {
        let summary = Fixtures.sigmoidChart.summary
        let lines = summary.split(separator: "\n")
        #expect(lines.first == "Line chart: Sigmoid 及其导数.")
        #expect(lines.contains("Axes: x axis “x”, y axis “y”."))
        #expect(lines.contains { $0.hasPrefix("Line “σ(x)”: 200 points, x -6…6, y 0.002473…0.9975") })
        #expect(!summary.contains("<"))
    }

    @Test func typicalChartsAreCompact() {
        for (name, render) in Fixtures.all {
            let size = render().utf8.count
            #expect(size < 20_000, "\(name) is \(size) bytes")
        }
        #expect(Fixtures.lineWithLegend.svg.utf8.count < 6_000)
    }

    @Test func noiseFromLongTrainingRunsStaysSmall() {
        var generator = LinearCongruential(seed: 1)
        let losses = (0..<20_000).map { step in 2 * exp(-Double(step) / 4000) + 0.1 * generator.uniform() }
        let svg = checked(Chart(title: "loss per step", yScale: .log) { Line("loss", values: losses) }.svg)
        #expect(svg.utf8.count < 40_000)
    }

    @Test func coordinatesAreRoundedToTenths() throws {
        let svg = Fixtures.sigmoidChart.svg
        let attribute = try NSRegularExpression(pattern: #" (?:x|y|x1|x2|y1|y2|cx|cy|r|width|height|d)="([^"]*)""#)
        let number = try NSRegularExpression(pattern: #"\d*\.\d+"#)
        var checked = 0
        for match in attribute.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)) {
            let value = String(svg[Range(match.range(at: 1), in: svg)!])
            for decimal in number.matches(in: value, range: NSRange(value.startIndex..., in: value)) {
                let text = value[Range(decimal.range, in: value)!]
                #expect(text.split(separator: ".", omittingEmptySubsequences: false)[1].count == 1, "\(text)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    @Test func aChartThatDrawsNothingIsAWarning() {
        #expect(Chart(title: "loss") { Line("loss", values: [Double.nan, .nan, .infinity]) }.warnings
                == ["line chart “loss” draws nothing: loss: skipped 3 non-finite values (NaN or ±∞)."])
        #expect(Chart { Scatter(points: []) }.warnings == ["scatter plot draws nothing: it was given no data."])
        #expect(Chart(title: "no marks") {}.warnings == ["chart “no marks” draws nothing: it was given no data."])
        #expect(Chart(yScale: .log) { Bar(categories: ["a"], values: [-1]) }.warnings.count == 1)
        // Some data drawn, or only decorations missing: nothing to warn about.
        #expect(Chart { Line(values: [1, .nan, 2]) }.warnings.isEmpty)
        #expect(Chart { Line(values: [Double.nan]); Line(values: [1, 2]) }.warnings.isEmpty)
    }

    @Test func aQuietChartKeepsItsGapsButNotTheSentence() {
        let loud = Chart { Line("1/x", function: { 1 / $0 }, over: -1...1, samples: 21) }
        let quiet = loud.quietAboutSkippedValues()
        let sentence = "1/x: skipped 1 non-finite value (NaN or ±∞)."
        #expect(parseSVG(loud.svg).texts.contains(sentence))
        #expect(!parseSVG(quiet.svg).texts.contains(sentence))
        #expect(parseSVG(quiet.svg).desc.contains(sentence), "screen readers still hear about the gap")
        #expect(quiet.svg.components(separatedBy: "M").count == loud.svg.components(separatedBy: "M").count)
        // Other notes stay: unequal lengths are a mistake, not a choice.
        let unpaired = Chart { Line("a", x: [1, 2, 3], y: [1.0, .nan]) }.quietAboutSkippedValues()
        #expect(parseSVG(unpaired.svg).texts.contains("a: x and y differ in length; ignored 1 unpaired value."))
        // Nothing drawn is still a warning.
        #expect(Chart { Line(values: [Double.nan]) }.quietAboutSkippedValues().warnings.count == 1)
    }
}
