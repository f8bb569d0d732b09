/// First names and surnames for made-up people, from many countries, and
/// the pieces of made-up surnames for the long tail (`Waldmann`, `Kronenko`).
enum NamePool {
    static let maleFirstNames = [
        "Thomas", "Michael", "Andreas", "Stefan", "Martin", "Jürgen", "Klaus", "Peter", "Frank", "Markus",
        "Christian", "Wolfgang", "Matthias", "Jan", "Tobias", "Florian", "Sebastian", "Alexander", "Daniel", "Lukas",
        "Jonas", "Felix", "Paul", "Olaf", "Boris", "Emmanuel", "Pedro", "Giorgio", "Jean", "Pierre", "Antonio", "Luis",
        "Carlos", "Marco", "Piotr", "Jakub", "Tomasz", "Iwan", "Sergej", "Dmitri", "Andrij", "Oleksandr", "Mehmet",
        "Ahmed", "Omar", "Kenji", "Hiroshi", "Wei", "John", "David", "Robert", "James", "Henrik", "Lars", "Niels",
        "Mikko", "Viktor", "Ferenc", "Karim", "Yusuf", "Rafael", "Miguel", "Nikolai", "Bogdan", "Kwame", "Samuel",
    ]
    static let femaleFirstNames = [
        "Anna", "Maria", "Julia", "Katharina", "Sabine", "Petra", "Claudia", "Susanne", "Monika", "Andrea", "Nicole",
        "Stefanie", "Christine", "Ursula", "Annalena", "Svenja", "Nancy", "Lisa", "Sarah", "Laura", "Lena", "Hannah",
        "Sophie", "Marie", "Giorgia", "Elena", "Isabel", "Carmen", "Magdalena", "Agnieszka", "Olena", "Irina",
        "Natalia", "Ayşe", "Fatma", "Yuki", "Mei", "Kamala", "Sanna", "Mette", "Kaja", "Ingrid", "Beatrix", "Greta",
        "Paula", "Marta", "Ewa", "Amina", "Leila", "Chiara", "Zofia", "Jelena", "Tatjana", "Ines", "Grace",
    ]
    static let surnames = [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
        "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Herrmann", "König", "Walter", "Huber",
        "Kaiser", "Fuchs", "Peters", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Keller",
        "Günther", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Albrecht", "Schuster", "Ludwig",
        "Böhm", "Winter", "Kraus", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger", "Sommer", "Seidel", "Brandt",
        "Haas", "Schreiber", "Graf", "Dietrich", "Ziegler", "Kuhn", "Pohl", "Engel", "Horn", "Busch", "Bergmann",
        "Voigt", "Sauer", "Arnold", "Pfeiffer", "Kowalski", "Nowak", "Wiśniewski", "Kovač", "Horváth", "Novák",
        "Rossi", "Russo", "Bianchi", "Romano", "Ricci", "García", "Fernández", "López", "Martínez", "Dubois",
        "Moreau", "Laurent", "Lefèvre", "Bernard", "Durand", "Smith", "Johnson", "Brown", "Taylor", "Wilson",
        "Evans", "Jansen", "de Vries", "Bakker", "Visser", "Andersson", "Johansson", "Nielsen", "Hansen", "Virtanen",
        "Korhonen", "Petrow", "Iwanow", "Smirnow", "Kusnezow", "Popow", "Kowalenko", "Bondarenko", "Tkatschenko",
        "Schewtschenko", "Melnyk", "Yılmaz", "Kaya", "Demir", "Şahin", "Tanaka", "Suzuki", "Watanabe", "Park",
        "Choi", "Wang", "Zhang", "Liu", "Chen", "Haddad", "Mansour", "Nasser", "Okafor", "Mensah", "Diallo", "Silva",
        "Santos", "Costa", "Oliveira", "Papadopoulos", "Georgiou", "Ionescu", "Popescu", "Dimitrow", "Jovanović",
        "Lindqvist", "Hakimi", "Rahman", "Nakamura", "O'Brien", "Murphy", "Kelly", "Novotný", "Szabó", "Kaczmarek",
    ]
    static let surnameStems = [
        "Wald", "Kron", "Eich", "Lind", "Ross", "Hag", "Brun", "Falk", "Tann", "Birk", "Stein", "Holz", "Mühl",
        "Wolf", "Bär", "Kirch", "Sand", "Rosen", "Hasel", "Erl", "Adler", "Born", "Dorn", "Feld", "Gold", "Hell",
        "Kamm", "Lamp", "Mor", "Nord", "Ost", "Rein", "Sonn", "Tal", "Vell", "Wind",
    ]
    static let surnameEndings = [
        "mann", "berger", "feld", "hofer", "er", "inger", "holz", "bach", "stedt", "ow", "ski", "enko", "escu",
        "ić", "ov", "sen", "ani", "ez", "ström", "lein", "hardt", "ke",
    ]
}
