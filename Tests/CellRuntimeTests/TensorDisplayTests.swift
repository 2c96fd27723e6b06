import Charts
import NN
import Testing
@testable import CellRuntime

/// Engine tensors reach charts and pages without copying code in the cell.
@Suite struct TensorDisplayTests {
    @Test func aTensorPlotsLikeTheArrayOfItsValues() {
        let values: [Double] = [0.5, 0.25, 0.125, 0.0625]
        let fromTensor = Chart(title: "t", x: "x", y: "y") { Line("loss", values: Tensor(values)) }
        let fromArray = Chart(title: "t", x: "x", y: "y") { Line("loss", values: values) }
        #expect(fromTensor.svg == fromArray.svg)
    }

    @Test func aMatrixOrFeatureMapIsAHeatmapsRows() {
        let map = Tensor(scalars: [1, 2, 3, 4, 5, 6], shape: [1, 1, 2, 3])
        #expect(map.chartRows == [[1, 2, 3], [4, 5, 6]])
        #expect(Heatmap(title: "m", matrix: map).svg == Heatmap(title: "m", matrix: [[1.0, 2, 3], [4, 5, 6]]).svg)
    }

    @Test func smallTensorsShowAsTablesAndLargeOnesAsText() {
        let t: Tensor = [[1, -2.5], [3, 4]]
        #expect(t.cellHTML == "<table class=\"tensor\"><caption>shape [2, 2]</caption><tbody>"
                + "<tr><td>1.0000</td><td>-2.5000</td></tr><tr><td>3.0000</td><td>4.0000</td></tr></tbody></table>")
        let big = Tensor.zeros([30, 30])
        #expect(big.cellHTML.hasPrefix("<pre class=\"tensor\">"))
        #expect(big.cellHTML.hasSuffix("<div class=\"shape\">shape [30, 30]</div>"))
    }
}
