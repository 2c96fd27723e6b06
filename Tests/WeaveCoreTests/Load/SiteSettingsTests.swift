import Foundation
import Testing
@testable import WeaveCore

@Suite struct SiteSettingsTests {
    private func error(_ yaml: String) -> String? {
        do {
            _ = try SiteSettings.parse(yaml, file: "notes/weave.yml")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func everyKeyIsRead() throws {
        let settings = try SiteSettings.parse("""
        title: 神经网络
        description: 课程笔记
        author: 张三
        language: en
        base_url: https://example.org/course/
        repository: https://github.com/example/course
        footer: © 2026
        exclude: [drafts/*, "*.private.md"]
        markdown:
          indented_code: true
          line_breaks: true
        katex_macros:
          \\R: \\mathbb{R}
        """, file: "weave.yml")
        #expect(settings.title == "神经网络" && settings.description == "课程笔记" && settings.author == "张三")
        #expect(settings.language == "en" && !settings.isChinese)
        #expect(settings.baseURL == "https://example.org/course/" && settings.repository == "https://github.com/example/course")
        #expect(settings.footer == "© 2026")
        #expect(settings.dialect.indentedCode && settings.dialect.lineBreaks)
        #expect(settings.katexMacros == ["\\R": "\\mathbb{R}"])
        #expect(settings.excludes("drafts/a.md") && settings.excludes("drafts/sub/b.md") && settings.excludes("x/y.private.md"))
        #expect(!settings.excludes("a.md") && !settings.excludes("notdrafts/a.md"))
    }

    @Test func unknownKeysAndWrongTypesAreErrorsAtTheirLine() {
        #expect(error("title: a\ntitel: b\n") == "notes/weave.yml:2: error: unknown setting `titel`; known: title, description, author, language, base_url, repository, edit_uri, footer, exclude, markdown, katex_macros, equation_numbering, image_captions, cache")
        #expect(error("title: [a, b]\n") == "notes/weave.yml:1: error: `title` must be a text")
        #expect(error("exclude: drafts\n") == "notes/weave.yml:1: error: `exclude` must be a list of patterns, e.g. [drafts/*]")
        #expect(error("markdown:\n  indented_code: sometimes\n") == "notes/weave.yml:2: error: `markdown.indented_code` must be true or false")
        #expect(error("markdown:\n  tables: true\n") == "notes/weave.yml:2: error: unknown setting `markdown.tables`; known: indented_code, line_breaks")
        #expect(error("katex_macros:\n  R: x\n")?.hasPrefix("notes/weave.yml:2: error: each KaTeX macro") == true)
        #expect(error("- a\n- b\n") == "notes/weave.yml:1: error: the settings must be a mapping of keys to values")
        #expect(error("title: \"unclosed\n")?.hasPrefix("notes/weave.yml: error: the settings are not valid YAML") == true)
        #expect(error("") == nil)
    }

    @Test func theBaseURLIsAnAddressOnTheWebAndEndsInASlash() throws {
        #expect(try SiteSettings.parse("base_url: https://example.org/course\n", file: "w").baseURL == "https://example.org/course/")
        #expect(try SiteSettings.parse("base_url: http://example.org/\n", file: "w").baseURL == "http://example.org/")
        for bad in ["example.org/course", "/course/", "file:///tmp/site/"] {
            #expect(error("title: t\nbase_url: \(bad)\n")?.hasPrefix("notes/weave.yml:2: error: `base_url` must be the site's address starting with https://") == true, "\(bad)")
        }
    }

    @Test func theCacheIsAFolderOfItsOwn() throws {
        #expect(try SiteSettings.parse("cache: .cache\n", file: "w").cache == ".cache")
        #expect(try SiteSettings.parse("", file: "w").cache == nil)
        #expect(error("cache: [a]\n") == "notes/weave.yml:1: error: `cache` must be a text")
        #expect(error("cache: .\n") == "notes/weave.yml:1: error: `cache` must name a folder of its own, e.g. .cache")
    }

    @Test func numberingSwitchesAreTrueOrFalseAndChangeThePagesFingerprint() throws {
        let on = try SiteSettings.parse("equation_numbering: true\nimage_captions: true\n", file: "w")
        #expect(on.equationNumbering && on.imageCaptions)
        let off = try SiteSettings.parse("", file: "w")
        #expect(!off.equationNumbering && !off.imageCaptions)
        #expect(on.renderingFingerprint != off.renderingFingerprint, "cached pages render again when numbering is switched")
        #expect(error("title: t\nequation_numbering: auto\n") == "notes/weave.yml:2: error: `equation_numbering` must be true or false")
        #expect(error("image_captions: [x]\n") == "notes/weave.yml:1: error: `image_captions` must be true or false")
    }

    @Test func editURIIsReadAndMustBeAText() throws {
        #expect(try SiteSettings.parse("edit_uri: edit/dev/notes/\n", file: "w").editURI == "edit/dev/notes/")
        #expect(error("edit_uri: [a]\n") == "notes/weave.yml:1: error: `edit_uri` must be a text")
    }

    @Test func theSiteFollowsTheSettings() throws {
        let notes = try TemporaryNotes([
            "weave.yml": "title: Deep Learning\nlanguage: en\ndescription: Notes <1>\nfooter: © Author\nexclude: [drafts/*]\nkatex_macros:\n  \\R: \\mathbb{R}\n",
            "a.md": "# A\n\n$x \\in \\R$\n\n## One\n\n## Two\n",
            "b.md": "# B\n\n```swift-nn\nprint(1)\n```\n",
            "drafts/c.md": "# Draft\n",
        ])
        defer { notes.cleanUp() }
        let report = try notes.build()
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        let a = try notes.page("a.html"), b = try notes.page("b.html")
        #expect(a.contains("<html lang=\"en\">"))
        // A page's own first paragraph describes it; the site's description is the index's.
        #expect(try notes.page("index.html").contains("<meta name=\"description\" content=\"Notes &lt;1&gt;\">"))
        #expect(a.contains("<title>A · Deep Learning</title>") && a.contains(">On this page<"))
        #expect(a.contains("<footer class=\"site-footer\">© Author · Built with weave \(WeaveVersion.current).</footer>"))
        #expect(b.contains("Every cell on this page was run and every check verified at build time.</footer>"))
        #expect(a.contains("<span class=\"mord mathbb\">R</span>"), "the macro expanded")
        #expect(!FileManager.default.fileExists(atPath: notes.site.appendingPathComponent("drafts/c.html").path))
    }
}

/// A note's front matter sets its own author, language and Markdown switches over the course's settings.
@Suite struct NoteSettingsTests {
    @Test func frontMatterWinsForItsNoteOnly() throws {
        var settings = SiteSettings()
        settings.author = "张三"
        settings.dialect.indentedCode = true
        var matter = FrontMatter()
        matter.language = "en"
        matter.markdown.lineBreaks = true
        let note = settings.forNote(matter)
        #expect(note.language == "en" && note.author == "张三")
        #expect(note.dialect.lineBreaks && note.dialect.indentedCode, "a switch the note does not name stays the course's")
        #expect(settings.forNote(FrontMatter()) == settings)
    }

    @Test func wrongTypesInFrontMatterAreErrorsAtTheirLineOfTheFile() {
        func error(_ yaml: String) -> Diagnostic? {
            do { _ = try FrontMatter.parse(yaml, file: "n.md", firstLine: 2); return nil } catch { return error }
        }
        #expect(error("title: x\nlanguage: [en]\n")?.line == 3)
        #expect(error("markdown:\n  line_breaks: sometimes\n")?.line == 3)
        #expect(error("markdown:\n  tabs: true\n")?.message.contains("unknown setting `markdown.tabs`") == true)
        #expect(error("markdown: true\n")?.line == 2)
        #expect(error("author: 李四\nlanguage: en\nmarkdown:\n  indented_code: true\n") == nil)
    }

    @Test func aPageFollowsItsNotesLanguageAuthorAndLineBreaks() throws {
        let notes = try TemporaryNotes([
            "weave.yml": "language: zh-CN\nauthor: 张三\n",
            "a.md": "---\nlanguage: en\nauthor: Ann\nmarkdown:\n  line_breaks: true\n---\n# A\n\nfirst\nsecond\n\n```swift-nn\nprint(1)\n```\n",
            "b.md": "# B\n\nfirst\nsecond\n\n```swift-nn\nprint(2)\n```\n",
        ])
        defer { notes.cleanUp() }
        _ = try notes.build()
        let a = try notes.page("a.html"), b = try notes.page("b.html")
        #expect(a.contains("<html lang=\"en\">") && a.contains("<meta name=\"author\" content=\"Ann\">"))
        #expect(a.contains("Every cell on this page was run"))
        #expect(a.contains("first<br>\nsecond"))
        #expect(b.contains("<html lang=\"zh-CN\">") && b.contains("<meta name=\"author\" content=\"张三\">"))
        #expect(b.contains("本页的每个代码单元都在构建时运行过"))
        #expect(!b.contains("first<br>"))
    }
}
