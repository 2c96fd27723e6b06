import Charts
import Foundation

/// The logistic function, as cells would define it.
func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

/// Representative charts, one per golden file; the same fixtures feed the determinism tests.
enum Fixtures {
    static let all: [(name: String, svg: @Sendable () -> String)] = [
        ("line-legend", { lineWithLegend.svg }),
        ("function-sigmoid", { sigmoidChart.svg }),
        ("log-scale-line", { logScaleLine.svg }),
        ("scatter", { scatter.svg }),
        ("bar", { bar.svg }),
        ("grouped-bar", { groupedBar.svg }),
        ("histogram", { histogram.svg }),
        ("step", { step.svg }),
        ("heatmap-values", { heatmapWithValues.svg }),
        ("heatmap-diverging", { divergingHeatmap.svg }),
        ("contour-trajectory", { contourWithTrajectory.svg }),
        ("panels", { panels.svg }),
        ("chinese-title", { chineseTitle.svg }),
        ("bar-by-sign", { barsBySign.svg }),
        ("line-markers", { lineWithMarkers.svg }),
        ("heatmap-magma-no-ticks", { magmaWithoutTicks.svg }),
        ("panels-shared-colorbar", { panelsWithSharedColorBar.svg }),
    ]

    static var lineWithLegend: Chart {
        let epochs = Array(1...20)
        let train = epochs.map { 2.3 * exp(-Double($0) / 5) + 0.05 }
        let test = epochs.map { 2.3 * exp(-Double($0) / 6) + 0.15 + 0.002 * Double($0) }
        return Chart(title: "Loss per epoch", x: "epoch", y: "loss") {
            Line("train", x: epochs, y: train)
            Line("test", x: epochs, y: test, style: .dashed)
        }
    }

    static var sigmoidChart: Chart {
        Chart(title: "Sigmoid 及其导数", x: "x", y: "y") {
            Line("σ(x)", function: sigmoid, over: -6...6)
            Line("σ'(x)", function: { sigmoid($0) * (1 - sigmoid($0)) }, over: -6...6, style: .dashed)
            ReferenceLine(y: 0.25, label: "max σ' = 1/4")
        }
    }

    static var logScaleLine: Chart {
        let layers = ["conv1", "conv2", "conv3", "fc1", "fc2"]
        let norms: [[Double]] = [[3e-1, 2e-2, 1e-3, 6e-5, 2e-6], [4e-1, 1.5e-1, 7e-2, 3e-2, 1e-2]]
        return Chart(title: "Gradient norm per layer", x: "layer", y: "‖∇W‖", yScale: .log) {
            Line("sigmoid", categories: layers, values: norms[0])
            Line("ReLU", categories: layers, values: norms[1], style: .dashed)
            Annotation("vanishing", x: 4, y: 2e-6)
        }
    }

    static var scatter: Chart {
        var generator = LinearCongruential(seed: 7)
        let a = (0..<40).map { _ in (generator.normal() - 1, generator.normal() + 0.5) }
        let b = (0..<40).map { _ in (generator.normal() + 1.2, generator.normal() - 0.8) }
        return Chart(title: "Two classes", x: "x₁", y: "x₂") {
            Scatter("class 0", points: a)
            Scatter("class 1", points: b)
        }
    }

    static var bar: Chart {
        Chart(title: "Test accuracy by optimizer", y: "accuracy", yRange: 0...1) {
            Bar(categories: ["SGD", "Momentum", "RMSProp", "Adam"], values: [0.912, 0.948, 0.956, 0.971])
        }
    }

    static var groupedBar: Chart {
        Chart(title: "Accuracy", y: "accuracy") {
            GroupedBar(categories: ["MLP", "CNN", "ResNet"],
                       series: ["train": [0.99, 0.995, 0.999], "test": [0.95, 0.985, 0.991], "augmented": [0.96, 0.989, 0.994]])
        }
    }

    static var histogram: Chart {
        var generator = LinearCongruential(seed: 42)
        let weights = (0..<1000).map { _ in generator.normal() * 0.1 }
        return Chart(title: "Initial weights (He)", x: "w", y: "count") {
            Histogram(weights)
        }
    }

    static var step: Chart {
        let schedule = (0..<100).map { 0.1 * pow(0.5, Double($0 / 25)) }
        return Chart(title: "Step decay schedule", x: "epoch", y: "learning rate") {
            Step("lr", values: schedule)
        }
    }

    static var heatmapWithValues: Heatmap {
        let matrix: [[Double]] = [[0.05, 0.10, 0.85], [0.70, 0.20, 0.10], [0.15, 0.60, 0.25], [0.33, 0.33, 0.34]]
        return Heatmap(title: "Attention weights", matrix: matrix, x: "key", y: "query",
                       showValues: true, xLabels: ["the", "cat", "sat"])
    }

    static var divergingHeatmap: Heatmap {
        let response: [[Double]] = (0..<8).map { row in
            (0..<8).map { column in
                let dx = Double(column) - 3.5, dy = Double(row) - 3.5
                return (dx * 0.8 - dy * 0.3) * exp(-(dx * dx + dy * dy) / 18)
            }
        }
        return Heatmap(title: "Response of an edge filter", matrix: response)
    }

    static var contourWithTrajectory: Contour {
        let loss: (Double, Double) -> Double = { x, y in 0.5 * x * x + 4 * y * y }
        var point = (-2.6, 0.9)
        var path = [point]
        for _ in 0..<25 {
            point = (point.0 - 0.2 * point.0, point.1 - 0.2 * 8 * point.1)
            path.append(point)
        }
        return Contour(title: "Gradient descent on an elongated bowl", x: "w₁", y: "w₂",
                       function: loss, xRange: -3...3, yRange: -1.5...1.5, levels: 8) {
            Trajectory("SGD, lr = 0.2", points: path)
            Annotation("minimum", x: 0, y: 0)
        }
    }

    static var panels: Panels {
        let input: [[Double]] = (0..<6).map { row in (0..<6).map { column in column >= 3 ? 1 : 0 } }
        let kernel: [[Double]] = [[1, 0, -1], [1, 0, -1], [1, 0, -1]]
        let response: [[Double]] = (0..<4).map { _ in [0, -3, -3, 0] }
        let pooled: [[Double]] = [[-3, -3], [-3, -3]]
        return Panels(title: "卷积与池化", columns: 4, panelWidth: 210, panelHeight: 210) {
            Heatmap(title: "输入", matrix: input, colorMap: .grays)
            Heatmap(title: "卷积核", matrix: kernel)
            Heatmap(title: "响应", matrix: response)
            Heatmap(title: "最大池化", matrix: pooled)
        }
    }

    static var chineseTitle: Chart {
        Chart(title: "激活函数对比：ReLU、Tanh 与 GELU", x: "输入 x", y: "输出") {
            Line("ReLU", function: { max(0, $0) }, over: -3...3)
            Line("Tanh", function: tanh, over: -3...3, style: .dashed)
            Line("GELU 近似", function: { 0.5 * $0 * (1 + tanh(0.79788456 * ($0 + 0.044715 * $0 * $0 * $0))) }, over: -3...3, style: .dotted)
            ReferenceLine(x: 0)
        }
    }
}

extension Fixtures {
    static var barsBySign: Chart {
        Chart(title: "Weight change per layer", y: "Δw") {
            Bar("Δw", categories: ["conv1", "conv2", "conv3", "fc1", "fc2"], values: [0.42, -0.17, 0.08, -0.35, 0.21],
                colors: .bySign())
        }
    }

    static var lineWithMarkers: Chart {
        Chart(title: "Accuracy per epoch", x: "epoch", y: "accuracy") {
            Line("train", x: Array(1...8), y: [0.62, 0.74, 0.81, 0.86, 0.89, 0.91, 0.93, 0.94], marker: .circle)
            Line("test", x: Array(1...8), y: [0.60, 0.70, 0.76, 0.79, 0.80, 0.81, 0.81, 0.80], style: .dashed, marker: .square)
        }
    }

    static var magmaWithoutTicks: Heatmap {
        let image: [[Double]] = (0..<16).map { row in
            (0..<16).map { column in
                let dx = Double(column) - 7.5, dy = Double(row) - 7.5
                return exp(-(dx * dx + dy * dy) / 20)
            }
        }
        return Heatmap(title: "A blurred spot", matrix: image, colorMap: .magma, showTicks: false)
    }

    static var panelsWithSharedColorBar: Panels {
        func map(_ channel: Int) -> [[Double]] {
            (0..<6).map { row -> [Double] in (0..<6).map { column -> Double in Double((row + 2 * column + channel) % 7) - 3 } }
        }
        let maps = (0..<4).map(map)
        return Panels(title: "Feature maps", columns: 4, sharedColorBar: true, panelWidth: 150, panelHeight: 170) {
            for (channel, map) in maps.enumerated() {
                Heatmap(title: "channel \(channel + 1)", matrix: map, showValues: false, showTicks: false)
            }
        }
    }
}

/// A tiny deterministic random number generator for test data.
struct LinearCongruential {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func uniform() -> Double {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(state >> 11) / Double(1 << 53)
    }

    /// A standard normal sample (Box–Muller).
    mutating func normal() -> Double {
        let u = max(uniform(), 1e-12), v = uniform()
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
    }
}
