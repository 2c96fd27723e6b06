import Foundation

/// An `.npz` file written by NumPy 2.4 (`numpy.savez`), kept as text so the test target needs no
/// resources. It was made by:
///
/// ```python
/// np.savez(path, weights=np.arange(6.0).reshape(2, 3), small=np.array([1.5, -2.25], dtype=np.float32),
///          counts=np.array([[1, -2], [3, 4]], dtype=np.int32),
///          fortran=np.asfortranarray(np.arange(6.0).reshape(2, 3)), scalar=np.float64(3.5),
///          flags=np.array([True, False]), big=np.array([1.0, 2.0], dtype=">f8"))
/// ```
enum NumPyFixture {
    /// The script above, to make the same file afresh when python3 and NumPy are installed.
    static let script = """
        import sys, numpy as np
        np.savez(sys.argv[1], weights=np.arange(6.0).reshape(2, 3), small=np.array([1.5, -2.25], dtype=np.float32),
                 counts=np.array([[1, -2], [3, 4]], dtype=np.int32),
                 fortran=np.asfortranarray(np.arange(6.0).reshape(2, 3)), scalar=np.float64(3.5),
                 flags=np.array([True, False]), big=np.array([1.0, 2.0], dtype=">f8"))
        """

    /// The file's bytes.
    static var bytes: Data { Data(base64Encoded: base64.joined())! }

    private static let base64 = [
        "UEsDBC0AAAAAAAAAIQDwzTtG//////////8LABQAd2VpZ2h0cy5ucHkBABAAsAAAAAAAAACwAAAAAAAAAJNOVU1QWQEAdgB7J2Rl",
        "c2NyJzogJzxmOCcsICdmb3J0cmFuX29yZGVyJzogRmFsc2UsICdzaGFwZSc6ICgyLCAzKSwgfSAgICAgICAgICAgICAgICAgICAg",
        "ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAKAAAAAAAAAAAAAAAAAADwPwAAAAAAAABAAAAAAAAACEAAAAAA",
        "AAAQQAAAAAAAABRAUEsDBC0AAAAAAAAAIQCHUYlP//////////8JABQAc21hbGwubnB5AQAQAIgAAAAAAAAAiAAAAAAAAACTTlVN",
        "UFkBAHYAeydkZXNjcic6ICc8ZjQnLCAnZm9ydHJhbl9vcmRlcic6IEZhbHNlLCAnc2hhcGUnOiAoMiwpLCB9ICAgICAgICAgICAg",
        "ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgCgAAwD8AABDAUEsDBC0AAAAAAAAAIQAbI9WP",
        "//////////8KABQAY291bnRzLm5weQEAEACQAAAAAAAAAJAAAAAAAAAAk05VTVBZAQB2AHsnZGVzY3InOiAnPGk0JywgJ2ZvcnRy",
        "YW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDIpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAg",
        "ICAgICAgICAgICAgICAgICAgIAoBAAAA/v///wMAAAAEAAAAUEsDBC0AAAAAAAAAIQDkyAZg//////////8LABQAZm9ydHJhbi5u",
        "cHkBABAAsAAAAAAAAACwAAAAAAAAAJNOVU1QWQEAdgB7J2Rlc2NyJzogJzxmOCcsICdmb3J0cmFuX29yZGVyJzogVHJ1ZSwgJ3No",
        "YXBlJzogKDIsIDMpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAK",
        "AAAAAAAAAAAAAAAAAAAIQAAAAAAAAPA/AAAAAAAAEEAAAAAAAAAAQAAAAAAAABRAUEsDBC0AAAAAAAAAIQA9PuNb//////////8K",
        "ABQAc2NhbGFyLm5weQEAEACIAAAAAAAAAIgAAAAAAAAAk05VTVBZAQB2AHsnZGVzY3InOiAnPGY4JywgJ2ZvcnRyYW5fb3JkZXIn",
        "OiBGYWxzZSwgJ3NoYXBlJzogKCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAg",
        "ICAgICAgICAgIAoAAAAAAAAMQFBLAwQtAAAAAAAAACEA7hm7Xf//////////CQAUAGZsYWdzLm5weQEAEACCAAAAAAAAAIIAAAAA",
        "AAAAk05VTVBZAQB2AHsnZGVzY3InOiAnfGIxJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsKSwgfSAgICAg",
        "ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoBAFBLAwQtAAAAAAAAACEACkon",
        "g///////////BwAUAGJpZy5ucHkBABAAkAAAAAAAAACQAAAAAAAAAJNOVU1QWQEAdgB7J2Rlc2NyJzogJz5mOCcsICdmb3J0cmFu",
        "X29yZGVyJzogRmFsc2UsICdzaGFwZSc6ICgyLCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAg",
        "ICAgICAgICAgICAgICAgICAKP/AAAAAAAABAAAAAAAAAAFBLAQItAy0AAAAAAAAAIQDwzTtGsAAAALAAAAALAAAAAAAAAAAAAACA",
        "AQAAAAB3ZWlnaHRzLm5weVBLAQItAy0AAAAAAAAAIQCHUYlPiAAAAIgAAAAJAAAAAAAAAAAAAACAAe0AAABzbWFsbC5ucHlQSwEC",
        "LQMtAAAAAAAAACEAGyPVj5AAAACQAAAACgAAAAAAAAAAAAAAgAGwAQAAY291bnRzLm5weVBLAQItAy0AAAAAAAAAIQDkyAZgsAAA",
        "ALAAAAALAAAAAAAAAAAAAACAAXwCAABmb3J0cmFuLm5weVBLAQItAy0AAAAAAAAAIQA9PuNbiAAAAIgAAAAKAAAAAAAAAAAAAACA",
        "AWkDAABzY2FsYXIubnB5UEsBAi0DLQAAAAAAAAAhAO4Zu12CAAAAggAAAAkAAAAAAAAAAAAAAIABLQQAAGZsYWdzLm5weVBLAQIt",
        "Ay0AAAAAAAAAIQAKSieDkAAAAJAAAAAHAAAAAAAAAAAAAACAAeoEAABiaWcubnB5UEsFBgAAAAAHAAcAhQEAALMFAAAAAA==",
    ]
}
