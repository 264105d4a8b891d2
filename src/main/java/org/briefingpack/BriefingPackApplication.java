package org.briefingpack;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BriefingPackApplication {
    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(BriefingPackApplication.class, args)));
    }
}
