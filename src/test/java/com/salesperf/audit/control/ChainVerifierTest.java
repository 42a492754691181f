package com.salesperf.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:15:30.123456789Z");

    @Test
    void aFreshChainVerifies() {
        List<AuditRecord> chain = chain(5);
        ChainVerification result = verify(chain, null);
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(5);
        assertThat(result.headSeq()).isEqualTo(5);
    }

    @Test
    void theHashCoversEveryFieldAndIsCutToMicroseconds() {
        AuditRecord sealed = chain(1).get(0);
        assertThat(sealed.occurredAt().getNano() % 1000).isZero();
        assertThat(AuditHasher.hash(sealed)).isEqualTo(sealed.entryHash()).hasSize(64);
        AuditRecord changedReason = copy(sealed, "other reason");
        assertThat(AuditHasher.hash(changedReason)).isNotEqualTo(sealed.entryHash());
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        AuditRecord a =
                AuditHasher.seal(
                        new AuditRecord(
                                1,
                                T0,
                                "ab",
                                "c",
                                "T",
                                "1",
                                null,
                                null,
                                null,
                                AuditHasher.GENESIS,
                                null));
        AuditRecord b =
                AuditHasher.seal(
                        new AuditRecord(
                                1,
                                T0,
                                "a",
                                "bc",
                                "T",
                                "1",
                                null,
                                null,
                                null,
                                AuditHasher.GENESIS,
                                null));
        AuditRecord empty =
                AuditHasher.seal(
                        new AuditRecord(
                                1,
                                T0,
                                "a",
                                "bc",
                                "T",
                                "1",
                                "",
                                null,
                                null,
                                AuditHasher.GENESIS,
                                null));
        assertThat(a.entryHash()).isNotEqualTo(b.entryHash());
        assertThat(b.entryHash()).isNotEqualTo(empty.entryHash());
    }

    @Test
    void aChangedEntryIsNamed() {
        List<AuditRecord> chain = chain(5);
        chain.set(2, copy(chain.get(2), "edited"));
        ChainVerification result = verify(chain, null);
        assertThat(result.firstProblem().seq()).isEqualTo(3);
        assertThat(result.firstProblem().kind()).isEqualTo(ChainVerification.Kind.HASH_MISMATCH);
    }

    @Test
    void anEntryRecomputedAfterEditingBreaksTheNextLink() {
        List<AuditRecord> chain = chain(5);
        chain.set(2, AuditHasher.seal(copy(chain.get(2), "edited and re-hashed")));
        ChainVerification result = verify(chain, null);
        assertThat(result.firstProblem().seq()).isEqualTo(4);
        assertThat(result.firstProblem().kind()).isEqualTo(ChainVerification.Kind.BROKEN_LINK);
    }

    @Test
    void aDeletedEntryShowsAsAGap() {
        List<AuditRecord> chain = chain(5);
        chain.remove(1);
        ChainVerification result = verify(chain, null);
        assertThat(result.problems())
                .extracting(ChainVerification.Problem::kind)
                .contains(ChainVerification.Kind.SEQUENCE_GAP, ChainVerification.Kind.BROKEN_LINK);
        assertThat(result.firstProblem().seq()).isEqualTo(2);
    }

    @Test
    void aCutTailIsFoundThroughTheCheckpoint() {
        List<AuditRecord> chain = chain(5);
        Checkpoint checkpoint = new Checkpoint(5, chain.get(4).entryHash(), T0, "run");
        assertThat(verify(chain, checkpoint).intact()).isTrue();
        ChainVerification cut = verify(chain.subList(0, 3), checkpoint);
        assertThat(cut.firstProblem().kind())
                .isEqualTo(ChainVerification.Kind.CHECKPOINT_MISSING_ENTRY);
        assertThat(cut.firstProblem().seq()).isEqualTo(5);
    }

    @Test
    void aRewrittenChainDisagreesWithTheCheckpoint() {
        List<AuditRecord> original = chain(3);
        Checkpoint checkpoint = new Checkpoint(3, original.get(2).entryHash(), T0, "approval");
        List<AuditRecord> rewritten = chainWithReason(3, "forged");
        ChainVerification result = verify(rewritten, checkpoint);
        assertThat(result.firstProblem().kind())
                .isEqualTo(ChainVerification.Kind.CHECKPOINT_HASH_MISMATCH);
    }

    @Test
    void checkpointLinesRoundTrip() {
        Checkpoint checkpoint = new Checkpoint(42, "ab".repeat(32), T0, "period close 2023Q3");
        assertThat(Checkpoint.parse(checkpoint.toLine()))
                .isEqualTo(new Checkpoint(42, "ab".repeat(32), T0, "period_close_2023Q3"));
    }

    private static ChainVerification verify(List<AuditRecord> chain, Checkpoint checkpoint) {
        ChainVerifier verifier = new ChainVerifier(checkpoint);
        chain.forEach(verifier::accept);
        return verifier.finish();
    }

    private static List<AuditRecord> chain(int length) {
        return chainWithReason(length, "reason");
    }

    private static List<AuditRecord> chainWithReason(int length, String reason) {
        List<AuditRecord> chain = new ArrayList<>();
        String previous = AuditHasher.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            AuditRecord sealed =
                    AuditHasher.seal(
                            new AuditRecord(
                                    seq,
                                    T0.plusSeconds(seq),
                                    "hr",
                                    "RESULT_APPROVED",
                                    "Result",
                                    String.valueOf(seq),
                                    "{\"state\":\"SUBMITTED\"}",
                                    "{\"state\":\"APPROVED\"}",
                                    reason,
                                    previous,
                                    null));
            chain.add(sealed);
            previous = sealed.entryHash();
        }
        return chain;
    }

    private static AuditRecord copy(AuditRecord r, String reason) {
        return new AuditRecord(
                r.seq(),
                r.occurredAt(),
                r.actor(),
                r.action(),
                r.entityType(),
                r.entityId(),
                r.beforeJson(),
                r.afterJson(),
                reason,
                r.prevHash(),
                r.entryHash());
    }
}
