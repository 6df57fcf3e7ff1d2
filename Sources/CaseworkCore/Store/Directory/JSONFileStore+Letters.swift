import Foundation

/// Where the console puts the letters it writes: `letters/<ref>/plan-v<N>.<ext>` in the data directory, written
/// durably and as private as the records (the folder's mode, files 0600). Never indexed or audited as a change:
/// the case records that the letter was sent.
public protocol LetterStore: AnyObject {
    /// Writes the letter and returns its path relative to the data directory.
    func saveLetter(_ text: String, ref: String, version: Int, format: PlanLetterFormat) throws -> String
}

extension JSONFileStore: LetterStore {
    public static let lettersDirectory = "letters"

    public func saveLetter(_ text: String, ref: String, version: Int, format: PlanLetterFormat) throws -> String {
        try CaseRef.check(ref)
        let folder = Self.lettersDirectory + "/" + ref
        let file = folder + "/plan-v\(version).\(format.fileExtension)"
        try locked { _ in
            try directory.makeDirectory(Self.lettersDirectory)
            try directory.makeDirectory(folder)
            try directory.replaceDurably(file, in: folder, with: Data(text.utf8), kind: "letter")
        }
        return file
    }
}
