import Foundation

/// Maps a request path to a file inside the site folder, or to nothing.
///
/// Percent-escapes are decoded first, so `%2e%2e` and `..%2f` are seen for what they are; any `..`
/// segment is refused; symbolic links are resolved and the result must still lie inside the site.
public enum SitePath {
    /// The site-relative key of a request path (`/` → `index.html`, `/a/` → `a/index.html`), or nil
    /// when the path is malformed or climbs out with `..`.
    public static func key(_ rawPath: String) -> String? {
        guard let decoded = rawPath.removingPercentEncoding,
              !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        let segments = decoded.split(separator: "/").filter { $0 != "." }
        guard !segments.contains("..") else { return nil }
        var key = segments.joined(separator: "/")
        if key.isEmpty || decoded.hasSuffix("/") { key += key.isEmpty ? "index.html" : "/index.html" }
        return key
    }

    /// The file a site key names, with symbolic links resolved, if it is a regular file inside `root`.
    /// A folder serves its `index.html`.
    public static func file(_ key: String, in root: URL) -> URL? {
        guard let realRoot = canonical(root.path), let found = canonical(root.appendingPathComponent(key).path) else { return nil }
        var path = found
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue {
            guard let index = canonical(path + "/index.html") else { return nil }
            path = index
        }
        guard path.hasPrefix(realRoot + "/"),
              let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType,
              type == .typeRegular else { return nil }
        return URL(fileURLWithPath: path)
    }

    /// The absolute path with every symbolic link resolved, or nil when it does not exist.
    static func canonical(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
