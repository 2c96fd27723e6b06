import Foundation

/// Reads and writes NumPy's `.npz` files: a zip archive of `.npy` arrays, one per name.
///
/// The format the scientific Python world reads and writes (`numpy.savez`, `numpy.load`), so weights
/// trained in a note can be inspected in Python and arrays made in Python can be loaded into a note.
/// Files are written uncompressed, as Float64; any real or boolean dtype is read (converted to
/// Float64), but not the deflate-compressed archives of `numpy.savez_compressed`.
///
/// ```swift
/// try NPZ.write([("w", w), ("b", b)], to: "weights.npz")
/// let arrays = try NPZ.read(from: "weights.npz")       // [(name: "w", tensor: …), …]
/// ```
///
/// ```python
/// import numpy as np
/// arrays = np.load("weights.npz")   # arrays["w"], arrays["b"]
/// ```
///
/// PyTorch: `numpy.savez` / `numpy.load` (PyTorch's own `torch.save` writes pickles, which weave does not read).
public enum NPZ {
    /// Writes the tensors as `name.npy` entries of an uncompressed `.npz` archive, replacing the file.
    ///
    /// Throws a `DataError` naming the file when it cannot be written or a name is empty or repeated.
    public static func write(_ tensors: [(name: String, tensor: Tensor)], to path: String) throws {
        var seen = Set<String>()
        for (name, _) in tensors {
            if name.isEmpty { throw DataError(file: path, "an array needs a name, got an empty one") }
            if !seen.insert(name).inserted { throw DataError(file: path, "the name \(name) is used twice") }
        }
        let bytes: [UInt8]
        do {
            bytes = try ZipArchive.write(tensors.map { ZipArchive.Entry(name: $0.name + ".npy", data: NumPyArray.encode($0.tensor)) })
        } catch let failure as ZipArchive.Failure {
            throw DataError(file: path, failure.message)
        }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            let folder = (path as NSString).deletingLastPathComponent
            var isFolder: ObjCBool = false
            if !folder.isEmpty && !(FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue) {
                throw DataError(file: path, "cannot write the file: the folder \(folder) does not exist")
            }
            throw DataError(file: path, "cannot write the file (no permission, a folder of that name, or a full disk)")
        }
    }

    /// The arrays of an `.npz` file, in the archive's order, named without their `.npy` suffix.
    ///
    /// Throws a `DataError` naming the file (and the entry) when it is missing, is not an uncompressed
    /// `.npz`, or holds an array it cannot read.
    public static func read(from path: String) throws -> [(name: String, tensor: Tensor)] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw DataError(file: path, "no such file")
        }
        guard !isFolder.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw DataError(file: path, isFolder.boolValue ? "is a folder, not an .npz file" : "cannot read the file")
        }
        let entries: [ZipArchive.Entry]
        do {
            entries = try ZipArchive.read([UInt8](data))
        } catch let failure as ZipArchive.Failure {
            throw DataError(file: path, "not a readable .npz file: \(failure.message)")
        }
        return try entries.map { entry in
            let name = entry.name.hasSuffix(".npy") ? String(entry.name.dropLast(4)) : entry.name
            do {
                return (name, try NumPyArray.decode(entry.data))
            } catch let failure as NumPyArray.Failure {
                throw DataError(file: path, "the array \(name): \(failure.message)")
            }
        }
    }
}
