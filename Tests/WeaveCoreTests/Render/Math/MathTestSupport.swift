import Foundation
@testable import WeaveCore

/// One typesetter shared by the math tests (it is thread-safe: a pool of KaTeX engines).
enum SharedMath {
    static let typesetter: Result<MathTypesetter, Error> = Result { try MathTypesetter() }
    static func get() throws -> MathTypesetter { try typesetter.get() }
}

/// Resident set size of this process in bytes (Linux /proc/self/statm), or nil elsewhere.
func residentBytes() -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// A realistic mix from deep-learning notes: mostly inline, some fractions, matrices and aligned blocks.
let realisticFormulas: [(tex: String, display: Bool)] = [
    ("x_i", false),
    ("w_5", false),
    ("\\frac{\\partial E}{\\partial w_5}", false),
    ("\\sigma(z) = \\frac{1}{1 + e^{-z}}", false),
    ("\\hat{y}", false),
    ("\\mathbf{W}^{(l)} \\in \\mathbb{R}^{n_l \\times n_{l-1}}", false),
    ("\\text{损失} = \\frac{1}{2}(t - y)^2", false),
    ("\\eta", false),
    ("a_1 * b_2", false),
    ("\\sum_{i=1}^{n} w_i x_i + b", false),
    ("E_{total} = \\sum \\frac{1}{2}(target - output)^2", true),
    ("\\frac{\\partial E_{total}}{\\partial w_5} = \\frac{\\partial E_{total}}{\\partial out_{o1}} * \\frac{\\partial out_{o1}}{\\partial net_{o1}} * \\frac{\\partial net_{o1}}{\\partial w_5}", true),
    ("\\begin{bmatrix} w_1 & w_2 \\\\ w_3 & w_4 \\end{bmatrix} \\begin{bmatrix} x_1 \\\\ x_2 \\end{bmatrix}", true),
    ("net_{h1} &= w_1 * i_1 + w_2 * i_2 + b_1 \\\\\nout_{h1} &= \\frac{1}{1+e^{-net_{h1}}}", true),
    ("\\mathrm{softmax}(z)_j = \\frac{e^{z_j}}{\\sum_{k=1}^{K} e^{z_k}}", true),
    ("\\theta \\leftarrow \\theta - \\eta \\nabla_\\theta J(\\theta)", false),
]
