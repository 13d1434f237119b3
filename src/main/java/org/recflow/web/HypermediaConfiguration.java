package org.recflow.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.hateoas.config.EnableHypermediaSupport;
import org.springframework.hateoas.config.EnableHypermediaSupport.HypermediaType;

/**
 * HAL and HAL-FORMS ({@code application/prs.hal-forms+json}) for the resources that offer their next steps as
 * affordances; plain {@code application/json} answers are untouched.
 */
@Configuration(proxyBeanMethods = false)
@EnableHypermediaSupport(type = {HypermediaType.HAL, HypermediaType.HAL_FORMS})
class HypermediaConfiguration {
}
