@testable import CaseworkCore

/// Random but valid records, every field exercised, with text chosen to trouble a JSON reader: quotes,
/// backslashes, control characters, CJK, emoji, combining marks, right-to-left script.
enum RandomCases {
    static let awkwardPieces = [
        "a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1F}", "\u{7F}", "é", "ñ", "ß", "王", "李小龍",
        "👩‍👧", "🏠", "e\u{301}", "عربى", "\u{2028}", "\u{FFFD}", "\u{10FFFF}", "Ł", "Ø", "ç", "–", "’", "{", "}", ":", ",",
    ]

    static func text(_ r: inout SeededRandom, max: Int = 12) -> String {
        (0..<Int.random(in: 0...max, using: &r)).map { _ in r.pick(awkwardPieces) }.joined()
    }

    static func day(_ r: inout SeededRandom) -> Day { Day(daysSinceEpoch: Int.random(in: -25_000...40_000, using: &r)) }

    static func timestamp(_ r: inout SeededRandom) -> Timestamp {
        Timestamp(day: day(&r), secondOfDay: Int.random(in: 0...86_399, using: &r))
    }

    static func officer(_ r: inout SeededRandom) -> String { r.chance(0.8) ? r.pick(["priya.shah", "tom.okafor", "m.li"]) : text(&r) }

    /// An id where a case file must hold one (the store refuses a file whose officer or author is not an id).
    static func staffID(_ r: inout SeededRandom) -> String {
        r.chance(0.8) ? r.pick(["priya.shah", "tom.okafor", "m.li"]) : "cw" + String(Int.random(in: 1...999, using: &r))
    }

    static func caseRecord(_ r: inout SeededRandom, ref: String = "H-0001") -> Case {
        var c = Case(ref: ref, receivedOn: day(&r),
                     applicant: Applicant(firstName: text(&r), lastName: text(&r), dateOfBirth: r.maybe { day(&$0) },
                                          pregnant: r.chance(0.1), phone: r.maybe { text(&$0) }, email: r.maybe { text(&$0) },
                                          correspondenceAddress: r.maybe { address(&$0) }, preferredLanguage: r.maybe { text(&$0) },
                                          interpreterNeeded: r.chance(0.2), nationalInsuranceNumber: r.maybe { text(&$0) }),
                     accommodation: Accommodation(type: r.pick(AccommodationType.allCases), tenancyStartedOn: r.maybe { day(&$0) },
                                                  address: r.maybe { address(&$0) }, landlord: r.maybe { party(&$0) },
                                                  rent: r.maybe { text(&$0) }, arrears: r.maybe { $0.chance(0.5) },
                                                  tenancyPeriod: r.maybe { $0.pick(TenancyPeriod.allCases) }),
                     createdAt: timestamp(&r), createdBy: officer(&r))
        c.revision = Int.random(in: 0...500, using: &r)
        c.externalId = r.maybe { text(&$0) }
        c.status = r.pick(CaseStatus.allCases)
        c.household = r.list(0...4) { r in
            HouseholdMember(firstName: text(&r), lastName: text(&r), dateOfBirth: r.maybe { day(&$0) },
                            relationship: r.pick(Relationship.allCases), pregnant: r.chance(0.1))
        }
        c.homelessNow = r.chance(0.3)
        c.lossDate = r.maybe { day(&$0) }
        c.notice = r.maybe(0.6) { notice(&$0) }
        c.reasonForLoss = r.maybe { $0.pick(LossReason.allCases) }
        c.domesticAbuse = r.chance(0.2)
        c.careLeaver = r.chance(0.1)
        c.emergency = r.chance(0.05)
        c.supportNeeds = SupportNeeds(r.list(0...4) { $0.pick(SupportNeed.allCases) })
        c.documents = r.list(0...6) { r in
            DocumentCheck(kind: r.pick(DocumentKind.allCases), provided: r.chance(0.5), requestedOn: r.maybe { day(&$0) },
                          receivedOn: r.maybe { day(&$0) }, dueOn: r.maybe { day(&$0) }, note: r.maybe { text(&$0) })
        }
        c.referral = r.maybe(0.3) { r in
            Referral(agency: r.pick(Referral.Agency.allCases), referredOn: day(&r), consentGiven: r.chance(0.8),
                     referrer: r.maybe { party(&$0) })
        }
        c.consentToShare = r.chance(0.7)
        c.findings = Findings(eligible: r.maybe { $0.chance(0.5) }, priorityNeed: r.maybe { $0.chance(0.5) },
                              intentionallyHomeless: r.maybe { $0.chance(0.5) }, localConnection: r.maybe { $0.chance(0.5) })
        c.triage = Triage(outcome: r.maybe { $0.pick(TriageOutcome.allCases) }, preventedHow: r.maybe { text(&$0) },
                          decidedBy: r.maybe { officer(&$0) }, decidedOn: r.maybe { day(&$0) }, reason: r.maybe { text(&$0) },
                          dutyNotOwedReason: r.maybe { text(&$0) })
        c.route = r.maybe { r in
            RouteDecision(team: r.pick(Team.allCases), suggested: r.pick(Team.allCases), overrideReason: r.maybe { text(&$0) },
                          decidedBy: officer(&r), decidedOn: day(&r))
        }
        c.assignedOfficer = r.maybe { staffID(&$0) }
        c.duties = r.list(0...3) { r in
            Duty(kind: r.pick(DutyKind.allCases), startedOn: day(&r), startedBy: officer(&r), endedOn: r.maybe { day(&$0) },
                 endReason: r.maybe { $0.pick(DutyEndReason.allCases) }, endedBy: r.maybe { officer(&$0) },
                 endNoticeServedOn: r.maybe { day(&$0) }, note: r.maybe { text(&$0) })
        }
        c.assessment = r.maybe { r in
            Assessment(completedOn: day(&r), completedBy: officer(&r), reasonForLoss: r.maybe { $0.pick(LossReason.allCases) },
                       circumstances: text(&r, max: 40), housingNeeds: text(&r), supportNeeded: text(&r),
                       notifiedInWritingOn: r.maybe { day(&$0) })
        }
        c.plan = r.maybe { r in
            Plan(steps: r.list(0...5) { r in
                PlanStep(id: Int.random(in: 1...99, using: &r), owner: r.pick(StepOwner.allCases), text: text(&r),
                         dueOn: r.maybe { day(&$0) }, doneOn: r.maybe { day(&$0) })
            }, agreedOn: r.maybe { day(&$0) }, notAgreedReason: r.maybe { text(&$0) }, notAgreedOn: r.maybe { day(&$0) },
                 notifiedInWritingOn: r.maybe { day(&$0) }, reviewDueOn: r.maybe { day(&$0) }, lastReviewedOn: r.maybe { day(&$0) })
        }
        c.appointments = r.list(0...3) { r in
            var appointment = Appointment(id: Int.random(in: 1...99, using: &r), kind: r.pick(AppointmentKind.allCases), on: day(&r),
                                          startMinute: Int.random(in: 0...1439, using: &r), durationMinutes: Int.random(in: 15...120, using: &r),
                                          officer: officer(&r), status: r.pick(AppointmentStatus.allCases), location: r.maybe { text(&$0) })
            // The diary's fields from the values already drawn, so the other fields' draws stay as they were.
            appointment.sequence = appointment.id % 4
            appointment.bookedAt = appointment.id % 2 == 0 ? Timestamp(day: appointment.on, secondOfDay: appointment.startMinute * 60) : nil
            appointment.bookedBy = appointment.id % 3 == 0 ? nil : appointment.officer
            appointment.interpreter = Arrangement.allCases[appointment.startMinute % Arrangement.allCases.count]
            appointment.thirdParty = appointment.durationMinutes % 4 == 0 ? nil : ThirdPartyKind.allCases[appointment.id % ThirdPartyKind.allCases.count]
            appointment.thirdPartyArranged = appointment.startMinute % 2 == 0
            appointment.cancelReason = appointment.status == .cancelled ? appointment.location : nil
            appointment.contactWarning = [nil, true, false][appointment.durationMinutes % 3]
            return appointment
        }
        c.timeline = r.list(0...6) { r in
            ContactEvent(id: Int.random(in: 1...999, using: &r), at: timestamp(&r), by: staffID(&r),
                         channel: r.pick(ContactChannel.allCases), party: r.pick(ContactParty.allCases), text: text(&r, max: 30))
        }
        c.decisions = r.list(0...3) { r in
            Decision(id: Int.random(in: 1...99, using: &r), kind: r.pick(DecisionKind.allCases), outcome: text(&r),
                     decidedOn: day(&r), decidedBy: officer(&r), notifiedOn: r.maybe { day(&$0) },
                     reviewRequestedOn: r.maybe { day(&$0) }, reviewWithReferee: r.chance(0.2),
                     reviewDecidedOn: r.maybe { day(&$0) }, lateRequestAccepted: r.maybe { text(&$0) })
        }
        c.interimAccommodation = r.maybe { r in
            InterimAccommodation(outcome: r.pick(InterimAccommodation.Outcome.allCases), recordedOn: day(&r), recordedBy: officer(&r),
                                 reason: r.maybe { text(&$0) })
        }
        c.recordedFindings = r.maybe { r in
            r.list(0...3) { r in
                RecordedFinding(kind: r.pick(FindingKind.allCases), value: r.chance(0.5), decidedOn: day(&r), decidedBy: officer(&r),
                                decisionId: Int.random(in: 1...99, using: &r))
            }
        }
        c.nonCooperation = r.maybe { r in
            r.list(0...3) { r in
                NonCooperationRecord(kind: r.pick(NonCooperationRecord.Kind.allCases), on: day(&r), by: officer(&r),
                                     stepId: r.maybe { Int.random(in: 1...99, using: &$0) },
                                     periodDays: r.maybe { Int.random(in: 1...28, using: &$0) }, note: r.maybe { text(&$0) })
            }
        }
        c.accommodationSecuredOn = r.maybe { day(&$0) }
        c.restricted = r.chance(0.1)
        c.updatedAt = timestamp(&r)
        c.updatedBy = staffID(&r)
        c.alertResponses = r.maybe(0.3) { r in
            r.list(0...3) { r in
                AlertResponse(kind: text(&r), fingerprint: text(&r), action: r.pick(AlertResponse.Action.allCases), by: staffID(&r),
                              at: timestamp(&r), note: text(&r), until: r.maybe { day(&$0) })
            }
        }
        c.placements = r.maybe(0.3) { r in
            r.list(0...2) { r in
                Placement(id: Int.random(in: 1...9, using: &r), type: r.pick(PlacementType.allCases), duty: r.pick(PlacementDuty.allCases),
                          enteredOn: day(&r), leftOn: r.maybe { day(&$0) })
            }
        }
        c.closure = r.maybe(0.3) { r in
            Closure(on: day(&r), by: staffID(&r), satisfaction: r.pick(Satisfaction.allCases), comment: r.maybe { text(&$0) })
        }
        for index in c.duties.indices { c.duties[index].accommodationAtEnd = r.maybe { $0.pick(AccommodationType.allCases) } }
        return c
    }

    /// A summary with every field random, including those `CaseSummary.init` blanks (so the reader meets them too).
    static func summary(_ r: inout SeededRandom) -> CaseSummary {
        var s = CaseSummary(caseRecord(&r, ref: CaseRef.make(Int.random(in: 1...200_000, using: &r))))
        if var route = s.route {
            route.overrideReason = r.maybe { text(&$0) }
            s.route = route
        }
        s.decisions = s.decisions.map { decision in
            var lean = decision
            lean.outcome = text(&r)
            lean.lateRequestAccepted = r.maybe { text(&$0) }
            return lean
        }
        s.duties = s.duties.map { duty in
            var lean = duty
            lean.note = r.maybe { text(&$0) }
            return lean
        }
        s.documentsProvided = Int.random(in: -3...40, using: &r)
        s.followUpOn = r.maybe { day(&$0) }
        return s
    }

    private static func address(_ r: inout SeededRandom) -> Address {
        Address(lines: r.list(0...3) { text(&$0) }, town: text(&r), postcode: text(&r, max: 4))
    }

    private static func party(_ r: inout SeededRandom) -> Party {
        Party(name: text(&r), phone: r.maybe { text(&$0) }, email: r.maybe { text(&$0) })
    }

    private static func notice(_ r: inout SeededRandom) -> Notice {
        Notice(type: r.pick(NoticeType.allCases), servedOn: r.maybe { day(&$0) }, expiresOn: r.maybe { day(&$0) },
               grounds: r.list(0...3) { text(&$0, max: 3) }, proceedingsIssuedOn: r.maybe { day(&$0) },
               checks: NoticeChecks(depositProtected: r.maybe { $0.chance(0.5) }, prescribedInformationGiven: r.maybe { $0.chance(0.5) },
                                    gasSafetyCertificateGiven: r.maybe { $0.chance(0.5) }, epcGiven: r.maybe { $0.chance(0.5) },
                                    howToRentGiven: r.maybe { $0.chance(0.5) }, licensedIfRequired: r.maybe { $0.chance(0.5) },
                                    retaliatoryEviction: r.maybe { $0.chance(0.5) }, prohibitedPaymentHeld: r.maybe { $0.chance(0.5) }),
               threatFinding: r.maybe { r in NoticeThreatFinding(threatened: r.chance(0.5), decidedOn: day(&r), decidedBy: officer(&r)) })
    }
}
