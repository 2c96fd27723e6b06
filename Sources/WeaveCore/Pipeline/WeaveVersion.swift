import Foundation

/// weave's version, and the build of weave that is running: in every stage's version, so that neither a
/// new weave nor a weave rebuilt from changed sources reads results an earlier one cached.
public enum WeaveVersion {
    public static let current = "0.1.0"

    /// The version and the running executable's size and modification time: a rebuilt weave (a changed
    /// parser, renderer or program generator) starts with fresh caches, even when `current` is the same.
    public static let build: String = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return current }
        return "\(current) \(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()
}
