#!/usr/bin/env python3
"""veille on Spark: the same tables as `veille run`, byte for byte, from a cluster.

    spark-submit spark/veille_job.py --corpus URI --out URI [--bin PATH] [--format csv|parquet]
    python spark/veille_job.py --corpus URI --out URI [--master local[2]] [--bin PATH]

Every stage runs in the veille binary, shipped to the executors with `SparkContext.addFile`;
Spark only moves bytes and puts the pieces back in order:

1. The `binaryFile` source reads the corpus recursively (any URI Hadoop reads: local, HDFS, S3),
   keeping each file's exact bytes; the files veille reads (`.txt`, `.md`, `.jsonl`,
   no hidden name) are kept, each with its corpus-relative path.
2. Each partition goes through one `veille extract --records` process: a header line
   `{"path", "bytes"}` then the file's bytes, for each file; veille reads them exactly
   as `veille run` reads files (same documents, doc_ids, errors) and answers with pieces
   of CSV rows keyed by (path, part).
3. The per-document tables (`documents`, `sentences`, `mentions`, `relations`, `facts`)
   and `errors` are the pieces sorted by (path, part): `veille run` writes files in the
   order of their relative paths. `entities` and `candidates` are aggregated with Spark
   (counts summed, documents counted, first sentence kept) in `veille run`'s order.
4. The driver writes one CSV file per table (streamed partition by partition with
   `toLocalIterator`, so its memory stays bounded), then `datapackage.json` and
   `README.md` as veille describes them (`veille extract --describe`). With
   `--format parquet` the tables are also written as Parquet folders, `NAME.parquet/`,
   by the executors.

A veille process that fails makes its task fail, and the job exits non-zero with
veille's message. Spark's file listing skips names starting with `_` (as it skips `.`),
which `veille run` would read: keep such files out of a corpus meant for both.
"""

import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

EXTENSIONS = (".txt", ".md", ".jsonl")
DOC_TABLES = ("documents", "sentences", "mentions", "relations", "facts")


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", required=True, help="corpus folder (any URI Spark reads)")
    p.add_argument("--out", required=True, help="output folder (local path or Hadoop URI)")
    p.add_argument("--master", help="Spark master (default: spark-submit's, else local[2])")
    p.add_argument("--bin", help="the veille binary (default: target/release/veille, else PATH)")
    p.add_argument("--format", choices=("csv", "parquet"), default="csv",
                   help="parquet: also write each table as a Parquet folder NAME.parquet/")
    p.add_argument("--partitions", type=int, default=0,
                   help="input partitions (default: 2 per core of the cluster)")
    p.add_argument("--min-confidence", default="0.8",
                   help="as veille run --min-confidence (default 0.8)")
    return p.parse_args(argv)


def find_binary(given):
    """The veille binary: --bin, else target/release/veille beside this folder, else PATH."""
    if given:
        return os.path.abspath(given)
    here = os.path.dirname(os.path.abspath(__file__))
    built = os.path.join(here, "..", "target", "release", "veille")
    if os.path.isfile(built):
        return os.path.abspath(built)
    found = shutil.which("veille")
    if not found:
        sys.exit("veille_job: no veille binary: build it (cargo build --release) or give --bin")
    return found


def is_document(rel):
    """Whether `veille run` reads this corpus-relative path (see src/ingest.rs)."""
    parts = rel.split("/")
    return rel.lower().endswith(EXTENSIONS) and not any(p.startswith(".") for p in parts)


# --- executor side ---------------------------------------------------------------------

def executable(name):
    """The shipped binary, made executable (in a private copy if need be)."""
    from pyspark import SparkFiles
    path = SparkFiles.get(name)
    if os.access(path, os.X_OK):
        return path
    try:
        os.chmod(path, 0o755)
        return path
    except OSError:
        copy = os.path.join(tempfile.mkdtemp(prefix="veille-bin-"), name)
        shutil.copy(path, copy)
        os.chmod(copy, 0o755)
        return copy


def run_veille(command, files):
    """Pipes `files` (relative path, bytes) through `veille extract --records`; yields
    the pieces it prints. Raises when veille fails, so that the task fails."""
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    failure = []
    stderr = []

    def feed():
        try:
            for rel, data in files:
                header = json.dumps({"path": rel, "bytes": len(data)}, ensure_ascii=False)
                proc.stdin.write(header.encode("utf-8") + b"\n")
                proc.stdin.write(data)
            proc.stdin.close()
        except Exception as e:  # a broken pipe: veille died; its status says why
            failure.append(e)

    feeder = threading.Thread(target=feed, daemon=True)
    drain = threading.Thread(target=lambda: stderr.append(proc.stderr.read()), daemon=True)
    feeder.start()
    drain.start()
    for line in proc.stdout:
        yield json.loads(line)
    status = proc.wait()
    feeder.join()
    drain.join()
    if status != 0 or failure:
        message = b"".join(stderr).decode("utf-8", "replace").strip()
        raise RuntimeError(f"veille exited with status {status}: {message or failure}")


def partition_runner(bin_name, min_confidence):
    def run(files):
        command = [executable(bin_name), "extract", "--records",
                   "--min-confidence", min_confidence]
        return run_veille(command, files)
    return run


# --- aggregation ----------------------------------------------------------------------

def entity_items(piece):
    for entity_id, cells, mentions in piece.get("entities", ()):
        yield entity_id, (cells, mentions, 1)


def add_entities(a, b):
    return a[0], a[1] + b[1], a[2] + b[2]


def candidate_items(piece):
    key = (piece["path"], piece["part"])
    for kind, surface, cells, count, first in piece.get("candidates", ()):
        yield (kind, surface), (cells, count, key, first)


def add_candidates(a, b):
    first = a if a[2] <= b[2] else b
    return a[0], a[1] + b[1], first[2], first[3]


def entity_row(item):
    _, (cells, mentions, documents) = item
    return f"{cells},{mentions},{documents}\n"


def candidate_row(item):
    _, (cells, count, _, first) = item
    return f"{cells},{count},{first}\n"


# --- output ---------------------------------------------------------------------------

class Output:
    """The output folder: local files, or any Hadoop file system through the JVM. Files
    are written under temporary names and renamed into place at the end, as veille run
    does, so a failed job leaves the previous tables."""

    def __init__(self, sc, uri):
        self.uri = uri.rstrip("/")
        self.local = "://" not in uri or uri.startswith("file:")
        if self.local:
            self.dir = uri[len("file://"):] if uri.startswith("file://") else uri
            os.makedirs(self.dir, exist_ok=True)
        else:
            jvm = sc._jvm
            self.Path = jvm.org.apache.hadoop.fs.Path
            self.fs = self.Path(self.uri).getFileSystem(sc._jsc.hadoopConfiguration())
            self.fs.mkdirs(self.Path(self.uri))
        self.pending = []

    def open(self, name):
        tmp = f".{name}.tmp-{os.getpid()}"
        self.pending.append((tmp, name))
        if self.local:
            return open(os.path.join(self.dir, tmp), "wb")
        return HadoopFile(self.fs.create(self.Path(f"{self.uri}/{tmp}"), True))

    def commit(self):
        for tmp, name in self.pending:
            if self.local:
                os.replace(os.path.join(self.dir, tmp), os.path.join(self.dir, name))
            else:
                dest = self.Path(f"{self.uri}/{name}")
                self.fs.delete(dest, False)
                if not self.fs.rename(self.Path(f"{self.uri}/{tmp}"), dest):
                    raise RuntimeError(f"cannot rename {tmp} to {name} in {self.uri}")
        self.pending = []


class HadoopFile:
    def __init__(self, stream):
        self.stream = stream

    def write(self, data):
        self.stream.write(bytearray(data))

    def close(self):
        self.stream.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def write_doc_tables(ordered, out, headers):
    """Writes the per-document tables and errors.csv in one pass over the sorted pieces."""
    files = {name: out.open(f"{name}.csv") for name in DOC_TABLES + ("errors",)}
    try:
        for name, f in files.items():
            f.write(headers[name].encode("utf-8"))
        for piece in ordered:
            for name, rows in piece.get("csv", {}).items():
                files[name].write(rows.encode("utf-8"))
            if "errors" in piece:
                files["errors"].write(piece["errors"].encode("utf-8"))
    finally:
        for f in files.values():
            f.close()


def write_rows(rows, out, name, header):
    with out.open(f"{name}.csv") as f:
        f.write(header.encode("utf-8"))
        for row in rows:
            f.write(row.encode("utf-8"))


def write_parquet(spark, ordered_rdd, entity_lines, candidate_lines, description, out_uri):
    """Each table as a Parquet folder, typed as datapackage.json declares."""
    from pyspark.sql import types as T
    package = json.loads(description["datapackage"])
    kinds = {"string": T.StringType(), "integer": T.LongType(), "number": T.DoubleType()}

    def schema(table):
        fields = next(r["schema"]["fields"] for r in package["resources"] if r["name"] == table)
        return [(f["name"], f["type"]) for f in fields]

    def typed(columns):
        def convert(row):
            out = []
            for (name, kind), cell in zip(columns, row):
                if cell == "" and name != "text":
                    out.append(None)
                elif kind == "integer":
                    out.append(int(cell))
                elif kind == "number":
                    out.append(float(cell))
                else:
                    out.append(cell)
            return out
        return convert

    def rows_of(text):
        return csv.reader(io.StringIO(text, newline=""))

    sources = {name: ordered_rdd.flatMap(lambda p, n=name: rows_of(p.get("csv", {}).get(n, "")))
               for name in DOC_TABLES}
    sources["errors"] = ordered_rdd.flatMap(lambda p: rows_of(p.get("errors", "")))
    sources["entities"] = entity_lines.flatMap(rows_of)
    sources["candidates"] = candidate_lines.flatMap(rows_of)
    for name, rdd in sources.items():
        columns = schema(name)
        struct = T.StructType([T.StructField(n, kinds[k], True) for n, k in columns])
        frame = spark.createDataFrame(rdd.map(typed(columns)), struct)
        frame.write.mode("overwrite").parquet(f"{out_uri.rstrip('/')}/{name}.parquet")


# --- driver ---------------------------------------------------------------------------

def relative(root, uri):
    """The corpus-relative path of a file URI listed under the qualified root URI."""
    if not uri.startswith(root + "/"):
        raise RuntimeError(f"{uri} is not under the corpus {root}")
    return uri[len(root) + 1:]


def cause_of(error):
    """The line of a (Java-wrapped) exception that says what went wrong."""
    lines = [l.strip() for l in str(error).splitlines() if l.strip()]
    for marker in ("RuntimeError:", "Exception:", "Error:"):
        for line in lines:
            if marker in line:
                return line
    return lines[0] if lines else repr(error)


def main(argv):
    args = parse_args(argv)
    binary = find_binary(args.bin)
    described = subprocess.run([binary, "extract", "--describe"], capture_output=True)
    if described.returncode != 0:
        sys.exit(f"veille_job: {binary} extract --describe failed: "
                 f"{described.stderr.decode('utf-8', 'replace').strip()}")
    description = json.loads(described.stdout)
    headers = {t["name"]: t["header"] for t in description["tables"]}

    started = time.monotonic()
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName("veille")
    if args.master:
        builder = builder.master(args.master)
    elif "PYSPARK_GATEWAY_PORT" not in os.environ:
        # Started by python, not spark-submit (which sets the master and the gateway).
        builder = builder.master("local[2]")
    # Articles are small: count 64 KB for opening a file (not 4 MB), so that a partition
    # holds up to 32 MB of them, and one veille process serves many files.
    builder = builder.config("spark.sql.files.openCostInBytes", str(64 << 10)) \
        .config("spark.sql.files.maxPartitionBytes", str(32 << 20)) \
        .config("spark.ui.showConsoleProgress", "false")
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    ready = time.monotonic()

    try:
        bin_name = os.path.basename(binary)
        sc.addFile(binary)
        jvm = sc._jvm
        root_path = jvm.org.apache.hadoop.fs.Path(args.corpus)
        fs = root_path.getFileSystem(sc._jsc.hadoopConfiguration())
        if not fs.isDirectory(root_path):
            sys.exit(f"veille_job: corpus folder {args.corpus} cannot be read")
        root = fs.makeQualified(root_path).toString().rstrip("/")
        if args.partitions:
            spark.conf.set("spark.sql.files.minPartitionNum", str(args.partitions))
        # The binaryFile source keeps each file's bytes; unlike `binaryFiles` it reads a
        # corpus whose own folder name starts with `.` (a temporary folder, say).
        files = spark.read.format("binaryFile").option("recursiveFileLookup", "true") \
            .load(root).select("path", "content").rdd \
            .map(lambda row: (relative(root, row[0]), bytes(row[1]))) \
            .filter(lambda kv: is_document(kv[0]))
        pieces = files.mapPartitions(partition_runner(bin_name, args.min_confidence)) \
            .persist(StorageLevel.MEMORY_AND_DISK)
        ordered = pieces.keyBy(lambda p: (p["path"], p["part"])) \
            .sortByKey(numPartitions=max(1, pieces.getNumPartitions())).values()
        entities = pieces.flatMap(entity_items).reduceByKey(add_entities).sortByKey()
        candidates = pieces.flatMap(candidate_items).reduceByKey(add_candidates).sortByKey()

        out = Output(sc, args.out)
        write_doc_tables(ordered.toLocalIterator(), out, headers)
        write_rows(entities.map(entity_row).toLocalIterator(), out, "entities",
                   headers["entities"])
        write_rows(candidates.map(candidate_row).toLocalIterator(), out, "candidates",
                   headers["candidates"])
        if args.format == "parquet":
            write_parquet(spark, ordered, entities.map(entity_row),
                          candidates.map(candidate_row), description, args.out)
        with out.open("datapackage.json") as f:
            f.write(description["datapackage"].encode("utf-8"))
        with out.open("README.md") as f:
            f.write(description["readme"].encode("utf-8"))
        out.commit()
        done = time.monotonic()
        print(f"veille_job: Spark started in {ready - started:.1f} s; "
              f"tables written in {done - ready:.1f} s", file=sys.stderr)
    except Exception as e:  # a task that failed: name the cause, exit non-zero
        print(f"veille_job: error: {cause_of(e)}", file=sys.stderr)
        spark.stop()
        return 1
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
