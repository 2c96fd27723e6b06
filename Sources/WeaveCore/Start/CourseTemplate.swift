import Foundation

/// The files of a new course (`weave init DIR`): the notes folder with a home page, a first note and the
/// settings, a `.gitignore`, and a GitHub Actions workflow that checks the course and publishes it.
///
///     DIR/notes/index.md
///     DIR/notes/01-sigmoid.md          a cell, a chart and a check
///     DIR/notes/weave.yml
///     DIR/.gitignore                   build/ and .weave-cache/
///     DIR/.github/workflows/weave.yml
public struct CourseTemplate {
    /// The course's title (the folder's name).
    public var title: String
    /// The git URL of weave's source, for CI to build weave from; nil when unknown.
    public var weaveSource: String?
    /// The commit of weave's source to build; nil: the default branch.
    public var weaveCommit: String?
    /// The Swift version of the toolchain image CI uses (`swift:<version>-bookworm`).
    public var swiftVersion: String

    public init(title: String, weaveSource: String?, weaveCommit: String?, swiftVersion: String) {
        self.title = title
        self.weaveSource = weaveSource
        self.weaveCommit = weaveCommit
        self.swiftVersion = swiftVersion
    }

    /// The notes folder inside the course folder.
    public static let notesFolder = "notes"
    /// The path of the workflow file inside the course folder.
    public static let workflowPath = ".github/workflows/weave.yml"

    /// Writes the course into `folder`, which must not exist or be empty (a lone `.git` is allowed, for
    /// a repository just made with `git init`); returns the paths written, relative to `folder`. Errors
    /// name the folder as `shownAs` (as the user wrote it).
    @discardableResult
    public func create(in folder: URL, shownAs: String? = nil) throws(Diagnostic) -> [String] {
        let fm = FileManager.default
        let shown = shownAs ?? folder.path
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw Diagnostic(.error, file: shown, "this is a file; weave init starts a course in a new or empty folder")
            }
            let entries = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0 != ".git" }.sorted()
            if !entries.isEmpty {
                let listed = entries.prefix(3).joined(separator: ", ") + (entries.count > 3 ? ", …" : "")
                throw Diagnostic(.error, file: shown, "this folder is not empty (\(listed)); weave init starts a course in a new or empty folder and changes nothing here")
            }
        }
        let files = self.files()
        do {
            for (path, text) in files.sorted(by: { $0.key < $1.key }) {
                let url = folder.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        } catch {
            throw Diagnostic(.error, file: shown, "could not write the course: \(ErrorDescription.words(error))")
        }
        return files.keys.sorted()
    }

    /// The course's files, relative path → text.
    public func files() -> [String: String] {
        [
            "\(Self.notesFolder)/index.md": index,
            "\(Self.notesFolder)/01-sigmoid.md": Self.firstNote,
            "\(Self.notesFolder)/\(SiteSettings.fileName)": settings,
            ".gitignore": "# weave's site and its cache of cell results\nbuild/\n.weave-cache/\nweave-report.xml\n",
            Self.workflowPath: workflow,
        ]
    }

    /// `text` as a double-quoted YAML scalar.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += String(format: "\\x%02X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private var index: String {
        """
        ---
        title: \(Self.quoted(title))
        ---

        # \(title)

        这是课程的首页：这段文字出现在网站首页的笔记列表上方。每篇笔记是 `notes/` 里的一个 Markdown 文件，
        标记为 `swift-nn` 的代码块在构建网站时真正运行，它们打印的数字、画出的图和 `check` 的结果都写进页面。

        """
    }

    private var settings: String {
        """
        # 网站设置（每个键的含义见 weave 的 README）。
        title: \(Self.quoted(title))
        description: 一门用 weave 写成的课程：每个代码单元都在构建时运行过，每个检查都已验证。
        language: zh-CN
        # author: 你的名字
        # 设置 base_url 后，网站带 sitemap.xml 和每页的 canonical 链接：
        # base_url: https://你的用户名.github.io/仓库名/
        # 设置 repository 后，每页有“编辑此页”的链接：
        # repository: https://github.com/你的用户名/仓库名

        """
    }

    static let firstNote = """
    ---
    title: 第一课：sigmoid 与它的导数
    order: 1
    description: 用代码单元画出 sigmoid 和它的导数，并让引擎核对导数公式。
    ---

    # 第一课：sigmoid 与它的导数

    sigmoid 函数把任意实数压到 0 和 1 之间：

    $$
    \\sigma(x) = \\frac{1}{1 + e^{-x}}
    $$

    对它求导，得到一个只用到函数值本身的结果：

    $$
    \\sigma'(x) = \\sigma(x)\\,\\bigl(1 - \\sigma(x)\\bigr) \\label{eq:derivative}
    $$

    下面的代码单元在构建网站时运行：先用引擎的自动求导算出导数，再和式 \\eqref{eq:derivative} 逐点比较。
    如果公式写错了，`check` 就会失败，`weave check` 报告出错的行，就像单元测试失败一样。

    ```swift-nn
    let xs = stride(from: -6.0, through: 6.0, by: 0.1).map { $0 }
    let x = Tensor(xs)
    x.requiresGrad = true
    let y = x.sigmoid()
    y.sum().backward()
    let formula = y.scalars.map { $0 * (1 - $0) }
    check(x.grad!, equals: Tensor(formula), tolerance: 1e-12, "导数 = σ(1 − σ)")
    ```

    图 \\ref{fig:sigmoid} 把两者画出来：导数在 $x = 0$ 处最大，等于 $\\tfrac14$；往两端迅速趋近于 0，这是深层网络里梯度消失的来源之一。

    ```swift-nn
    show(Chart(title: "sigmoid 与它的导数", x: "x", y: "y") {
        Line("σ(x)", x: xs, y: y.scalars)
        Line("σ′(x)", x: xs, y: formula, style: .dashed)
    }, caption: "sigmoid（实线）与它的导数（虚线）", label: "fig:sigmoid")
    check(formula.max()!, equals: 0.25, tolerance: 1e-12, "导数的最大值是 1/4")
    ```

    ## 接下来

    复制这篇笔记，改成你自己的内容。写作时运行 `weave serve notes`，保存后页面会自己刷新；
    提交前运行 `weave check notes`，它会运行每个代码单元和检查。

    """

    private var workflow: String {
        let source = weaveSource ?? ""
        let commit = weaveCommit ?? ""
        let image = "swift:\(swiftVersion)-bookworm"
        return """
        # Checks the course on every push and pull request, and publishes the site to GitHub Pages from main.
        # On GitHub: Settings → Pages → Build and deployment → Source: GitHub Actions.
        name: weave

        on:
          push:
            branches: [main]
          pull_request:
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages-${{ github.ref }}
          cancel-in-progress: true

        env:
          # weave is built from its source, once per commit (then cached). WEAVE_SOURCE is the git URL of
          # weave's source; WEAVE_COMMIT the commit to build (empty: the default branch).
          WEAVE_SOURCE: \(Self.quoted(source))
          WEAVE_COMMIT: \(Self.quoted(commit))

        jobs:
          build:
            runs-on: ubuntu-latest
            # Debian 12 with the Swift toolchain weave was built with; cells are compiled by it.
            container: \(image)
            steps:
              # git first: the checkout is then a repository, whose layout the "edit this page" links follow.
              - name: Install the Debian packages weave uses
                run: |
                  apt-get update
                  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends git make ca-certificates \\
                    libcmark-dev libjs-katex libjs-highlight.js libjavascriptcoregtk-4.1-dev libopenblas-dev

              - uses: actions/checkout@v4

              - name: Restore weave
                id: weave
                uses: actions/cache@v4
                with:
                  path: /opt/weave
                  key: weave-${{ env.WEAVE_SOURCE }}-${{ env.WEAVE_COMMIT }}-\(image)

              - name: Build and install weave
                if: steps.weave.outputs.cache-hit != 'true'
                run: |
                  if [ -z "$WEAVE_SOURCE" ]; then
                    echo "::error file=\(Self.workflowPath)::set WEAVE_SOURCE to the git URL of weave's source"
                    exit 1
                  fi
                  git clone "$WEAVE_SOURCE" /tmp/weave-source
                  if [ -n "$WEAVE_COMMIT" ]; then git -C /tmp/weave-source checkout "$WEAVE_COMMIT"; fi
                  make -C /tmp/weave-source install PREFIX=/opt/weave

              - name: Restore the cell results of earlier runs
                uses: actions/cache@v4
                with:
                  path: .weave-cache
                  key: weave-cache-${{ github.sha }}
                  restore-keys: weave-cache-

              - name: Check every cell and check
                run: /opt/weave/bin/weave check \(Self.notesFolder) --junit weave-report.xml

              - name: Keep the test report
                if: always()
                uses: actions/upload-artifact@v4
                with:
                  name: weave-report
                  path: weave-report.xml
                  if-no-files-found: ignore

              - name: Build the site
                run: /opt/weave/bin/weave build \(Self.notesFolder) -o build

              - uses: actions/upload-pages-artifact@v3
                with:
                  path: build

          deploy:
            if: github.event_name != 'pull_request' && github.ref == 'refs/heads/main'
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """
    }
}
