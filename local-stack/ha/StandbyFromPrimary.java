import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Makes a synchronous standby of a running PostgreSQL primary on loopback, for ./stack test-ha. The zonky bundle has
 * no pg_basebackup, so this takes the base backup as pg_basebackup does underneath: the low-level backup functions
 * around a copy of the data directory, in one session; the standby then streams the rest from the primary. Run by
 * ./stack through the JDK's single-file launcher:
 *
 *   java -cp postgresql.jar StandbyFromPrimary.java PRIMARY_PORT PRIMARY_DATA STANDBY_DATA STANDBY_PORT
 *
 * Afterwards the standby is started by ./stack, and {@code sync} (second form) makes every commit on the primary wait
 * for it:
 *
 *   java -cp postgresql.jar StandbyFromPrimary.java sync PRIMARY_PORT
 */
public class StandbyFromPrimary {

    /** The standby's name in the primary's synchronous_standby_names (its application_name). */
    private static final String NAME = "standby";

    public static void main(String[] args) throws Exception {
        if (args[0].equals("sync")) {
            try (Connection primary = connect(args[1]); Statement sql = primary.createStatement()) {
                sql.execute("ALTER SYSTEM SET synchronous_standby_names = '" + NAME + "'");
                sql.execute("SELECT pg_reload_conf()");
                awaitSynchronous(sql);
            }
            return;
        }
        String port = args[0];
        Path primaryData = Path.of(args[1]);
        Path standbyData = Path.of(args[2]);
        String standbyPort = args[3];
        try (Connection primary = connect(port); Statement sql = primary.createStatement()) {
            sql.execute("SELECT pg_backup_start('test-ha standby', true)");
            copy(primaryData, standbyData);
            try (ResultSet stop = sql.executeQuery("SELECT labelfile, spcmapfile FROM pg_backup_stop(true)")) {
                stop.next();
                Files.writeString(standbyData.resolve("backup_label"), stop.getString(1));
                String tablespaces = stop.getString(2);
                if (tablespaces != null && !tablespaces.isEmpty()) {
                    Files.writeString(standbyData.resolve("tablespace_map"), tablespaces);
                }
            }
        }
        Files.writeString(standbyData.resolve("standby.signal"), "");
        Files.writeString(standbyData.resolve("postgresql.auto.conf"), """
                # test-ha: a streaming standby of the primary on port %s
                port = %s
                primary_conninfo = 'host=127.0.0.1 port=%s user=postgres application_name=%s'
                hot_standby = on
                """.formatted(port, standbyPort, port, NAME));
    }

    private static Connection connect(String port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    }

    /**
     * Copies the data directory as pg_basebackup would: files that vanish meanwhile are skipped (the backup label and
     * the WAL replayed from it make the copy consistent), the WAL itself and the primary's runtime files are not
     * copied (the standby streams the WAL). Run as the database's user, so the copy is its own.
     */
    private static void copy(Path from, Path to) throws IOException {
        Set<String> notCopied = Set.of("postmaster.pid", "postmaster.opts", "pg_wal", "pg_replslot", "pg_stat_tmp");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(file);
                Path target = to.resolve(relative.toString());
                boolean skipped = relative.getNameCount() > 0 && notCopied.contains(relative.getName(0).toString());
                try {
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else if (!skipped) {
                        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (NoSuchFileException vanished) {
                    // removed by the running primary after the walk saw it
                }
            }
        } catch (UncheckedIOException walkedIntoAVanishedFile) {
            if (!(walkedIntoAVanishedFile.getCause() instanceof NoSuchFileException)) {
                throw walkedIntoAVanishedFile;
            }
        }
        for (String emptied : List.of("pg_wal", "pg_replslot", "pg_stat_tmp")) {
            Files.createDirectories(to.resolve(emptied));
        }
        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwx------"));
    }

    private static void awaitSynchronous(Statement sql) throws SQLException, InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (ResultSet state = sql.executeQuery(
                    "SELECT sync_state FROM pg_stat_replication WHERE application_name = '" + NAME + "'")) {
                if (state.next() && state.getString(1).equals("sync")) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the standby did not become synchronous within 10 s");
    }
}
