/// Names from the many languages a council's applicants speak, kept together by origin so a synthetic
/// household has a plausible family name. Includes diacritics, CJK and decomposed combining marks on purpose:
/// the console must lay all of them out by display width.
enum NamePools {
    struct Origin {
        var firstNames: [String]
        var familyNames: [String]
        var language: String?
    }

    static let origins: [Origin] = [
        Origin(firstNames: ["Oliver", "Amelia", "Jack", "Chloe", "Daniel", "Megan", "Ryan", "Jade", "Liam", "Kerry", "Dean", "Stacey"],
               familyNames: ["Smith", "Jones", "Taylor", "Brown", "Walker", "Wright", "Hughes", "Clarke", "Turner", "Hill"],
               language: nil),
        Origin(firstNames: ["Zofia", "Łukasz", "Małgorzata", "Paweł", "Agnieszka", "Bartłomiej"],
               familyNames: ["Wiśniewska", "Kowalczyk", "Zieliński", "Wójcik", "Dąbrowski", "Król"],
               language: "Polish"),
        Origin(firstNames: ["Ștefan", "Ioana", "Mihai", "Andreea", "Răzvan"],
               familyNames: ["Popescu", "Ionescu", "Constantinescu", "Dumitrașcu"],
               language: "Romanian"),
        Origin(firstNames: ["Amina", "Abdi", "Hodan", "Mohamed", "Fadumo", "Yusuf"],
               familyNames: ["Hassan", "Warsame", "Farah", "Abdullahi", "Osman"],
               language: "Somali"),
        Origin(firstNames: ["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Tunde", "Folake"],
               familyNames: ["Okafor", "Adeyemi", "Obi", "Balogun", "Eze"],
               language: nil),
        Origin(firstNames: ["Ayşe", "Mehmet", "Elif", "Gökhan", "Şule"],
               familyNames: ["Yılmaz", "Demir", "Çelik", "Öztürk", "Şahin"],
               language: "Turkish"),
        Origin(firstNames: ["美玲", "伟", "秀英", "志强"],
               familyNames: ["陈", "王", "李", "张"],
               language: "Mandarin"),
        Origin(firstNames: ["Lan", "Minh", "Thảo", "Quang"],
               familyNames: ["Nguyễn", "Trần", "Phạm", "Lê"],
               language: "Vietnamese"),
        Origin(firstNames: ["Siobhán", "Pádraig", "Aoife", "Seán", "Niamh"],
               familyNames: ["Ó Briain", "Murphy", "Ní Dhónaill", "O'Connor"],
               language: nil),
        Origin(firstNames: ["Priya", "Arjun", "Anjali", "Ravi", "Sunita", "Imran", "Nasreen", "Bilal", "Farzana"],
               familyNames: ["Patel", "Sharma", "Begum", "Khan", "Hussain", "Chowdhury", "Akhtar"],
               language: nil),
        Origin(firstNames: ["João", "Inês", "Gonçalo", "Conceição"],
               familyNames: ["Gonçalves", "Araújo", "Simões", "Conceição"],
               language: "Portuguese"),
        Origin(firstNames: ["Kwame", "Ama", "Kofi", "Abena"],
               familyNames: ["Mensah", "Asante", "Boateng", "Owusu"],
               language: nil),
        Origin(firstNames: ["Tesfay", "Hiwet", "Dawit", "Selam"],
               familyNames: ["Gebremedhin", "Tesfamariam", "Haile"],
               language: "Tigrinya"),
        Origin(firstNames: ["Rene\u{301}e", "Zoe\u{308}", "Noe\u{308}l"],
               familyNames: ["Lefe\u{300}vre", "Dubois", "Ferna\u{301}ndez"],
               language: nil),
    ]

    static let streets = ["Market Street", "St Albans Road", "Queens Road", "Whippendell Road", "Vicarage Road",
                          "Harwoods Road", "Bushey Hall Road", "Leavesden Road", "Cassio Road", "Balmoral Road",
                          "Hempstead Road", "Gammons Lane", "Tolpits Lane", "Cardiff Road", "Radlett Road"]
    static let postcodes = ["WD17 1AB", "WD18 0DL", "WD24 4RT", "WD25 9JS", "WD19 6QP", "WD23 2LN", "WD18 7HH",
                            "WD17 3EW", "WD24 6PB", "WD25 0NX"]
    static let landlords = ["Mrs E. Barrow", "Hillside Lettings Ltd", "Mr K. Sandhu", "Oakwood Property Management",
                            "Mr and Mrs Lowe", "Citywide Homes Agency", "Ms T. Okonjo", "Greenfield Estates"]
}
