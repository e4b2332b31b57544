package vn.dangvu.petition;

/** Whose competence the matter is: the Party's (settled by a party body) or the State's (guide the petitioner). */
public enum PetitionCompetence {
    PARTY,
    STATE
}
