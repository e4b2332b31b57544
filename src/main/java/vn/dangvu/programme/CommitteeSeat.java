package vn.dangvu.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A seat on the steering committee.
 *
 * @param memberId the member, when recorded in the registry
 * @param fullName the person's name
 * @param role the seat
 * @param position their office, e.g. "Phó Bí thư Thường trực Thành ủy"
 */
public record CommitteeSeat(
        @Nullable UUID memberId,

        @NotBlank(message = "{programme.committee.name.required}")
        @Size(max = 200, message = "{programme.text.size}")
        @Nullable
        String fullName,

        @NotNull(message = "{programme.committee.role.required}") @Nullable
        CommitteeRole role,

        @Nullable @Size(max = 200, message = "{programme.text.size}")
        String position) {}
