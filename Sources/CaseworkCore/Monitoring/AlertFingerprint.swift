/// A short, stable digest of the facts an alert stands on (its kind, due date, colour and the duty or decision it
/// concerns), so an acknowledgement or a snooze holds for exactly those facts. FNV-1a, 64 bits: the same on every
/// machine and every run (Swift's `Hasher` is seeded per process), and it needs no secret.
public enum AlertFingerprint {
    public static func of(_ alert: Alert) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in [alert.kind.rawValue, alert.dueOn.iso, alert.severity.rawValue, alert.dutyKind?.rawValue ?? "",
                     alert.decisionKind?.rawValue ?? ""] {
            for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            hash = (hash ^ UInt64(UInt8(ascii: "|"))) &* 0x0000_0100_0000_01b3
        }
        return Day.pad(Int(truncatingIfNeeded: hash >> 32), 8, radix: 16) + Day.pad(Int(truncatingIfNeeded: hash & 0xffff_ffff), 8, radix: 16)
    }
}
