package org.crosscheck.spark;

import org.apache.spark.sql.SparkSession;

/** An embedded Spark for the tests: few threads, no web UI, small shuffles. */
final class LocalSpark {

    private LocalSpark() {
    }

    static SparkSession start(int cores) {
        SparkSession spark = SparkSession.builder()
                .master("local[" + cores + "]")
                .appName("crosscheck-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
