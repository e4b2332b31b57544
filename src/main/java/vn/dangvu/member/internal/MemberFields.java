package vn.dangvu.member.internal;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.dangvu.member.UpdateMember;

/**
 * The editable fields of a record: API name, column, and how to read it from a command. One list drives the UPDATE
 * statement and the change history, so a new field cannot be saved without being recorded.
 */
final class MemberFields {

    /** One editable field; values are compared and recorded in their text form. */
    record Field(String name, String column, Function<UpdateMember, @Nullable Object> value) {

        @Nullable
        String text(UpdateMember command) {
            return MemberFields.text(value.apply(command));
        }
    }

    static final List<Field> ALL = List.of(
            new Field("fullName", "full_name", UpdateMember::fullName),
            new Field("birthName", "birth_name", UpdateMember::birthName),
            new Field("aliases", "aliases", UpdateMember::aliases),
            new Field("sex", "sex", UpdateMember::sex),
            new Field("birthDate", "birth_date", UpdateMember::birthDate),
            new Field("birthPlace", "birth_place", UpdateMember::birthPlace),
            new Field("homeTown", "home_town", UpdateMember::homeTown),
            new Field("permanentAddress", "permanent_address", UpdateMember::permanentAddress),
            new Field("temporaryAddress", "temporary_address", UpdateMember::temporaryAddress),
            new Field("ethnicity", "ethnicity", UpdateMember::ethnicity),
            new Field("religion", "religion", UpdateMember::religion),
            new Field("occupation", "occupation", UpdateMember::occupation),
            new Field("generalEducation", "general_education", UpdateMember::generalEducation),
            new Field("professionalLevel", "professional_level", UpdateMember::professionalLevel),
            new Field("academicTitle", "academic_title", UpdateMember::academicTitle),
            new Field("theoryLevel", "theory_level", UpdateMember::theoryLevel),
            new Field("cardNumber", "card_number", UpdateMember::cardNumber),
            new Field("historyNumber", "history_number", UpdateMember::historyNumber),
            new Field("citizenId", "citizen_id", UpdateMember::citizenId),
            new Field("phone", "phone", UpdateMember::phone),
            new Field("email", "email", UpdateMember::email),
            new Field("admittedOn", "admitted_on", UpdateMember::admittedOn),
            new Field("admissionDecisionNumber", "admission_decision_number", UpdateMember::admissionDecisionNumber),
            new Field("admissionDecisionBody", "admission_decision_body", UpdateMember::admissionDecisionBody),
            new Field("ceremonyDate", "ceremony_date", UpdateMember::ceremonyDate),
            new Field("ceremonyPlace", "ceremony_place", UpdateMember::ceremonyPlace),
            new Field("officialOn", "official_on", UpdateMember::officialOn),
            new Field("officialPlace", "official_place", UpdateMember::officialPlace),
            new Field("partyPosts", "party_posts", UpdateMember::partyPosts),
            new Field("workplace", "workplace", UpdateMember::workplace));

    private MemberFields() {}

    static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof Enum<?> e ? e.name() : value.toString();
        return text.isBlank() ? null : text;
    }
}
