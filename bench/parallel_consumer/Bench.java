// Confluent Parallel Consumer as a system of the router benchmark (bench/router_bench.py, issue 29).
//
// What a team would write to do kefu-router's job with Parallel Consumer: consume the requests topic with
// ProcessingOrder.KEY (one merchant's records in order, different merchants at once) and, through pollAndProduce,
// produce one reply per request to the replies topic with the request's key and the request's bytes as its value
// (as bench/systems.py's passthrough does), optionally after sleeping --delay-ms in the handler (a stand-in for a
// carrier call). Offsets are committed by Parallel Consumer itself (with its gap-aware commit metadata).
//
// Settings come from the environment as for `kefu-router run` and bench/systems.py (KEFU_<SECTION>__<KEY>, written
// by router.config.child_env): the brokers, the topics, the group and the same Kafka client settings as the Python
// systems (fetch.min.bytes, fetch.max.wait.ms, max.poll.records, linger.ms, acks=all, idempotence, 256 KiB batches).
// Parallel Consumer's own knobs come as options:
//   --delay-ms N            sleep this long in each call of the handler (default 0)
//   --max-concurrency N     Parallel Consumer's maxConcurrency: the size of its worker thread pool (its default: 16)
//   --commit-mode M         async | sync | transactional (PERIODIC_CONSUMER_ASYNCHRONOUS, its default; _SYNC;
//                           PERIODIC_TRANSACTIONAL_PRODUCER)
//   --commit-interval-ms N  time between commits (0: Parallel Consumer's default, 5 s; 100 ms when transactional)
//   --batch-size N          records per call of the handler (its default: 1); above 1, pollAndProduceMany with one
//                           reply per record of the batch, and --delay-ms is slept once per batch
//
// On SIGTERM (or SIGINT) it closes Parallel Consumer, which commits what finished, prints one line of JSON on
// stdout (records handled, the JVM's threads, GC and JIT time: what the harness reports) and exits 0.
// Build: deploy/local/parallel-consumer.sh build; run: java -cp "$(deploy/local/parallel-consumer.sh classpath)" Bench.

import io.confluent.parallelconsumer.ParallelConsumerOptions;
import io.confluent.parallelconsumer.ParallelConsumerOptions.CommitMode;
import io.confluent.parallelconsumer.ParallelConsumerOptions.ProcessingOrder;
import io.confluent.parallelconsumer.ParallelStreamProcessor;
import io.confluent.parallelconsumer.PollContext;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

public final class Bench {
    private static final Map<String, String> ENV = System.getenv();

    private static String env(String key, String fallback) {
        String v = ENV.get(key);
        return v == null || v.isEmpty() ? fallback : v;
    }

    static final class Options {
        long delayMs = 0;
        int maxConcurrency = ParallelConsumerOptions.DEFAULT_MAX_CONCURRENCY;
        String commitMode = "async";
        long commitIntervalMs = 0;
        int batchSize = 1;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + name + " needs a value");
                }
                String value = args[++i];
                switch (name) {
                    case "--delay-ms" -> o.delayMs = Math.round(Double.parseDouble(value));
                    case "--max-concurrency" -> o.maxConcurrency = Integer.parseInt(value);
                    case "--commit-mode" -> o.commitMode = value;
                    case "--commit-interval-ms" -> o.commitIntervalMs = Long.parseLong(value);
                    case "--batch-size" -> o.batchSize = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            }
            if (o.maxConcurrency < 1 || o.batchSize < 1 || o.commitIntervalMs < 0 || o.delayMs < 0) {
                throw new IllegalArgumentException("--max-concurrency and --batch-size are at least 1, "
                        + "--commit-interval-ms and --delay-ms at least 0");
            }
            return o;
        }

        CommitMode mode() {
            return switch (commitMode) {
                case "async" -> CommitMode.PERIODIC_CONSUMER_ASYNCHRONOUS;
                case "sync" -> CommitMode.PERIODIC_CONSUMER_SYNC;
                case "transactional" -> CommitMode.PERIODIC_TRANSACTIONAL_PRODUCER;
                default -> throw new IllegalArgumentException("--commit-mode is async, sync or transactional");
            };
        }
    }

    private static Properties consumerConfig(String bootstrap, String group, String clientId) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"); // Parallel Consumer commits
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"); // as kefu-router's consumer
        p.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, env("KEFU_KAFKA__FETCH_MIN_BYTES", "1"));
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, env("KEFU_KAFKA__FETCH_MAX_WAIT_MS", "50"));
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, env("KEFU_KAFKA__FETCH_MAX_RECORDS", "2000"));
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, env("KEFU_KAFKA__SESSION_TIMEOUT_MS", "10000"));
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, env("KEFU_KAFKA__HEARTBEAT_INTERVAL_MS", "3000"));
        p.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, env("KEFU_KAFKA__MAX_POLL_INTERVAL_MS", "300000"));
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }

    private static Properties producerConfig(String bootstrap, String clientId, boolean transactional, String group) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-producer");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, env("KEFU_KAFKA__PRODUCER_LINGER_MS", "5"));
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024)); // as the Python systems' max_batch_size
        if (transactional) {
            p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, group + "-pc-tx");
        }
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }

    private static void sleep(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted in the handler", e);
        }
    }

    private static String stats(long handled, Options o, long closeMs) {
        long gcMs = 0;
        long gcCount = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMs += Math.max(0, gc.getCollectionTime());
            gcCount += Math.max(0, gc.getCollectionCount());
        }
        var threads = ManagementFactory.getThreadMXBean();
        var jit = ManagementFactory.getCompilationMXBean();
        var runtime = ManagementFactory.getRuntimeMXBean();
        return "{\"system\": \"parallel-consumer\""
                + ", \"handled\": " + handled
                + ", \"max_concurrency\": " + o.maxConcurrency
                + ", \"commit_mode\": \"" + o.commitMode + "\""
                + ", \"commit_interval_ms\": " + o.commitIntervalMs
                + ", \"batch_size\": " + o.batchSize
                + ", \"delay_ms\": " + o.delayMs
                + ", \"peak_threads\": " + threads.getPeakThreadCount()
                + ", \"gc_ms\": " + gcMs
                + ", \"gc_count\": " + gcCount
                + ", \"jit_ms\": " + (jit != null && jit.isCompilationTimeMonitoringSupported()
                        ? jit.getTotalCompilationTime() : -1)
                + ", \"uptime_ms\": " + runtime.getUptime()
                + ", \"close_ms\": " + closeMs
                + ", \"processors\": " + Runtime.getRuntime().availableProcessors()
                + ", \"max_heap_mb\": " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + "}";
    }

    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"); // before the first logger
        }
        Options o = Options.parse(args);
        String protocol = env("KEFU_KAFKA__SECURITY_PROTOCOL", "PLAINTEXT");
        if (!protocol.equals("PLAINTEXT")) {
            throw new IllegalArgumentException("the benchmark's Parallel Consumer speaks PLAINTEXT only, not " + protocol);
        }
        String bootstrap = env("KEFU_KAFKA__BOOTSTRAP", "127.0.0.1:29092");
        String group = env("KEFU_KAFKA__GROUP_ID", "kefu-router");
        String clientId = env("KEFU_KAFKA__CLIENT_ID", "kefu-router") + "-pc";
        String requests = env("KEFU_TOPICS__REQUESTS", "kefu.requests");
        String replies = env("KEFU_TOPICS__REPLIES", "kefu.replies");
        CommitMode mode = o.mode();

        var builder = ParallelConsumerOptions.<byte[], byte[]>builder()
                .ordering(ProcessingOrder.KEY)
                .maxConcurrency(o.maxConcurrency)
                .batchSize(o.batchSize)
                .commitMode(mode)
                .consumer(new KafkaConsumer<>(consumerConfig(bootstrap, group, clientId)))
                .producer(new KafkaProducer<>(producerConfig(bootstrap, clientId,
                        mode == CommitMode.PERIODIC_TRANSACTIONAL_PRODUCER, group)));
        if (o.commitIntervalMs > 0) {
            builder.commitInterval(Duration.ofMillis(o.commitIntervalMs));
        }
        ParallelConsumerOptions<byte[], byte[]> options = builder.build();
        ParallelStreamProcessor<byte[], byte[]> pc = ParallelStreamProcessor.createEosStreamProcessor(options);
        LongAdder handled = new LongAdder();
        AtomicBoolean stopping = new AtomicBoolean(false);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            long t0 = System.nanoTime();
            try {
                pc.close(); // commits what finished
            } catch (RuntimeException e) {
                System.err.println("Bench: closing Parallel Consumer failed: " + e);
            }
            long closeMs = (System.nanoTime() - t0) / 1_000_000;
            System.out.println(stats(handled.sum(), o, closeMs));
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }, "bench-stop"));

        pc.subscribe(List.of(requests));
        if (o.batchSize == 1) {
            pc.pollAndProduce((PollContext<byte[], byte[]> ctx) -> {
                sleep(o.delayMs);
                ConsumerRecord<byte[], byte[]> r = ctx.getSingleConsumerRecord();
                handled.increment();
                return new ProducerRecord<>(replies, r.key(), r.value());
            });
        } else {
            pc.pollAndProduceMany((PollContext<byte[], byte[]> ctx) -> {
                sleep(o.delayMs);
                List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>((int) ctx.size());
                ctx.streamConsumerRecords().forEach(r -> out.add(new ProducerRecord<>(replies, r.key(), r.value())));
                handled.add(out.size());
                return out;
            });
        }
        System.err.println("Bench: Parallel Consumer started: " + options);
        while (!pc.isClosedOrFailed()) {
            Thread.sleep(200);
        }
        if (!stopping.get()) {
            System.err.println("Bench: Parallel Consumer stopped by itself (failed?)");
            System.exit(1);
        }
        Thread.sleep(Long.MAX_VALUE); // the shutdown hook ends the process
    }
}
