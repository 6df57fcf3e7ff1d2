import Foundation
import Testing
@testable import CaseworkCore

/// Seeded fuzz targets, bounded in time so they run with the suite: the importer and the case-file reader never
/// crash, never accept what they should refuse, and never say more than they must.
@Suite struct ImporterFuzzTests {
    static let today = Day(year: 2026, month: 11, day: 26)!

    /// The example applications, one a line, and the hostile fixtures.
    static let seeds: [[UInt8]] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let example = root.appendingPathComponent("../../../Resources/examples/applications.jsonl")
        let hostile = root.appendingPathComponent("../../Fixtures/Hostile")
        var seeds = String(decoding: (try? Data(contentsOf: example)) ?? Data(), as: UTF8.self).split(separator: "\n").map { Array($0.utf8) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: hostile.path)) ?? []
        seeds += names.filter { $0.hasSuffix(".json") }.sorted().compactMap { try? Array(Data(contentsOf: hostile.appendingPathComponent($0))) }
        return seeds
    }()

    static func isPrintable(_ text: String) -> Bool { !text.unicodeScalars.contains(where: ControlCharacters.isUnprintable) }

    /// Every text field of an accepted case, for the check that nothing unprintable got in.
    static func texts(_ record: Case) -> [String] {
        let applicant = record.applicant
        var texts = [applicant.firstName, applicant.lastName] + [applicant.phone, applicant.email, applicant.preferredLanguage,
                                                                   applicant.nationalInsuranceNumber, record.externalId].compactMap { $0 }
        texts += record.household.flatMap { [$0.firstName, $0.lastName] }
        texts += [applicant.correspondenceAddress, record.accommodation.address].compactMap { $0 }.flatMap { $0.lines + [$0.town, $0.postcode] }
        texts += [record.accommodation.landlord, record.referral?.referrer].compactMap { $0 }.flatMap { [$0.name, $0.phone, $0.email].compactMap { $0 } }
        texts += [record.accommodation.rent].compactMap { $0 } + (record.notice?.grounds ?? [])
        return texts
    }

    @Test func theImporterRefusesOrAcceptsCleanlyAndSaysLittle() {
        #expect(Self.seeds.count >= 10)
        var mutator = ByteMutator(seed: 15)
        let reader = ApplicationReader(today: Self.today)
        var accepted = 0, refused = 0
        let ran = fuzz(seconds: 3, maximum: 20_000) { iteration in
            let seed = Self.seeds[iteration % Self.seeds.count]
            var input = mutator.mutate(seed, other: Self.seeds[(iteration * 7 + 3) % Self.seeds.count])
            if iteration % 5 == 0 { input += [0x0A] + mutator.mutate(Self.seeds[(iteration / 5) % Self.seeds.count], other: seed) }
            let lines: [String]
            do throws(ApplicationFile.Problem) {
                let batch = ApplicationBatch(file: try ApplicationFile(bytes: input), reader: reader)
                for record in batch.cases {
                    #expect(Self.texts(record).allSatisfy(Self.isPrintable), "iteration \(iteration) accepted unprintable text")
                    #expect(record.restricted == record.domesticAbuse)
                }
                lines = ProblemList.lines(batch.errors)
                if batch.errors.isEmpty { accepted += 1 } else { refused += 1 }
            } catch {
                lines = [error.description]
                refused += 1
            }
            #expect(lines.count <= ProblemList.limit + 1)
            for line in lines {
                #expect(Self.isPrintable(line), "iteration \(iteration): \(line.debugDescription)")
                #expect(line.unicodeScalars.count <= 600, "iteration \(iteration): \(line.count) characters")
            }
        }
        #expect(ran >= 500, "the fuzzer ran \(ran) inputs in its time")
        #expect(accepted > 0 && refused > 0, "accepted \(accepted), refused \(refused): the mutations reach both sides")
    }

    /// Case files from the generator, mutated: read as a plausible case or refused by file and position, never
    /// with anything the file says in the message.
    @Test func theCaseFileReaderNeverQuotesTheFileAndNeverAcceptsTheImplausible() throws {
        var generator = CaseGenerator(seed: 9, today: Self.today, staff: DemoStaff.directory)
        let coders = StoreCoders()
        let marker = "Zqxjvwk"
        let files: [[UInt8]] = try (0..<12).map { index in
            var record = generator.next()
            record.ref = CaseRef.make(index + 1)
            record.revision = 1 + index
            record.applicant.firstName = marker
            record.applicant.lastName = marker + "son"
            return Array(try coders.document.encode(record))
        }
        var mutator = ByteMutator(seed: 27)
        var read = 0, refused = 0
        let ran = try fuzz(seconds: 3, maximum: 10_000) { iteration in
            let input = mutator.mutate(files[iteration % files.count], other: files[(iteration + 5) % files.count])
            do {
                let record = try CaseFile.decode(Data(input), file: "cases/H-0001.json", decoder: coders.decoder)
                #expect((1...RecordPlausibility.maximumRevision).contains(record.revision))
                #expect([record.assignedOfficer, record.updatedBy].compactMap { $0 }.allSatisfy(StaffID.isValid))
                #expect(record.timeline.allSatisfy { StaffID.isValid($0.by) })
                read += 1
            } catch let error as StoreError {
                let text = error.description
                #expect(!text.contains(marker), "iteration \(iteration) quoted the file: \(text)")
                #expect(Self.isPrintable(text) && text.count <= 300, "iteration \(iteration): \(text.debugDescription)")
                switch error {
                case .unreadable(let problem): #expect(problem.file == "cases/H-0001.json")
                case .newerSchema: break
                default: Issue.record("iteration \(iteration): \(error)")
                }
                refused += 1
            }
        }
        #expect(ran >= 200, "the fuzzer ran \(ran) inputs in its time")
        #expect(read > 0 && refused > 0, "read \(read), refused \(refused)")
    }
}
