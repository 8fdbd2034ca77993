package dev.shequn.adapter.persistence.contract;

import dev.shequn.adapter.persistence.memory.InMemoryPorts;
import dev.shequn.application.OutPorts;

class InMemoryOutPortsContractTest extends OutPortsContract {

    @Override
    protected OutPorts freshPorts() {
        return InMemoryPorts.create();
    }
}
