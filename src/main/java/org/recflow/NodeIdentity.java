package org.recflow;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this node in the engine's records: the lock owner its job executor writes on the jobs it takes
 * ({@code act_ru_job.lock_owner_}) and the host name of the job log ({@code act_hi_job_log.hostname_}), both
 * {@code <host name>/<node name>}. The node name is {@code recflow.node-name} (set one per node of a cluster,
 * docs/OPERATIONS.md); unset, it is {@code pid<process id>}, so two nodes on one host still differ. Camunda's defaults
 * were a random lock owner and {@code <IP address>$default}, the same on every node behind one address.
 * <p>
 * A host name given explicitly to the engine ({@code camunda.bpm.generic-properties.properties.hostname}) is kept and
 * named as the lock owner too.
 */
@Component
public class NodeIdentity extends AbstractProcessEnginePlugin {

    private final String name;

    @Autowired
    NodeIdentity(@Value("${recflow.node-name:}") String nodeName) {
        this(localHostName(), nodeName);
    }

    /** For tests: this host and node name; a blank node name becomes {@code pid<process id>}. */
    public NodeIdentity(String hostName, String nodeName) {
        String node = nodeName == null || nodeName.isBlank() ? "pid" + ProcessHandle.current().pid() : nodeName.trim();
        this.name = hostName + "/" + node;
    }

    /** {@code <host name>/<node name>}. */
    public String name() {
        return name;
    }

    static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "localhost" : env;
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getHostnameProvider() == null) {
            configuration.setHostnameProvider(c -> name);
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(configuration.getHostname());
        }
    }
}
