package de.lagebild.batch;

import de.lagebild.Lagebild;
import de.lagebild.project.Cohort;
import de.lagebild.project.CrimeSpec;
import de.lagebild.project.Project;
import de.lagebild.project.WeightingSpec;
import de.lagebild.report.Manifest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What decides whether a municipality's outputs are up to date: a SHA-256 over the Lagebild
 * version, the municipality's settings held in the cohort file (shared tables), and every input
 * file (the project file, survey, codebook, margins, PKS, Ordnungswidrigkeiten and population
 * files) by its name and the SHA-256 of its bytes. The same inputs and settings give the same
 * fingerprint on every machine; any changed byte, a new version or a changed setting gives another.
 */
final class Fingerprint {
    /** Bumped when what the fingerprint covers changes. */
    private static final String FORMAT = "lagebild-batch-fingerprint 1";

    private Fingerprint() {
    }

    static String of(Cohort.Member m, Project p) {
        StringBuilder sb = new StringBuilder(FORMAT).append('\n');
        sb.append("version ").append(Lagebild.version()).append('\n');
        sb.append("settings ").append(m.settings()).append('\n');
        for (Path f : inputs(m, p)) {
            sb.append("input ").append(Manifest.sha256(f)).append(' ').append(f.getFileName()).append('\n');
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every file the municipality's analysis reads, in a fixed order. */
    static List<Path> inputs(Cohort.Member m, Project p) {
        List<Path> out = new ArrayList<>();
        m.projectFile().ifPresent(out::add);
        p.survey().ifPresent(s -> {
            out.add(s.file());
            s.codebook().ifPresent(out::add);
            for (WeightingSpec.MarginSpec ms : s.weighting().margins()) {
                out.add(ms.file());
            }
        });
        p.crime().ifPresent(c -> {
            for (CrimeSpec.Source src : c.allFiles()) {
                out.add(src.file());
            }
        });
        return out;
    }
}
