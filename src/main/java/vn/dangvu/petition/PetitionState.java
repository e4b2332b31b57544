package vn.dangvu.petition;

/**
 * Where a petition stands: received → (routed to the competent unit →) accepted → settled by a reply; or closed by
 * guidance returned to the petitioner. {@link #GUIDED} and {@link #SETTLED} are closed.
 */
public enum PetitionState {
    RECEIVED,
    ROUTED,
    ACCEPTED,
    GUIDED,
    SETTLED;

    public boolean open() {
        return this != GUIDED && this != SETTLED;
    }
}
