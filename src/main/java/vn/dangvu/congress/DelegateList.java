package vn.dangvu.congress;

import java.util.List;

/**
 * The delegates of a congress with their counts.
 *
 * @param delegates official, alternate and ex officio delegates
 * @param summoned delegates summoned
 * @param present of them present
 * @param attendance "X/Y đại biểu được triệu tập có mặt"
 * @param pending credentials not yet reviewed
 * @param rejected credentials rejected
 */
public record DelegateList(
        List<DelegateView> delegates, int summoned, int present, String attendance, int pending, int rejected) {}
