import Foundation

/// Which `Host` a request may name, so that a web page from elsewhere cannot read the site through
/// DNS rebinding (a name of the attacker's that resolves to 127.0.0.1).
///
/// Allowed: the loopback names `localhost`, `*.localhost`, `127.0.0.1` and `[::1]`, and the address
/// the server listens on. When it listens on all addresses (`0.0.0.0` or `::`), any IP address is
/// allowed too (such a host is typed by a person: a rebinding attack needs a name). The port is not
/// checked (an SSH tunnel may change it). A request without `Host` is allowed only in HTTP/1.0.
struct AllowedHosts: Sendable {
    /// The listening address, in the form it takes in a `Host` field (IPv6 in brackets), lower case.
    let bound: String
    let anyAddress: Bool

    init(listeningOn address: String) {
        let plain = address.lowercased()
        anyAddress = plain == "0.0.0.0" || plain == "::" || plain == "[::]"
        bound = plain.contains(":") && !plain.hasPrefix("[") ? "[\(plain)]" : plain
    }

    func allows(_ host: String?, version: String) -> Bool {
        guard let host else { return version == "HTTP/1.0" }
        guard let name = Self.name(of: host) else { return false }
        if name == "localhost" || name.hasSuffix(".localhost") { return true }
        guard let address = Self.address(name) else { return false }
        return address == Self.address("127.0.0.1") || address == Self.address("[::1]") || anyAddress || address == Self.address(bound)
    }

    /// The host name of a `Host` value without its port, lower case, without a final dot; nil when
    /// the value is malformed.
    static func name(of host: String) -> String? {
        var name = Substring(host.lowercased())
        var port: Substring = ""
        if name.hasPrefix("[") {
            guard let close = name.firstIndex(of: "]") else { return nil }
            port = name[name.index(after: close)...]
            name = name[...close]
        } else if let colon = name.lastIndex(of: ":") {
            port = name[colon...]
            name = name[..<colon]
        }
        guard port.isEmpty || (port.first == ":" && port.count > 1 && port.dropFirst().allSatisfy { ("0"..."9").contains($0) }),
              !name.isEmpty else { return nil }
        if name.hasSuffix(".") { name = name.dropLast() }
        return name.isEmpty ? nil : String(name)
    }

    /// The bytes of an IP address written as in a `Host` field (`1.2.3.4` or `[::1]`), or nil.
    static func address(_ name: String) -> [UInt8]? {
        if name.hasPrefix("[") && name.hasSuffix("]") {
            var raw = in6_addr()
            guard inet_pton(AF_INET6, String(name.dropFirst().dropLast()), &raw) == 1 else { return nil }
            return withUnsafeBytes(of: &raw) { Array($0) }
        }
        var raw = in_addr()
        guard inet_pton(AF_INET, name, &raw) == 1 else { return nil }
        return withUnsafeBytes(of: &raw) { Array($0) }
    }
}
