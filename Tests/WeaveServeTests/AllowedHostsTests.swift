import Testing
@testable import WeaveServe

struct AllowedHostsTests {
    @Test func onLoopbackOnlyLoopbackNamesAreAllowed() {
        let hosts = AllowedHosts(listeningOn: "127.0.0.1")
        for host in ["localhost", "LOCALHOST:8000", "localhost.", "weave.localhost:1", "127.0.0.1", "127.0.0.1:8000",
                     "[::1]", "[::1]:8000", "[0:0:0:0:0:0:0:1]:8000"] {
            #expect(hosts.allows(host, version: "HTTP/1.1"), "\(host)")
        }
        for host in ["evil.example", "evil.example:8000", "localhost.evil.example", "evillocalhost", "127.0.0.1.nip.io",
                     "127.0.0.2", "10.0.0.1:8000", "[::2]", "localhost:80x", "localhost:", "[::1", "[::1]x", ":8000", ""] {
            #expect(!hosts.allows(host, version: "HTTP/1.1"), "\(host)")
        }
        #expect(!hosts.allows(nil, version: "HTTP/1.1"))
        #expect(hosts.allows(nil, version: "HTTP/1.0"))
    }

    @Test func theAddressListenedOnIsAllowedToo() {
        let v4 = AllowedHosts(listeningOn: "192.168.1.20")
        #expect(v4.allows("192.168.1.20:8000", version: "HTTP/1.1") && v4.allows("192.168.1.20", version: "HTTP/1.1"))
        #expect(!v4.allows("192.168.1.21:8000", version: "HTTP/1.1"))
        let v6 = AllowedHosts(listeningOn: "fe80::1")
        #expect(v6.allows("[FE80:0::1]:8000", version: "HTTP/1.1"))
        #expect(!v6.allows("[fe80::2]", version: "HTTP/1.1"))
    }

    @Test func onAllAddressesAnyIPAddressButNoOtherNameIsAllowed() {
        for any in ["0.0.0.0", "::"] {
            let hosts = AllowedHosts(listeningOn: any)
            #expect(hosts.allows("192.168.1.20:8000", version: "HTTP/1.1"))
            #expect(hosts.allows("[2001:db8::7]:8000", version: "HTTP/1.1"))
            #expect(hosts.allows("localhost:8000", version: "HTTP/1.1"))
            #expect(!hosts.allows("evil.example:8000", version: "HTTP/1.1"))
            #expect(!hosts.allows("my-laptop.local:8000", version: "HTTP/1.1"))
        }
    }
}
