/// weave's version: in every stage's version, so a new weave never reads an older one's cached results.
public enum WeaveVersion {
    public static let current = "0.1.0"
}
