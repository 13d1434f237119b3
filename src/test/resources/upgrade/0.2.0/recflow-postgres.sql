--
-- PostgreSQL database dump
--

\restrict XXhrO8GMMmMpJiKEer11VvgWxnVZqjepQWQPoCfNpci830BKU0x9bcSZgPFWoAX

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: recflow; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA recflow;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: act_ge_bytearray; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ge_bytearray (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    name_ character varying(255),
    deployment_id_ character varying(64),
    bytes_ bytea,
    generated_ boolean,
    tenant_id_ character varying(64),
    type_ integer,
    create_time_ timestamp without time zone,
    root_proc_inst_id_ character varying(64),
    removal_time_ timestamp without time zone
);


--
-- Name: act_ge_property; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ge_property (
    name_ character varying(64) NOT NULL,
    value_ character varying(300),
    rev_ integer
);


--
-- Name: act_ge_schema_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ge_schema_log (
    id_ character varying(64) NOT NULL,
    timestamp_ timestamp without time zone,
    version_ character varying(255)
);


--
-- Name: act_hi_actinst; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_actinst (
    id_ character varying(64) NOT NULL,
    parent_act_inst_id_ character varying(64),
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64) NOT NULL,
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64) NOT NULL,
    execution_id_ character varying(64) NOT NULL,
    act_id_ character varying(255) NOT NULL,
    task_id_ character varying(64),
    call_proc_inst_id_ character varying(64),
    call_case_inst_id_ character varying(64),
    act_name_ character varying(255),
    act_type_ character varying(255) NOT NULL,
    assignee_ character varying(255),
    start_time_ timestamp without time zone NOT NULL,
    end_time_ timestamp without time zone,
    duration_ bigint,
    act_inst_state_ integer,
    sequence_counter_ bigint,
    tenant_id_ character varying(64),
    removal_time_ timestamp without time zone
);


--
-- Name: act_hi_attachment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_attachment (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    user_id_ character varying(255),
    name_ character varying(255),
    description_ character varying(4000),
    type_ character varying(255),
    task_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    url_ character varying(4000),
    content_id_ character varying(64),
    tenant_id_ character varying(64),
    create_time_ timestamp without time zone,
    removal_time_ timestamp without time zone
);


--
-- Name: act_hi_batch; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_batch (
    id_ character varying(64) NOT NULL,
    type_ character varying(255),
    total_jobs_ integer,
    jobs_per_seed_ integer,
    invocations_per_job_ integer,
    seed_job_def_id_ character varying(64),
    monitor_job_def_id_ character varying(64),
    batch_job_def_id_ character varying(64),
    tenant_id_ character varying(64),
    create_user_id_ character varying(255),
    start_time_ timestamp without time zone NOT NULL,
    end_time_ timestamp without time zone,
    removal_time_ timestamp without time zone,
    exec_start_time_ timestamp without time zone
);


--
-- Name: act_hi_caseactinst; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_caseactinst (
    id_ character varying(64) NOT NULL,
    parent_act_inst_id_ character varying(64),
    case_def_id_ character varying(64) NOT NULL,
    case_inst_id_ character varying(64) NOT NULL,
    case_act_id_ character varying(255) NOT NULL,
    task_id_ character varying(64),
    call_proc_inst_id_ character varying(64),
    call_case_inst_id_ character varying(64),
    case_act_name_ character varying(255),
    case_act_type_ character varying(255),
    create_time_ timestamp without time zone NOT NULL,
    end_time_ timestamp without time zone,
    duration_ bigint,
    state_ integer,
    required_ boolean,
    tenant_id_ character varying(64)
);


--
-- Name: act_hi_caseinst; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_caseinst (
    id_ character varying(64) NOT NULL,
    case_inst_id_ character varying(64) NOT NULL,
    business_key_ character varying(255),
    case_def_id_ character varying(64) NOT NULL,
    create_time_ timestamp without time zone NOT NULL,
    close_time_ timestamp without time zone,
    duration_ bigint,
    state_ integer,
    create_user_id_ character varying(255),
    super_case_instance_id_ character varying(64),
    super_process_instance_id_ character varying(64),
    tenant_id_ character varying(64)
);


--
-- Name: act_hi_comment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_comment (
    id_ character varying(64) NOT NULL,
    type_ character varying(255),
    time_ timestamp without time zone NOT NULL,
    user_id_ character varying(255),
    task_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    action_ character varying(255),
    message_ character varying(4000),
    full_msg_ bytea,
    tenant_id_ character varying(64),
    removal_time_ timestamp without time zone,
    rev_ integer DEFAULT 1 NOT NULL
);


--
-- Name: act_hi_dec_in; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_dec_in (
    id_ character varying(64) NOT NULL,
    dec_inst_id_ character varying(64) NOT NULL,
    clause_id_ character varying(64),
    clause_name_ character varying(255),
    var_type_ character varying(100),
    bytearray_id_ character varying(64),
    double_ double precision,
    long_ bigint,
    text_ character varying(4000),
    text2_ character varying(4000),
    tenant_id_ character varying(64),
    create_time_ timestamp without time zone,
    root_proc_inst_id_ character varying(64),
    removal_time_ timestamp without time zone
);


--
-- Name: act_hi_dec_out; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_dec_out (
    id_ character varying(64) NOT NULL,
    dec_inst_id_ character varying(64) NOT NULL,
    clause_id_ character varying(64),
    clause_name_ character varying(255),
    rule_id_ character varying(64),
    rule_order_ integer,
    var_name_ character varying(255),
    var_type_ character varying(100),
    bytearray_id_ character varying(64),
    double_ double precision,
    long_ bigint,
    text_ character varying(4000),
    text2_ character varying(4000),
    tenant_id_ character varying(64),
    create_time_ timestamp without time zone,
    root_proc_inst_id_ character varying(64),
    removal_time_ timestamp without time zone
);


--
-- Name: act_hi_decinst; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_decinst (
    id_ character varying(64) NOT NULL,
    dec_def_id_ character varying(64) NOT NULL,
    dec_def_key_ character varying(255) NOT NULL,
    dec_def_name_ character varying(255),
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64),
    proc_inst_id_ character varying(64),
    case_def_key_ character varying(255),
    case_def_id_ character varying(64),
    case_inst_id_ character varying(64),
    act_inst_id_ character varying(64),
    act_id_ character varying(255),
    eval_time_ timestamp without time zone NOT NULL,
    removal_time_ timestamp without time zone,
    collect_value_ double precision,
    user_id_ character varying(255),
    root_dec_inst_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    dec_req_id_ character varying(64),
    dec_req_key_ character varying(255),
    tenant_id_ character varying(64)
);


--
-- Name: act_hi_detail; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_detail (
    id_ character varying(64) NOT NULL,
    type_ character varying(255) NOT NULL,
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    execution_id_ character varying(64),
    case_def_key_ character varying(255),
    case_def_id_ character varying(64),
    case_inst_id_ character varying(64),
    case_execution_id_ character varying(64),
    task_id_ character varying(64),
    act_inst_id_ character varying(64),
    var_inst_id_ character varying(64),
    name_ character varying(255) NOT NULL,
    var_type_ character varying(64),
    rev_ integer,
    time_ timestamp without time zone NOT NULL,
    bytearray_id_ character varying(64),
    double_ double precision,
    long_ bigint,
    text_ character varying(4000),
    text2_ character varying(4000),
    sequence_counter_ bigint,
    tenant_id_ character varying(64),
    operation_id_ character varying(64),
    removal_time_ timestamp without time zone,
    initial_ boolean
);


--
-- Name: act_hi_ext_task_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_ext_task_log (
    id_ character varying(64) NOT NULL,
    timestamp_ timestamp without time zone NOT NULL,
    ext_task_id_ character varying(64) NOT NULL,
    retries_ integer,
    topic_name_ character varying(255),
    worker_id_ character varying(255),
    priority_ bigint DEFAULT 0 NOT NULL,
    error_msg_ character varying(4000),
    error_details_id_ character varying(64),
    act_id_ character varying(255),
    act_inst_id_ character varying(64),
    execution_id_ character varying(64),
    proc_inst_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_def_id_ character varying(64),
    proc_def_key_ character varying(255),
    tenant_id_ character varying(64),
    state_ integer,
    removal_time_ timestamp without time zone
);


--
-- Name: act_hi_identitylink; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_identitylink (
    id_ character varying(64) NOT NULL,
    timestamp_ timestamp without time zone NOT NULL,
    type_ character varying(255),
    user_id_ character varying(255),
    group_id_ character varying(255),
    task_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_def_id_ character varying(64),
    operation_type_ character varying(64),
    assigner_id_ character varying(64),
    proc_def_key_ character varying(255),
    tenant_id_ character varying(64),
    removal_time_ timestamp without time zone
);


--
-- Name: act_hi_incident; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_incident (
    id_ character varying(64) NOT NULL,
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    execution_id_ character varying(64),
    create_time_ timestamp without time zone NOT NULL,
    end_time_ timestamp without time zone,
    incident_msg_ character varying(4000),
    incident_type_ character varying(255) NOT NULL,
    activity_id_ character varying(255),
    failed_activity_id_ character varying(255),
    cause_incident_id_ character varying(64),
    root_cause_incident_id_ character varying(64),
    configuration_ character varying(255),
    history_configuration_ character varying(255),
    incident_state_ integer,
    tenant_id_ character varying(64),
    job_def_id_ character varying(64),
    annotation_ character varying(4000),
    removal_time_ timestamp without time zone
);


--
-- Name: act_hi_job_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_job_log (
    id_ character varying(64) NOT NULL,
    timestamp_ timestamp without time zone NOT NULL,
    job_id_ character varying(64) NOT NULL,
    job_duedate_ timestamp without time zone,
    job_retries_ integer,
    job_priority_ bigint DEFAULT 0 NOT NULL,
    job_exception_msg_ character varying(4000),
    job_exception_stack_id_ character varying(64),
    job_state_ integer,
    job_def_id_ character varying(64),
    job_def_type_ character varying(255),
    job_def_configuration_ character varying(255),
    act_id_ character varying(255),
    failed_act_id_ character varying(255),
    execution_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    process_instance_id_ character varying(64),
    process_def_id_ character varying(64),
    process_def_key_ character varying(255),
    deployment_id_ character varying(64),
    sequence_counter_ bigint,
    tenant_id_ character varying(64),
    hostname_ character varying(255),
    removal_time_ timestamp without time zone,
    batch_id_ character varying(64)
);


--
-- Name: act_hi_op_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_op_log (
    id_ character varying(64) NOT NULL,
    deployment_id_ character varying(64),
    proc_def_id_ character varying(64),
    proc_def_key_ character varying(255),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    execution_id_ character varying(64),
    case_def_id_ character varying(64),
    case_inst_id_ character varying(64),
    case_execution_id_ character varying(64),
    task_id_ character varying(64),
    job_id_ character varying(64),
    job_def_id_ character varying(64),
    batch_id_ character varying(64),
    user_id_ character varying(255),
    timestamp_ timestamp without time zone NOT NULL,
    operation_type_ character varying(64),
    operation_id_ character varying(64),
    entity_type_ character varying(30),
    property_ character varying(64),
    org_value_ character varying(4000),
    new_value_ character varying(4000),
    tenant_id_ character varying(64),
    removal_time_ timestamp without time zone,
    category_ character varying(64),
    external_task_id_ character varying(64),
    annotation_ character varying(4000)
);


--
-- Name: act_hi_procinst; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_procinst (
    id_ character varying(64) NOT NULL,
    proc_inst_id_ character varying(64) NOT NULL,
    business_key_ character varying(255),
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64) NOT NULL,
    start_time_ timestamp without time zone NOT NULL,
    end_time_ timestamp without time zone,
    removal_time_ timestamp without time zone,
    duration_ bigint,
    start_user_id_ character varying(255),
    start_act_id_ character varying(255),
    end_act_id_ character varying(255),
    super_process_instance_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    super_case_instance_id_ character varying(64),
    case_inst_id_ character varying(64),
    delete_reason_ character varying(4000),
    tenant_id_ character varying(64),
    state_ character varying(255),
    restarted_proc_inst_id_ character varying(64)
);


--
-- Name: act_hi_taskinst; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_taskinst (
    id_ character varying(64) NOT NULL,
    task_def_key_ character varying(255),
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    execution_id_ character varying(64),
    case_def_key_ character varying(255),
    case_def_id_ character varying(64),
    case_inst_id_ character varying(64),
    case_execution_id_ character varying(64),
    act_inst_id_ character varying(64),
    name_ character varying(255),
    parent_task_id_ character varying(64),
    description_ character varying(4000),
    owner_ character varying(255),
    assignee_ character varying(255),
    start_time_ timestamp without time zone NOT NULL,
    end_time_ timestamp without time zone,
    duration_ bigint,
    delete_reason_ character varying(4000),
    priority_ integer,
    due_date_ timestamp without time zone,
    follow_up_date_ timestamp without time zone,
    tenant_id_ character varying(64),
    removal_time_ timestamp without time zone,
    task_state_ character varying(64)
);


--
-- Name: act_hi_varinst; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_varinst (
    id_ character varying(64) NOT NULL,
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    execution_id_ character varying(64),
    act_inst_id_ character varying(64),
    case_def_key_ character varying(255),
    case_def_id_ character varying(64),
    case_inst_id_ character varying(64),
    case_execution_id_ character varying(64),
    task_id_ character varying(64),
    name_ character varying(255) NOT NULL,
    var_type_ character varying(100),
    create_time_ timestamp without time zone,
    rev_ integer,
    bytearray_id_ character varying(64),
    double_ double precision,
    long_ bigint,
    text_ character varying(4000),
    text2_ character varying(4000),
    tenant_id_ character varying(64),
    state_ character varying(20),
    removal_time_ timestamp without time zone
);


--
-- Name: act_id_group; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_id_group (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    name_ character varying(255),
    type_ character varying(255)
);


--
-- Name: act_id_info; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_id_info (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    user_id_ character varying(64),
    type_ character varying(64),
    key_ character varying(255),
    value_ character varying(255),
    password_ bytea,
    parent_id_ character varying(255)
);


--
-- Name: act_id_membership; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_id_membership (
    user_id_ character varying(64) NOT NULL,
    group_id_ character varying(64) NOT NULL
);


--
-- Name: act_id_tenant; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_id_tenant (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    name_ character varying(255)
);


--
-- Name: act_id_tenant_member; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_id_tenant_member (
    id_ character varying(64) NOT NULL,
    tenant_id_ character varying(64) NOT NULL,
    user_id_ character varying(64),
    group_id_ character varying(64)
);


--
-- Name: act_id_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_id_user (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    first_ character varying(255),
    last_ character varying(255),
    email_ character varying(255),
    pwd_ character varying(255),
    salt_ character varying(255),
    lock_exp_time_ timestamp without time zone,
    attempts_ integer,
    picture_id_ character varying(64)
);


--
-- Name: act_re_camformdef; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_re_camformdef (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    key_ character varying(255) NOT NULL,
    version_ integer NOT NULL,
    deployment_id_ character varying(64),
    resource_name_ character varying(4000),
    tenant_id_ character varying(64)
);


--
-- Name: act_re_case_def; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_re_case_def (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    category_ character varying(255),
    name_ character varying(255),
    key_ character varying(255) NOT NULL,
    version_ integer NOT NULL,
    deployment_id_ character varying(64),
    resource_name_ character varying(4000),
    dgrm_resource_name_ character varying(4000),
    tenant_id_ character varying(64),
    history_ttl_ integer
);


--
-- Name: act_re_decision_def; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_re_decision_def (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    category_ character varying(255),
    name_ character varying(255),
    key_ character varying(255) NOT NULL,
    version_ integer NOT NULL,
    deployment_id_ character varying(64),
    resource_name_ character varying(4000),
    dgrm_resource_name_ character varying(4000),
    dec_req_id_ character varying(64),
    dec_req_key_ character varying(255),
    tenant_id_ character varying(64),
    history_ttl_ integer,
    version_tag_ character varying(64)
);


--
-- Name: act_re_decision_req_def; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_re_decision_req_def (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    category_ character varying(255),
    name_ character varying(255),
    key_ character varying(255) NOT NULL,
    version_ integer NOT NULL,
    deployment_id_ character varying(64),
    resource_name_ character varying(4000),
    dgrm_resource_name_ character varying(4000),
    tenant_id_ character varying(64)
);


--
-- Name: act_re_deployment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_re_deployment (
    id_ character varying(64) NOT NULL,
    name_ character varying(255),
    deploy_time_ timestamp without time zone,
    source_ character varying(255),
    tenant_id_ character varying(64)
);


--
-- Name: act_re_procdef; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_re_procdef (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    category_ character varying(255),
    name_ character varying(255),
    key_ character varying(255) NOT NULL,
    version_ integer NOT NULL,
    deployment_id_ character varying(64),
    resource_name_ character varying(4000),
    dgrm_resource_name_ character varying(4000),
    has_start_form_key_ boolean,
    suspension_state_ integer,
    tenant_id_ character varying(64),
    version_tag_ character varying(64),
    history_ttl_ integer,
    startable_ boolean DEFAULT true NOT NULL
);


--
-- Name: act_ru_authorization; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_authorization (
    id_ character varying(64) NOT NULL,
    rev_ integer NOT NULL,
    type_ integer NOT NULL,
    group_id_ character varying(255),
    user_id_ character varying(255),
    resource_type_ integer NOT NULL,
    resource_id_ character varying(255),
    perms_ integer,
    removal_time_ timestamp without time zone,
    root_proc_inst_id_ character varying(64)
);


--
-- Name: act_ru_batch; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_batch (
    id_ character varying(64) NOT NULL,
    rev_ integer NOT NULL,
    type_ character varying(255),
    total_jobs_ integer,
    jobs_created_ integer,
    jobs_per_seed_ integer,
    invocations_per_job_ integer,
    seed_job_def_id_ character varying(64),
    batch_job_def_id_ character varying(64),
    monitor_job_def_id_ character varying(64),
    suspension_state_ integer,
    configuration_ character varying(255),
    tenant_id_ character varying(64),
    create_user_id_ character varying(255),
    start_time_ timestamp without time zone,
    exec_start_time_ timestamp without time zone
);


--
-- Name: act_ru_case_execution; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_case_execution (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    case_inst_id_ character varying(64),
    super_case_exec_ character varying(64),
    super_exec_ character varying(64),
    business_key_ character varying(255),
    parent_id_ character varying(64),
    case_def_id_ character varying(64),
    act_id_ character varying(255),
    prev_state_ integer,
    current_state_ integer,
    required_ boolean,
    tenant_id_ character varying(64)
);


--
-- Name: act_ru_case_sentry_part; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_case_sentry_part (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    case_inst_id_ character varying(64),
    case_exec_id_ character varying(64),
    sentry_id_ character varying(255),
    type_ character varying(255),
    source_case_exec_id_ character varying(64),
    standard_event_ character varying(255),
    source_ character varying(255),
    variable_event_ character varying(255),
    variable_name_ character varying(255),
    satisfied_ boolean,
    tenant_id_ character varying(64)
);


--
-- Name: act_ru_event_subscr; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_event_subscr (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    event_type_ character varying(255) NOT NULL,
    event_name_ character varying(255),
    execution_id_ character varying(64),
    proc_inst_id_ character varying(64),
    activity_id_ character varying(255),
    configuration_ character varying(255),
    created_ timestamp without time zone NOT NULL,
    tenant_id_ character varying(64)
);


--
-- Name: act_ru_execution; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_execution (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    business_key_ character varying(255),
    parent_id_ character varying(64),
    proc_def_id_ character varying(64),
    super_exec_ character varying(64),
    super_case_exec_ character varying(64),
    case_inst_id_ character varying(64),
    act_id_ character varying(255),
    act_inst_id_ character varying(64),
    is_active_ boolean,
    is_concurrent_ boolean,
    is_scope_ boolean,
    is_event_scope_ boolean,
    suspension_state_ integer,
    cached_ent_state_ integer,
    sequence_counter_ bigint,
    tenant_id_ character varying(64),
    proc_def_key_ character varying(255)
);


--
-- Name: act_ru_ext_task; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_ext_task (
    id_ character varying(64) NOT NULL,
    rev_ integer NOT NULL,
    worker_id_ character varying(255),
    topic_name_ character varying(255),
    retries_ integer,
    error_msg_ character varying(4000),
    error_details_id_ character varying(64),
    lock_exp_time_ timestamp without time zone,
    create_time_ timestamp without time zone,
    suspension_state_ integer,
    execution_id_ character varying(64),
    proc_inst_id_ character varying(64),
    proc_def_id_ character varying(64),
    proc_def_key_ character varying(255),
    act_id_ character varying(255),
    act_inst_id_ character varying(64),
    tenant_id_ character varying(64),
    priority_ bigint DEFAULT 0 NOT NULL,
    last_failure_log_id_ character varying(64)
);


--
-- Name: act_ru_filter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_filter (
    id_ character varying(64) NOT NULL,
    rev_ integer NOT NULL,
    resource_type_ character varying(255) NOT NULL,
    name_ character varying(255) NOT NULL,
    owner_ character varying(255),
    query_ text NOT NULL,
    properties_ text
);


--
-- Name: act_ru_identitylink; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_identitylink (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    group_id_ character varying(255),
    type_ character varying(255),
    user_id_ character varying(255),
    task_id_ character varying(64),
    proc_def_id_ character varying(64),
    tenant_id_ character varying(64)
);


--
-- Name: act_ru_incident; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_incident (
    id_ character varying(64) NOT NULL,
    rev_ integer NOT NULL,
    incident_timestamp_ timestamp without time zone NOT NULL,
    incident_msg_ character varying(4000),
    incident_type_ character varying(255) NOT NULL,
    execution_id_ character varying(64),
    activity_id_ character varying(255),
    failed_activity_id_ character varying(255),
    proc_inst_id_ character varying(64),
    proc_def_id_ character varying(64),
    cause_incident_id_ character varying(64),
    root_cause_incident_id_ character varying(64),
    configuration_ character varying(255),
    tenant_id_ character varying(64),
    job_def_id_ character varying(64),
    annotation_ character varying(4000)
);


--
-- Name: act_ru_job; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_job (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    type_ character varying(255) NOT NULL,
    lock_exp_time_ timestamp without time zone,
    lock_owner_ character varying(255),
    exclusive_ boolean,
    execution_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    process_instance_id_ character varying(64),
    process_def_id_ character varying(64),
    process_def_key_ character varying(255),
    retries_ integer,
    exception_stack_id_ character varying(64),
    exception_msg_ character varying(4000),
    failed_act_id_ character varying(255),
    duedate_ timestamp without time zone,
    repeat_ character varying(255),
    repeat_offset_ bigint DEFAULT 0,
    handler_type_ character varying(255),
    handler_cfg_ character varying(4000),
    deployment_id_ character varying(64),
    suspension_state_ integer DEFAULT 1 NOT NULL,
    job_def_id_ character varying(64),
    priority_ bigint DEFAULT 0 NOT NULL,
    sequence_counter_ bigint,
    tenant_id_ character varying(64),
    create_time_ timestamp without time zone,
    last_failure_log_id_ character varying(64),
    batch_id_ character varying(64)
);


--
-- Name: act_ru_jobdef; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_jobdef (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    proc_def_id_ character varying(64),
    proc_def_key_ character varying(255),
    act_id_ character varying(255),
    job_type_ character varying(255) NOT NULL,
    job_configuration_ character varying(255),
    suspension_state_ integer,
    job_priority_ bigint,
    tenant_id_ character varying(64),
    deployment_id_ character varying(64)
);


--
-- Name: act_ru_meter_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_meter_log (
    id_ character varying(64) NOT NULL,
    name_ character varying(64) NOT NULL,
    reporter_ character varying(255),
    value_ bigint,
    timestamp_ timestamp without time zone,
    milliseconds_ bigint DEFAULT 0
);


--
-- Name: act_ru_task; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_task (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    execution_id_ character varying(64),
    proc_inst_id_ character varying(64),
    proc_def_id_ character varying(64),
    case_execution_id_ character varying(64),
    case_inst_id_ character varying(64),
    case_def_id_ character varying(64),
    name_ character varying(255),
    parent_task_id_ character varying(64),
    description_ character varying(4000),
    task_def_key_ character varying(255),
    owner_ character varying(255),
    assignee_ character varying(255),
    delegation_ character varying(64),
    priority_ integer,
    create_time_ timestamp without time zone,
    last_updated_ timestamp without time zone,
    due_date_ timestamp without time zone,
    follow_up_date_ timestamp without time zone,
    suspension_state_ integer,
    tenant_id_ character varying(64),
    task_state_ character varying(64)
);


--
-- Name: act_ru_task_meter_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_task_meter_log (
    id_ character varying(64) NOT NULL,
    assignee_hash_ bigint,
    timestamp_ timestamp without time zone
);


--
-- Name: act_ru_variable; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_variable (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    type_ character varying(255) NOT NULL,
    name_ character varying(255) NOT NULL,
    execution_id_ character varying(64),
    proc_inst_id_ character varying(64),
    proc_def_id_ character varying(64),
    case_execution_id_ character varying(64),
    case_inst_id_ character varying(64),
    task_id_ character varying(64),
    batch_id_ character varying(64),
    bytearray_id_ character varying(64),
    double_ double precision,
    long_ bigint,
    text_ character varying(4000),
    text2_ character varying(4000),
    var_scope_ character varying(64),
    sequence_counter_ bigint,
    is_concurrent_local_ boolean,
    tenant_id_ character varying(64)
);


--
-- Name: approval; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.approval (
    id bigint NOT NULL,
    procedure character varying(8) NOT NULL,
    recommendation character varying(64) NOT NULL,
    revision character varying(16) NOT NULL,
    title character varying(500) NOT NULL,
    study_group character varying(8) NOT NULL,
    questions character varying(500),
    summary character varying(4000) NOT NULL,
    text_reference character varying(200) NOT NULL,
    agreed_on date NOT NULL,
    regional_group character varying(32),
    status character varying(40) NOT NULL,
    outcome character varying(40),
    outcome_reason character varying(60),
    outcome_at timestamp with time zone,
    moved_to bigint,
    moved_from bigint,
    process_instance_id character varying(64),
    meeting_start date,
    meeting_end date,
    meeting_announced_on date,
    period_phase character varying(32),
    period_announced_on date,
    period_closes_at timestamp with time zone,
    last_call_closes_at timestamp with time zone,
    additional_review_closes_at timestamp with time zone,
    resolution_text_reference character varying(200),
    resolution_reference character varying(200),
    meeting_outcome character varying(1000000),
    more_time_closes_at timestamp with time zone,
    notification_circular character varying(200),
    notified_on date,
    notification_pending boolean DEFAULT false NOT NULL,
    round integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(64) NOT NULL,
    texts_distributed_on date,
    consultation_closes_at timestamp with time zone,
    deferral_reason character varying(4000),
    meeting_id bigint
);


--
-- Name: approval_comment; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.approval_comment (
    id bigint NOT NULL,
    approval_id bigint NOT NULL,
    round integer NOT NULL,
    phase character varying(32) NOT NULL,
    author character varying(64) NOT NULL,
    author_role character varying(20) NOT NULL,
    member character varying(64) NOT NULL,
    kind character varying(20) NOT NULL,
    text character varying(20000) NOT NULL,
    proposed_changes character varying(20000),
    submitted_at timestamp with time zone NOT NULL
);


--
-- Name: approval_comment_id_seq; Type: SEQUENCE; Schema: recflow; Owner: -
--

ALTER TABLE recflow.approval_comment ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME recflow.approval_comment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: approval_id_seq; Type: SEQUENCE; Schema: recflow; Owner: -
--

ALTER TABLE recflow.approval ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME recflow.approval_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: approval_objection; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.approval_objection (
    id bigint NOT NULL,
    approval_id bigint NOT NULL,
    round integer NOT NULL,
    member_state character varying(3) NOT NULL,
    author character varying(64) NOT NULL,
    reasons character varying(20000) NOT NULL,
    proposed_changes character varying(20000),
    submitted_at timestamp with time zone NOT NULL
);


--
-- Name: approval_objection_id_seq; Type: SEQUENCE; Schema: recflow; Owner: -
--

ALTER TABLE recflow.approval_objection ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME recflow.approval_objection_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: circular; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.circular (
    id bigint NOT NULL,
    kind character varying(32) NOT NULL,
    study_group character varying(8),
    status character varying(16) NOT NULL,
    params character varying(4000) NOT NULL,
    paragraphs character varying(100000) NOT NULL,
    texts character varying(1000000) NOT NULL,
    serial integer,
    issue_year integer,
    issued_on date,
    issued_at timestamp with time zone,
    issued_by character varying(64),
    created_at timestamp with time zone NOT NULL,
    created_by character varying(64) NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: circular_id_seq; Type: SEQUENCE; Schema: recflow; Owner: -
--

ALTER TABLE recflow.circular ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME recflow.circular_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: circular_pdf; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.circular_pdf (
    circular_id bigint NOT NULL,
    lang character varying(2) NOT NULL,
    pdf bytea NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: circular_text; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.circular_text (
    circular_id bigint NOT NULL,
    "position" integer NOT NULL,
    subject_type character varying(16) NOT NULL,
    subject_id bigint NOT NULL
);


--
-- Name: consultation_reply; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.consultation_reply (
    id bigint NOT NULL,
    subject_type character varying(16) NOT NULL,
    subject_id bigint NOT NULL,
    round integer NOT NULL,
    member_state character varying(3) NOT NULL,
    "position" character varying(16) NOT NULL,
    reasons character varying(20000),
    proposed_changes character varying(20000),
    author character varying(64) NOT NULL,
    first_submitted_at timestamp with time zone NOT NULL,
    submitted_at timestamp with time zone NOT NULL,
    version integer NOT NULL
);


--
-- Name: consultation_reply_id_seq; Type: SEQUENCE; Schema: recflow; Owner: -
--

ALTER TABLE recflow.consultation_reply ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME recflow.consultation_reply_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: consultation_reply_version; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.consultation_reply_version (
    subject_type character varying(16) NOT NULL,
    subject_id bigint NOT NULL,
    round integer NOT NULL,
    member_state character varying(3) NOT NULL,
    version integer NOT NULL,
    "position" character varying(16) NOT NULL,
    reasons character varying(20000),
    proposed_changes character varying(20000),
    author character varying(64) NOT NULL,
    submitted_at timestamp with time zone NOT NULL
);


--
-- Name: deadline; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.deadline (
    id bigint NOT NULL,
    subject_type character varying(16) NOT NULL,
    subject_id bigint NOT NULL,
    subject character varying(600) NOT NULL,
    study_group character varying(8) NOT NULL,
    kind character varying(40) NOT NULL,
    due_at timestamp with time zone NOT NULL,
    waiting_on character varying(16) NOT NULL,
    opened_at timestamp with time zone NOT NULL,
    closed_at timestamp with time zone,
    sequence integer DEFAULT 0 NOT NULL
);


--
-- Name: deadline_id_seq; Type: SEQUENCE; Schema: recflow; Owner: -
--

ALTER TABLE recflow.deadline ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME recflow.deadline_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deletion; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.deletion (
    id bigint NOT NULL,
    recommendation character varying(64) NOT NULL,
    study_group character varying(8) NOT NULL,
    procedure character varying(8) NOT NULL,
    reason character varying(4000) NOT NULL,
    agreed_on date NOT NULL,
    status character varying(40) NOT NULL,
    outcome_reason character varying(60),
    outcome_at timestamp with time zone,
    window_announced_on date NOT NULL,
    window_closes_at timestamp with time zone NOT NULL,
    process_instance_id character varying(64),
    created_at timestamp with time zone NOT NULL,
    created_by character varying(64) NOT NULL
);


--
-- Name: deletion_id_seq; Type: SEQUENCE; Schema: recflow; Owner: -
--

ALTER TABLE recflow.deletion ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME recflow.deletion_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deletion_objection; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.deletion_objection (
    id bigint NOT NULL,
    deletion_id bigint NOT NULL,
    member character varying(64) NOT NULL,
    member_role character varying(20) NOT NULL,
    author character varying(64) NOT NULL,
    reasons character varying(20000),
    submitted_at timestamp with time zone NOT NULL
);


--
-- Name: deletion_objection_id_seq; Type: SEQUENCE; Schema: recflow; Owner: -
--

ALTER TABLE recflow.deletion_objection ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME recflow.deletion_objection_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: history_entry; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.history_entry (
    id bigint NOT NULL,
    subject_type character varying(16) NOT NULL,
    subject_id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    actor character varying(64) NOT NULL,
    role character varying(20) NOT NULL,
    action character varying(60) NOT NULL,
    detail character varying(4000),
    request_id character varying(64)
);


--
-- Name: history_entry_id_seq; Type: SEQUENCE; Schema: recflow; Owner: -
--

ALTER TABLE recflow.history_entry ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME recflow.history_entry_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: idempotent_request; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.idempotent_request (
    id bigint NOT NULL,
    account character varying(200) NOT NULL,
    idem_key character varying(200) NOT NULL,
    fingerprint character varying(64) NOT NULL,
    method character varying(16) NOT NULL,
    path character varying(1000) NOT NULL,
    status integer NOT NULL,
    content_type character varying(200),
    location character varying(2000),
    body_encoding character varying(8) NOT NULL,
    body character varying(1000000),
    created_at timestamp with time zone NOT NULL
);


--
-- Name: idempotent_request_id_seq; Type: SEQUENCE; Schema: recflow; Owner: -
--

ALTER TABLE recflow.idempotent_request ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME recflow.idempotent_request_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: meeting; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.meeting (
    id bigint NOT NULL,
    study_group character varying(8) NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    place character varying(200),
    status character varying(16) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    version integer DEFAULT 0 NOT NULL,
    CONSTRAINT meeting_dates CHECK ((end_date >= start_date)),
    CONSTRAINT meeting_status CHECK (((status)::text = ANY ((ARRAY['SCHEDULED'::character varying, 'CANCELLED'::character varying])::text[])))
);


--
-- Name: meeting_id_seq; Type: SEQUENCE; Schema: recflow; Owner: -
--

ALTER TABLE recflow.meeting ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME recflow.meeting_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: question; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.question (
    id bigint NOT NULL,
    study_group character varying(8) NOT NULL,
    question character varying(32) NOT NULL,
    title character varying(500) NOT NULL,
    text_reference character varying(200) NOT NULL,
    policy_implications boolean NOT NULL,
    status character varying(40) NOT NULL,
    outcome_reason character varying(60),
    outcome_at timestamp with time zone,
    consultation_announced_on date,
    consultation_closes_at timestamp with time zone,
    process_instance_id character varying(64),
    created_at timestamp with time zone NOT NULL,
    created_by character varying(64) NOT NULL
);


--
-- Name: question_id_seq; Type: SEQUENCE; Schema: recflow; Owner: -
--

ALTER TABLE recflow.question ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME recflow.question_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: sim_clock; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.sim_clock (
    id integer NOT NULL,
    now timestamp with time zone NOT NULL
);


--
-- Data for Name: act_ge_bytearray; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ge_bytearray VALUES ('80661dd5-ec0a-11f1-9d50-02fc00000001', 1, 'processes/tap-approval.bpmn', '80650c64-ec0a-11f1-9d50-02fc00000001', '\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44492220786d6c6e733a63616d756e64613d22687474703a2f2f63616d756e64612e6f72672f736368656d612f312e302f62706d6e2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e6365222069643d22746170417070726f76616c446566696e6974696f6e7322207461726765744e616d6573706163653d2268747470733a2f2f726563666c6f772e6f72672f62706d6e22206578706f727465723d22726563666c6f7722206578706f7274657256657273696f6e3d2231223e0a20203c62706d6e3a6d6573736167652069643d22546170436f6e73756c746174696f6e416e6e6f756e63656422206e616d653d22546170436f6e73756c746174696f6e416e6e6f756e63656422202f3e0a20203c62706d6e3a6d6573736167652069643d225461704d656574696e674f7574636f6d655265636f7264656422206e616d653d225461704d656574696e674f7574636f6d655265636f7264656422202f3e0a20203c62706d6e3a6d6573736167652069643d225461704d6f726554696d654465636964656422206e616d653d225461704d6f726554696d654465636964656422202f3e0a20203c62706d6e3a70726f636573732069643d22746170417070726f76616c22206e616d653d2254415020617070726f76616c206f662061205265636f6d6d656e646174696f6e202857545341205265736f6c7574696f6e203120c2a739292220697345786563757461626c653d2274727565222063616d756e64613a686973746f727954696d65546f4c6976653d22313830223e0a202020203c62706d6e3a73746172744576656e742069643d22617070726f76616c52657175657374656422206e616d653d22417070726f76616c207265717565737465642061667465722064657465726d696e6174696f6e223e0a2020202020203c62706d6e3a6f7574676f696e673e617070726f76616c526571756573746564546f436f6e73756c746174696f6e416e6e6f756e6365643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d22636f6e73756c746174696f6e416e6e6f756e63656422206e616d653d22496e74656e7420616e6e6f756e6365642c20636f6e73756c746174696f6e206f70656e6564202833206d6f6e74687320616865616429223e0a2020202020203c62706d6e3a696e636f6d696e673e617070726f76616c526571756573746564546f436f6e73756c746174696f6e416e6e6f756e6365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e416e6e6f756e636564546f436f6e73756c746174696f6e436c6f7365643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d22636f6e73756c746174696f6e416e6e6f756e6365644d65737361676522206d6573736167655265663d22546170436f6e73756c746174696f6e416e6e6f756e63656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d22636f6e73756c746174696f6e436c6f73656422206e616d653d22436f6e73756c746174696f6e20636c6f73656420283720776f726b696e672064617973206265666f726520746865206d656574696e6729223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e416e6e6f756e636564546f436f6e73756c746174696f6e436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d22636f6e73756c746174696f6e436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f7365436f6e73756c746174696f6e22206e616d653d22436f756e7420746865204d656d626572205374617465207265706c696573222063616d756e64613a64656c656761746545787072657373696f6e3d22247b746170436c6f7365436f6e73756c746174696f6e7d223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65743c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d227468726573686f6c644d657422206e616d653d22373025206f72206d6f726520696e20737570706f72742c206f72206e6f207265706c793f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e537570706f7274733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e42656c6f775468726573686f6c643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226d656574696e674f7574636f6d655265636f7264656422206e616d653d224d656574696e67206f7574636f6d65207265636f72646564223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e537570706f7274733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226d656574696e674f7574636f6d655265636f726465644d65737361676522206d6573736167655265663d225461704d656574696e674f7574636f6d655265636f7264656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226d656574696e674465636973696f6e22206e616d653d22576861742064696420746865206d656574696e67206465636964653f223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e67417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674d6f726554696d653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a6576656e744261736564476174657761792069643d226d6f726554696d6557696e646f7722206e616d653d224f626a656374696f6e2077697468696e2034207765656b733f223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674d6f726554696d653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d6557696e646f77546f4f626a656374696f6e52656365697665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6576656e744261736564476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226d6f726554696d65436c6f73656422206e616d653d224d6f72652074696d6520636c6f736564223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d65436c6f736564546f436c6f73654d6f726554696d653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226d6f726554696d65436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d65436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f73654d6f726554696d6522206e616d653d22446563696465206166746572206d6f72652074696d65222063616d756e64613a64656c656761746545787072657373696f6e3d22247b636c6f73654d6f726554696d657d223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d65436c6f736564546f436c6f73654d6f726554696d653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226d6f726554696d654465636973696f6e22206e616d653d22417070726f766564206166746572206d6f72652074696d653f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d65417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d654e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226f626a656374696f6e526563656976656422206e616d653d224f626a656374696f6e207265636569766564223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d6557696e646f77546f4f626a656374696f6e52656365697665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6f626a656374696f6e5265636569766564546f546f4e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226f626a656374696f6e52656365697665644d65737361676522206d6573736167655265663d225461704d6f726554696d654465636964656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f417070726f76656422206e616d653d22223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e67417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d65417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d22617070726f76656422206e616d653d22417070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f4e6f74417070726f76656422206e616d653d22223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e42656c6f775468726573686f6c643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d654e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6f626a656374696f6e5265636569766564546f546f4e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f4e6f74417070726f766564546f4e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d226e6f74417070726f76656422206e616d653d224e6f7420617070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e746f4e6f74417070726f766564546f4e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22617070726f76616c526571756573746564546f436f6e73756c746174696f6e416e6e6f756e6365642220736f757263655265663d22617070726f76616c52657175657374656422207461726765745265663d22636f6e73756c746174696f6e416e6e6f756e63656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e416e6e6f756e636564546f436f6e73756c746174696f6e436c6f7365642220736f757263655265663d22636f6e73756c746174696f6e416e6e6f756e63656422207461726765745265663d22636f6e73756c746174696f6e436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e2220736f757263655265663d22636f6e73756c746174696f6e436c6f73656422207461726765745265663d22636c6f7365436f6e73756c746174696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65742220736f757263655265663d22636c6f7365436f6e73756c746174696f6e22207461726765745265663d227468726573686f6c644d657422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e537570706f72747322206e616d653d227965732220736f757263655265663d227468726573686f6c644d657422207461726765745265663d226d656574696e674f7574636f6d655265636f72646564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e526573756c74203d3d2027434f4e54494e5545277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e42656c6f775468726573686f6c6422206e616d653d2262656c6f77203730252220736f757263655265663d227468726573686f6c644d657422207461726765745265663d22746f4e6f74417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e526573756c74203d3d202742454c4f575f5448524553484f4c44277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e2220736f757263655265663d226d656574696e674f7574636f6d655265636f7264656422207461726765745265663d226d656574696e674465636973696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e67417070726f76656422206e616d653d226e6f206f626a656374696f6e2220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674e6f74417070726f76656422206e616d653d22616e206f626a656374696f6e2220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d22746f4e6f74417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d20274e4f545f415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674d6f726554696d6522206e616d653d226d6f72652074696d652061736b65642220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d226d6f726554696d6557696e646f77223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d20274d4f52455f54494d45277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365642220736f757263655265663d226d6f726554696d6557696e646f7722207461726765745265663d226d6f726554696d65436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d6557696e646f77546f4f626a656374696f6e52656365697665642220736f757263655265663d226d6f726554696d6557696e646f7722207461726765745265663d226f626a656374696f6e526563656976656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d652220736f757263655265663d226d6f726554696d65436c6f73656422207461726765745265663d22636c6f73654d6f726554696d6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e2220736f757263655265663d22636c6f73654d6f726554696d6522207461726765745265663d226d6f726554696d654465636973696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d65417070726f76656422206e616d653d22617070726f7665642220736f757263655265663d226d6f726554696d654465636973696f6e22207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d654465636973696f6e203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d654e6f74417070726f76656422206e616d653d226e6f7420617070726f7665642220736f757263655265663d226d6f726554696d654465636973696f6e22207461726765745265663d22746f4e6f74417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d654465636973696f6e203d3d20274e4f545f415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226f626a656374696f6e5265636569766564546f546f4e6f74417070726f7665642220736f757263655265663d226f626a656374696f6e526563656976656422207461726765745265663d22746f4e6f74417070726f76656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f417070726f766564546f417070726f7665642220736f757263655265663d22746f417070726f76656422207461726765745265663d22617070726f76656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f4e6f74417070726f766564546f4e6f74417070726f7665642220736f757263655265663d22746f4e6f74417070726f76656422207461726765745265663d226e6f74417070726f76656422202f3e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d2069643d22746170417070726f76616c4469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22746170417070726f76616c506c616e65222062706d6e456c656d656e743d22746170417070726f76616c223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76616c5265717565737465645368617065222062706d6e456c656d656e743d22617070726f76616c526571756573746564223e0a20202020202020203c64633a426f756e647320783d2239372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d2236372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636f6e73756c746174696f6e416e6e6f756e6365645368617065222062706d6e456c656d656e743d22636f6e73756c746174696f6e416e6e6f756e636564223e0a20202020202020203c64633a426f756e647320783d223234372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223231372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636f6e73756c746174696f6e436c6f7365645368617065222062706d6e456c656d656e743d22636f6e73756c746174696f6e436c6f736564223e0a20202020202020203c64633a426f756e647320783d223339372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223336372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f7365436f6e73756c746174696f6e5368617065222062706d6e456c656d656e743d22636c6f7365436f6e73756c746174696f6e223e0a20202020202020203c64633a426f756e647320783d223531302220793d223630222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227468726573686f6c644d65745368617065222062706d6e456c656d656e743d227468726573686f6c644d6574222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223639302220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223636302220793d22313239222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d656574696e674f7574636f6d655265636f726465645368617065222062706d6e456c656d656e743d226d656574696e674f7574636f6d655265636f72646564223e0a20202020202020203c64633a426f756e647320783d223834372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223831372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d656574696e674465636973696f6e5368617065222062706d6e456c656d656e743d226d656574696e674465636973696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223939302220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223936302220793d22313239222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d6557696e646f775368617065222062706d6e456c656d656e743d226d6f726554696d6557696e646f77223e0a20202020202020203c64633a426f756e647320783d22313134302220793d22333135222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313131302220793d22333639222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d65436c6f7365645368617065222062706d6e456c656d656e743d226d6f726554696d65436c6f736564223e0a20202020202020203c64633a426f756e647320783d22313239372220793d22333232222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313236372220793d22333632222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f73654d6f726554696d655368617065222062706d6e456c656d656e743d22636c6f73654d6f726554696d65223e0a20202020202020203c64633a426f756e647320783d22313431302220793d22333030222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d654465636973696f6e5368617065222062706d6e456c656d656e743d226d6f726554696d654465636973696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313539302220793d22333135222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313536302220793d22333639222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226f626a656374696f6e52656365697665645368617065222062706d6e456c656d656e743d226f626a656374696f6e5265636569766564223e0a20202020202020203c64633a426f756e647320783d22313239372220793d22343432222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313236372220793d22343832222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f417070726f7665645368617065222062706d6e456c656d656e743d22746f417070726f766564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313734302220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313731302220793d22313239222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f7665645368617065222062706d6e456c656d656e743d22617070726f766564223e0a20202020202020203c64633a426f756e647320783d22313839372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313836372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f4e6f74417070726f7665645368617065222062706d6e456c656d656e743d22746f4e6f74417070726f766564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313734302220793d22313935222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313731302220793d22323439222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226e6f74417070726f7665645368617065222062706d6e456c656d656e743d226e6f74417070726f766564223e0a20202020202020203c64633a426f756e647320783d22313839372220793d22323032222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313836372220793d22323432222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22617070726f76616c526571756573746564546f436f6e73756c746174696f6e416e6e6f756e63656445646765222062706d6e456c656d656e743d22617070726f76616c526571756573746564546f436f6e73756c746174696f6e416e6e6f756e636564223e0a20202020202020203c64693a776179706f696e7420783d223133332220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223234372220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e416e6e6f756e636564546f436f6e73756c746174696f6e436c6f73656445646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e416e6e6f756e636564546f436f6e73756c746174696f6e436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d223238332220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223339372220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e45646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e223e0a20202020202020203c64693a776179706f696e7420783d223433332220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223531302220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d657445646765222062706d6e456c656d656e743d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d6574223e0a20202020202020203c64693a776179706f696e7420783d223632302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223639302220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e537570706f72747345646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e537570706f727473223e0a20202020202020203c64693a776179706f696e7420783d223734302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223834372220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223734342220793d223832222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e42656c6f775468726573686f6c6445646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e42656c6f775468726573686f6c64223e0a20202020202020203c64693a776179706f696e7420783d223731352220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223731352220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313734302220793d2232323022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223731392220793d22313239222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e45646765222062706d6e456c656d656e743d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e223e0a20202020202020203c64693a776179706f696e7420783d223838332220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223939302220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e67417070726f76656445646765222062706d6e456c656d656e743d226d656574696e67417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313034302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22313734302220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313034342220793d223832222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674e6f74417070726f76656445646765222062706d6e456c656d656e743d226d656574696e674e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313031352220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d22313031352220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313734302220793d2232323022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313031392220793d22313239222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674d6f726554696d6545646765222062706d6e456c656d656e743d226d656574696e674d6f726554696d65223e0a20202020202020203c64693a776179706f696e7420783d22313031352220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d22313031352220793d2233343022202f3e0a20202020202020203c64693a776179706f696e7420783d22313134302220793d2233343022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313031392220793d22313239222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f73656445646765222062706d6e456c656d656e743d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d22313139302220793d2233343022202f3e0a20202020202020203c64693a776179706f696e7420783d22313239372220793d2233343022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d6557696e646f77546f4f626a656374696f6e526563656976656445646765222062706d6e456c656d656e743d226d6f726554696d6557696e646f77546f4f626a656374696f6e5265636569766564223e0a20202020202020203c64693a776179706f696e7420783d22313136352220793d2233363522202f3e0a20202020202020203c64693a776179706f696e7420783d22313136352220793d2234363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313239372220793d2234363022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d6545646765222062706d6e456c656d656e743d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d65223e0a20202020202020203c64693a776179706f696e7420783d22313333332220793d2233343022202f3e0a20202020202020203c64693a776179706f696e7420783d22313431302220793d2233343022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e45646765222062706d6e456c656d656e743d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e223e0a20202020202020203c64693a776179706f696e7420783d22313532302220793d2233343022202f3e0a20202020202020203c64693a776179706f696e7420783d22313539302220793d2233343022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d65417070726f76656445646765222062706d6e456c656d656e743d226d6f726554696d65417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313631352220793d2233313522202f3e0a20202020202020203c64693a776179706f696e7420783d22313631352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22313734302220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313631392220793d22333139222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d654e6f74417070726f76656445646765222062706d6e456c656d656e743d226d6f726554696d654e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313631352220793d2233313522202f3e0a20202020202020203c64693a776179706f696e7420783d22313631352220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313734302220793d2232323022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313631392220793d22333139222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226f626a656374696f6e5265636569766564546f546f4e6f74417070726f76656445646765222062706d6e456c656d656e743d226f626a656374696f6e5265636569766564546f546f4e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313331352220793d2234343222202f3e0a20202020202020203c64693a776179706f696e7420783d22313331352220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313734302220793d2232323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f417070726f766564546f417070726f76656445646765222062706d6e456c656d656e743d22746f417070726f766564546f417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313739302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22313839372220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f4e6f74417070726f766564546f4e6f74417070726f76656445646765222062706d6e456c656d656e743d22746f4e6f74417070726f766564546f4e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313739302220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313839372220793d2232323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a', false, NULL, 1, '2026-11-29 15:35:27.32', NULL, NULL);
INSERT INTO public.act_ge_bytearray VALUES ('80661dd6-ec0a-11f1-9d50-02fc00000001', 1, 'processes/aap-approval.bpmn', '80650c64-ec0a-11f1-9d50-02fc00000001', '\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44492220786d6c6e733a63616d756e64613d22687474703a2f2f63616d756e64612e6f72672f736368656d612f312e302f62706d6e2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e6365222069643d22616170417070726f76616c446566696e6974696f6e7322207461726765744e616d6573706163653d2268747470733a2f2f726563666c6f772e6f72672f62706d6e22206578706f727465723d22726563666c6f7722206578706f7274657256657273696f6e3d2231223e0a20203c62706d6e3a6d6573736167652069643d224161704164646974696f6e616c526576696577416e6e6f756e63656422206e616d653d224161704164646974696f6e616c526576696577416e6e6f756e63656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704164646974696f6e616c5265766965774a756467656422206e616d653d224161704164646974696f6e616c5265766965774a756467656422202f3e0a20203c62706d6e3a6d6573736167652069643d22416170436f6d6d656e74735265736f6c76656422206e616d653d22416170436f6d6d656e74735265736f6c76656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704c61737443616c6c416e6e6f756e63656422206e616d653d224161704c61737443616c6c416e6e6f756e63656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704c61737443616c6c4a756467656422206e616d653d224161704c61737443616c6c4a756467656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704d656574696e67416e6e6f756e63656422206e616d653d224161704d656574696e67416e6e6f756e63656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704d656574696e674f7574636f6d655265636f7264656422206e616d653d224161704d656574696e674f7574636f6d655265636f7264656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704d6f726554696d654465636964656422206e616d653d224161704d6f726554696d654465636964656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161705265736f6c7574696f6e4a756467656422206e616d653d224161705265736f6c7574696f6e4a756467656422202f3e0a20203c62706d6e3a70726f636573732069643d22616170417070726f76616c22206e616d653d2241415020617070726f76616c206f662061205265636f6d6d656e646174696f6e20284954552d5420412e38292220697345786563757461626c653d2274727565222063616d756e64613a686973746f727954696d65546f4c6976653d22313830223e0a202020203c62706d6e3a73746172744576656e742069643d22617070726f76616c52657175657374656422206e616d653d22417070726f76616c20726571756573746564223e0a2020202020203c62706d6e3a6f7574676f696e673e617070726f76616c526571756573746564546f4c61737443616c6c416e6e6f756e6365643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226c61737443616c6c416e6e6f756e63656422206e616d653d224c6173742043616c6c20616e6e6f756e636564223e0a2020202020203c62706d6e3a696e636f6d696e673e617070726f76616c526571756573746564546f4c61737443616c6c416e6e6f756e6365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c416e6e6f756e636564546f4c61737443616c6c436c6f7365643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226c61737443616c6c416e6e6f756e6365644d65737361676522206d6573736167655265663d224161704c61737443616c6c416e6e6f756e63656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226c61737443616c6c436c6f73656422206e616d653d224c6173742043616c6c20636c6f736564223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c416e6e6f756e636564546f4c61737443616c6c436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c436c6f736564546f436c6f73654c61737443616c6c3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226c61737443616c6c436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6c61737443616c6c436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f73654c61737443616c6c22206e616d653d22436f756e74204c6173742043616c6c20636f6d6d656e7473222063616d756e64613a64656c656761746545787072657373696f6e3d22247b616170436c6f73654c61737443616c6c7d223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c436c6f736564546f436c6f73654c61737443616c6c3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f73654c61737443616c6c546f4c61737443616c6c436f6d6d656e7465643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226c61737443616c6c436f6d6d656e74656422206e616d653d22416e7920636f6d6d656e7420696e204c6173742043616c6c3f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f73654c61737443616c6c546f4c61737443616c6c436f6d6d656e7465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c4e6f436f6d6d656e743c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c57697468436f6d6d656e74733c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226c61737443616c6c4a756467656422206e616d653d224c6173742043616c6c206a7564676564206279207468652063686169726d616e223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c57697468436f6d6d656e74733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c4a7564676564546f4c61737443616c6c526f7574653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226c61737443616c6c4a75646765644d65737361676522206d6573736167655265663d224161704c61737443616c6c4a756467656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226c61737443616c6c526f75746522206e616d653d22576869636820726f757465206166746572204c6173742043616c6c3f223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c4a7564676564546f4c61737443616c6c526f7574653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c417070726f76653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c4d656574696e673c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c5265736f6c7574696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d22636f6d6d656e74735265736f6c76656422206e616d653d22436f6d6d656e7473207265736f6c766564223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c5265736f6c7574696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6d6d656e74735265736f6c766564546f5265736f6c7574696f6e4a75646765643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d22636f6d6d656e74735265736f6c7665644d65737361676522206d6573736167655265663d22416170436f6d6d656e74735265736f6c76656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d227265736f6c7574696f6e4a756467656422206e616d653d225265736f6c7574696f6e206a7564676564206279207468652063686169726d616e223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6d6d656e74735265736f6c766564546f5265736f6c7574696f6e4a75646765643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e7265736f6c7574696f6e4a7564676564546f5265736f6c7574696f6e526f7574653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d227265736f6c7574696f6e4a75646765644d65737361676522206d6573736167655265663d224161705265736f6c7574696f6e4a756467656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d227265736f6c7574696f6e526f75746522206e616d653d22576869636820726f757465206166746572207265736f6c7574696f6e3f223e0a2020202020203c62706d6e3a696e636f6d696e673e7265736f6c7574696f6e4a7564676564546f5265736f6c7574696f6e526f7574653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e7265736f6c7574696f6e4164646974696f6e616c5265766965773c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e7265736f6c7574696f6e4d656574696e673c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226164646974696f6e616c526576696577416e6e6f756e63656422206e616d653d224164646974696f6e616c2052657669657720616e6e6f756e636564223e0a2020202020203c62706d6e3a696e636f6d696e673e7265736f6c7574696f6e4164646974696f6e616c5265766965773c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c526576696577416e6e6f756e636564546f4164646974696f6e616c526576696577436c6f7365643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226164646974696f6e616c526576696577416e6e6f756e6365644d65737361676522206d6573736167655265663d224161704164646974696f6e616c526576696577416e6e6f756e63656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226164646974696f6e616c526576696577436c6f73656422206e616d653d224164646974696f6e616c2052657669657720636c6f736564223e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c526576696577416e6e6f756e636564546f4164646974696f6e616c526576696577436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c526576696577436c6f736564546f436c6f73654164646974696f6e616c5265766965773c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226164646974696f6e616c526576696577436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6164646974696f6e616c526576696577436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f73654164646974696f6e616c52657669657722206e616d653d22436f756e74204164646974696f6e616c2052657669657720636f6d6d656e7473222063616d756e64613a64656c656761746545787072657373696f6e3d22247b616170436c6f73654164646974696f6e616c5265766965777d223e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c526576696577436c6f736564546f436c6f73654164646974696f6e616c5265766965773c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f73654164646974696f6e616c526576696577546f4164646974696f6e616c526576696577436f6d6d656e7465643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226164646974696f6e616c526576696577436f6d6d656e74656422206e616d653d22416e7920636f6d6d656e7420696e204164646974696f6e616c205265766965773f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f73654164646974696f6e616c526576696577546f4164646974696f6e616c526576696577436f6d6d656e7465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c5265766965774e6f436f6d6d656e743c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c52657669657757697468436f6d6d656e74733c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226164646974696f6e616c5265766965774a756467656422206e616d653d224164646974696f6e616c20526576696577206a7564676564206279207468652063686169726d616e223e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c52657669657757697468436f6d6d656e74733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c5265766965774a7564676564546f4164646974696f6e616c526576696577526f7574653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226164646974696f6e616c5265766965774a75646765644d65737361676522206d6573736167655265663d224161704164646974696f6e616c5265766965774a756467656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226164646974696f6e616c526576696577526f75746522206e616d653d22576869636820726f757465206166746572204164646974696f6e616c205265766965773f223e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c5265766965774a7564676564546f4164646974696f6e616c526576696577526f7574653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c526576696577417070726f76653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c5265766965774d656574696e673c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f4d656574696e6722206e616d653d22417070726f766520617420746865205347206d656574696e67223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c4d656574696e673c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e7265736f6c7574696f6e4d656574696e673c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c5265766965774d656574696e673c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f4d656574696e67546f4d656574696e67416e6e6f756e6365643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226d656574696e67416e6e6f756e63656422206e616d653d224d656574696e6720616e6e6f756e636564202833207765656b7320616865616429223e0a2020202020203c62706d6e3a696e636f6d696e673e746f4d656574696e67546f4d656574696e67416e6e6f756e6365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e67416e6e6f756e636564546f4d656574696e674f7574636f6d655265636f726465643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226d656574696e67416e6e6f756e6365644d65737361676522206d6573736167655265663d224161704d656574696e67416e6e6f756e63656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226d656574696e674f7574636f6d655265636f7264656422206e616d653d224d656574696e67206f7574636f6d65207265636f72646564223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e67416e6e6f756e636564546f4d656574696e674f7574636f6d655265636f726465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226d656574696e674f7574636f6d655265636f726465644d65737361676522206d6573736167655265663d224161704d656574696e674f7574636f6d655265636f7264656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226d656574696e674465636973696f6e22206e616d653d22576861742064696420746865206d656574696e67206465636964653f223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e67417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674d6f766564546f5461703c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674d6f726554696d653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d226d6f766564546f54617022206e616d653d224d6f76656420746f20544150223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674d6f766564546f5461703c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a6576656e744261736564476174657761792069643d226d6f726554696d6557696e646f7722206e616d653d224f626a656374696f6e2077697468696e2034207765656b733f223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674d6f726554696d653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d6557696e646f77546f5365636f6e644f626a656374696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6576656e744261736564476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226d6f726554696d65436c6f73656422206e616d653d224d6f72652074696d6520636c6f736564223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d65436c6f736564546f436c6f73654d6f726554696d653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226d6f726554696d65436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d65436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f73654d6f726554696d6522206e616d653d22446563696465206166746572206d6f72652074696d65222063616d756e64613a64656c656761746545787072657373696f6e3d22247b636c6f73654d6f726554696d657d223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d65436c6f736564546f436c6f73654d6f726554696d653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226d6f726554696d654465636973696f6e22206e616d653d22417070726f766564206166746572206d6f72652074696d653f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d65417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d654e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d227365636f6e644f626a656374696f6e22206e616d653d225365636f6e64206f626a656374696f6e207265636569766564223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d6557696e646f77546f5365636f6e644f626a656374696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e7365636f6e644f626a656374696f6e546f546f4e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d227365636f6e644f626a656374696f6e4d65737361676522206d6573736167655265663d224161704d6f726554696d654465636964656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f417070726f76656422206e616d653d22223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c4e6f436f6d6d656e743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c417070726f76653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c5265766965774e6f436f6d6d656e743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c526576696577417070726f76653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e67417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d65417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d22617070726f76656422206e616d653d22417070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f4e6f74417070726f76656422206e616d653d22223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d654e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e7365636f6e644f626a656374696f6e546f546f4e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f4e6f74417070726f766564546f4e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d226e6f74417070726f76656422206e616d653d224e6f7420617070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e746f4e6f74417070726f766564546f4e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22617070726f76616c526571756573746564546f4c61737443616c6c416e6e6f756e6365642220736f757263655265663d22617070726f76616c52657175657374656422207461726765745265663d226c61737443616c6c416e6e6f756e63656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c416e6e6f756e636564546f4c61737443616c6c436c6f7365642220736f757263655265663d226c61737443616c6c416e6e6f756e63656422207461726765745265663d226c61737443616c6c436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c436c6f736564546f436c6f73654c61737443616c6c2220736f757263655265663d226c61737443616c6c436c6f73656422207461726765745265663d22636c6f73654c61737443616c6c22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f73654c61737443616c6c546f4c61737443616c6c436f6d6d656e7465642220736f757263655265663d22636c6f73654c61737443616c6c22207461726765745265663d226c61737443616c6c436f6d6d656e74656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c4e6f436f6d6d656e7422206e616d653d226e6f20636f6d6d656e742220736f757263655265663d226c61737443616c6c436f6d6d656e74656422207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6c61737443616c6c526573756c74203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c57697468436f6d6d656e747322206e616d653d22636f6d6d656e74732220736f757263655265663d226c61737443616c6c436f6d6d656e74656422207461726765745265663d226c61737443616c6c4a7564676564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6c61737443616c6c526573756c74203d3d20274a554447454d454e54277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c4a7564676564546f4c61737443616c6c526f7574652220736f757263655265663d226c61737443616c6c4a756467656422207461726765745265663d226c61737443616c6c526f75746522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c417070726f766522206e616d653d22616c6c207479706f67726170686963616c2220736f757263655265663d226c61737443616c6c526f75746522207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d2027415050524f5645277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c4d656574696e6722206e616d653d226e657874205347206d656574696e672220736f757263655265663d226c61737443616c6c526f75746522207461726765745265663d22746f4d656574696e67223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d20274d454554494e47277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c5265736f6c7574696f6e22206e616d653d22636f6d6d656e74207265736f6c7574696f6e2220736f757263655265663d226c61737443616c6c526f75746522207461726765745265663d22636f6d6d656e74735265736f6c766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d2027434f4d4d454e545f5245534f4c5554494f4e277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6d6d656e74735265736f6c766564546f5265736f6c7574696f6e4a75646765642220736f757263655265663d22636f6d6d656e74735265736f6c76656422207461726765745265663d227265736f6c7574696f6e4a756467656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227265736f6c7574696f6e4a7564676564546f5265736f6c7574696f6e526f7574652220736f757263655265663d227265736f6c7574696f6e4a756467656422207461726765745265663d227265736f6c7574696f6e526f75746522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227265736f6c7574696f6e4164646974696f6e616c52657669657722206e616d653d224164646974696f6e616c205265766965772220736f757263655265663d227265736f6c7574696f6e526f75746522207461726765745265663d226164646974696f6e616c526576696577416e6e6f756e636564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d20274144444954494f4e414c5f524556494557277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227265736f6c7574696f6e4d656574696e6722206e616d653d226e657874205347206d656574696e672220736f757263655265663d227265736f6c7574696f6e526f75746522207461726765745265663d22746f4d656574696e67223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d20274d454554494e4727207c7c20726f757465203d3d20274d454554494e475f4e45575f4e4f524d41544956455f5245464552454e4345277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c526576696577416e6e6f756e636564546f4164646974696f6e616c526576696577436c6f7365642220736f757263655265663d226164646974696f6e616c526576696577416e6e6f756e63656422207461726765745265663d226164646974696f6e616c526576696577436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c526576696577436c6f736564546f436c6f73654164646974696f6e616c5265766965772220736f757263655265663d226164646974696f6e616c526576696577436c6f73656422207461726765745265663d22636c6f73654164646974696f6e616c52657669657722202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f73654164646974696f6e616c526576696577546f4164646974696f6e616c526576696577436f6d6d656e7465642220736f757263655265663d22636c6f73654164646974696f6e616c52657669657722207461726765745265663d226164646974696f6e616c526576696577436f6d6d656e74656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c5265766965774e6f436f6d6d656e7422206e616d653d226e6f20636f6d6d656e742220736f757263655265663d226164646974696f6e616c526576696577436f6d6d656e74656422207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6164646974696f6e616c526576696577526573756c74203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c52657669657757697468436f6d6d656e747322206e616d653d22636f6d6d656e74732220736f757263655265663d226164646974696f6e616c526576696577436f6d6d656e74656422207461726765745265663d226164646974696f6e616c5265766965774a7564676564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6164646974696f6e616c526576696577526573756c74203d3d20274a554447454d454e54277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c5265766965774a7564676564546f4164646974696f6e616c526576696577526f7574652220736f757263655265663d226164646974696f6e616c5265766965774a756467656422207461726765745265663d226164646974696f6e616c526576696577526f75746522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c526576696577417070726f766522206e616d653d22616c6c207479706f67726170686963616c2220736f757263655265663d226164646974696f6e616c526576696577526f75746522207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d2027415050524f5645277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c5265766965774d656574696e6722206e616d653d226e657874205347206d656574696e672220736f757263655265663d226164646974696f6e616c526576696577526f75746522207461726765745265663d22746f4d656574696e67223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d20274d454554494e47277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f4d656574696e67546f4d656574696e67416e6e6f756e6365642220736f757263655265663d22746f4d656574696e6722207461726765745265663d226d656574696e67416e6e6f756e63656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e67416e6e6f756e636564546f4d656574696e674f7574636f6d655265636f726465642220736f757263655265663d226d656574696e67416e6e6f756e63656422207461726765745265663d226d656574696e674f7574636f6d655265636f7264656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e2220736f757263655265663d226d656574696e674f7574636f6d655265636f7264656422207461726765745265663d226d656574696e674465636973696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e67417070726f76656422206e616d653d226174206d6f7374206f6e65206f626a656374696f6e2220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674e6f74417070726f76656422206e616d653d2274776f206f72206d6f7265206f626a656374696f6e732220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d22746f4e6f74417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d20274e4f545f415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674d6f766564546f54617022206e616d653d22706f6c69637920696d706c69636174696f6e732220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d226d6f766564546f546170223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d20274d4f5645445f544f5f544150277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674d6f726554696d6522206e616d653d226d6f72652074696d652061736b65642220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d226d6f726554696d6557696e646f77223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d20274d4f52455f54494d45277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365642220736f757263655265663d226d6f726554696d6557696e646f7722207461726765745265663d226d6f726554696d65436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d6557696e646f77546f5365636f6e644f626a656374696f6e2220736f757263655265663d226d6f726554696d6557696e646f7722207461726765745265663d227365636f6e644f626a656374696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d652220736f757263655265663d226d6f726554696d65436c6f73656422207461726765745265663d22636c6f73654d6f726554696d6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e2220736f757263655265663d22636c6f73654d6f726554696d6522207461726765745265663d226d6f726554696d654465636973696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d65417070726f76656422206e616d653d22617070726f7665642220736f757263655265663d226d6f726554696d654465636973696f6e22207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d654465636973696f6e203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d654e6f74417070726f76656422206e616d653d226e6f7420617070726f7665642220736f757263655265663d226d6f726554696d654465636973696f6e22207461726765745265663d22746f4e6f74417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d654465636973696f6e203d3d20274e4f545f415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227365636f6e644f626a656374696f6e546f546f4e6f74417070726f7665642220736f757263655265663d227365636f6e644f626a656374696f6e22207461726765745265663d22746f4e6f74417070726f76656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f417070726f766564546f417070726f7665642220736f757263655265663d22746f417070726f76656422207461726765745265663d22617070726f76656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f4e6f74417070726f766564546f4e6f74417070726f7665642220736f757263655265663d22746f4e6f74417070726f76656422207461726765745265663d226e6f74417070726f76656422202f3e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d2069643d22616170417070726f76616c4469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22616170417070726f76616c506c616e65222062706d6e456c656d656e743d22616170417070726f76616c223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76616c5265717565737465645368617065222062706d6e456c656d656e743d22617070726f76616c526571756573746564223e0a20202020202020203c64633a426f756e647320783d2239372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d2236372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61737443616c6c416e6e6f756e6365645368617065222062706d6e456c656d656e743d226c61737443616c6c416e6e6f756e636564223e0a20202020202020203c64633a426f756e647320783d223234372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223231372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61737443616c6c436c6f7365645368617065222062706d6e456c656d656e743d226c61737443616c6c436c6f736564223e0a20202020202020203c64633a426f756e647320783d223339372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223336372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f73654c61737443616c6c5368617065222062706d6e456c656d656e743d22636c6f73654c61737443616c6c223e0a20202020202020203c64633a426f756e647320783d223531302220793d223630222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61737443616c6c436f6d6d656e7465645368617065222062706d6e456c656d656e743d226c61737443616c6c436f6d6d656e746564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223639302220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223636302220793d22313239222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61737443616c6c4a75646765645368617065222062706d6e456c656d656e743d226c61737443616c6c4a7564676564223e0a20202020202020203c64633a426f756e647320783d223834372220793d22323032222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223831372220793d22323432222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61737443616c6c526f7574655368617065222062706d6e456c656d656e743d226c61737443616c6c526f757465222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223939302220793d22313935222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223936302220793d22323439222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636f6d6d656e74735265736f6c7665645368617065222062706d6e456c656d656e743d22636f6d6d656e74735265736f6c766564223e0a20202020202020203c64633a426f756e647320783d22313134372220793d22333232222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313131372220793d22333632222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265736f6c7574696f6e4a75646765645368617065222062706d6e456c656d656e743d227265736f6c7574696f6e4a7564676564223e0a20202020202020203c64633a426f756e647320783d22313239372220793d22333232222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313236372220793d22333632222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265736f6c7574696f6e526f7574655368617065222062706d6e456c656d656e743d227265736f6c7574696f6e526f757465222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313434302220793d22333135222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313431302220793d22333639222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226164646974696f6e616c526576696577416e6e6f756e6365645368617065222062706d6e456c656d656e743d226164646974696f6e616c526576696577416e6e6f756e636564223e0a20202020202020203c64633a426f756e647320783d22313539372220793d22333232222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313536372220793d22333632222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226164646974696f6e616c526576696577436c6f7365645368617065222062706d6e456c656d656e743d226164646974696f6e616c526576696577436c6f736564223e0a20202020202020203c64633a426f756e647320783d22313734372220793d22333232222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313731372220793d22333632222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f73654164646974696f6e616c5265766965775368617065222062706d6e456c656d656e743d22636c6f73654164646974696f6e616c526576696577223e0a20202020202020203c64633a426f756e647320783d22313836302220793d22333030222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226164646974696f6e616c526576696577436f6d6d656e7465645368617065222062706d6e456c656d656e743d226164646974696f6e616c526576696577436f6d6d656e746564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22323034302220793d22333135222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22323031302220793d22333639222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226164646974696f6e616c5265766965774a75646765645368617065222062706d6e456c656d656e743d226164646974696f6e616c5265766965774a7564676564223e0a20202020202020203c64633a426f756e647320783d22323139372220793d22343432222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22323136372220793d22343832222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226164646974696f6e616c526576696577526f7574655368617065222062706d6e456c656d656e743d226164646974696f6e616c526576696577526f757465222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22323334302220793d22343335222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22323331302220793d22343839222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f4d656574696e675368617065222062706d6e456c656d656e743d22746f4d656574696e67222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313134302220793d22353535222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313131302220793d22363039222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d656574696e67416e6e6f756e6365645368617065222062706d6e456c656d656e743d226d656574696e67416e6e6f756e636564223e0a20202020202020203c64633a426f756e647320783d22313239372220793d22353632222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313236372220793d22363032222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d656574696e674f7574636f6d655265636f726465645368617065222062706d6e456c656d656e743d226d656574696e674f7574636f6d655265636f72646564223e0a20202020202020203c64633a426f756e647320783d22313434372220793d22353632222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313431372220793d22363032222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d656574696e674465636973696f6e5368617065222062706d6e456c656d656e743d226d656574696e674465636973696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313539302220793d22353535222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313536302220793d22363039222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f766564546f5461705368617065222062706d6e456c656d656e743d226d6f766564546f546170223e0a20202020202020203c64633a426f756e647320783d22313734372220793d22343432222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313731372220793d22343832222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d6557696e646f775368617065222062706d6e456c656d656e743d226d6f726554696d6557696e646f77223e0a20202020202020203c64633a426f756e647320783d22313734302220793d22363735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313731302220793d22373239222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d65436c6f7365645368617065222062706d6e456c656d656e743d226d6f726554696d65436c6f736564223e0a20202020202020203c64633a426f756e647320783d22313839372220793d22363832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313836372220793d22373232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f73654d6f726554696d655368617065222062706d6e456c656d656e743d22636c6f73654d6f726554696d65223e0a20202020202020203c64633a426f756e647320783d22323031302220793d22363630222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d654465636973696f6e5368617065222062706d6e456c656d656e743d226d6f726554696d654465636973696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22323139302220793d22363735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22323136302220793d22373239222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227365636f6e644f626a656374696f6e5368617065222062706d6e456c656d656e743d227365636f6e644f626a656374696f6e223e0a20202020202020203c64633a426f756e647320783d22313839372220793d22383032222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313836372220793d22383432222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f417070726f7665645368617065222062706d6e456c656d656e743d22746f417070726f766564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22323439302220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22323436302220793d22313239222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f7665645368617065222062706d6e456c656d656e743d22617070726f766564223e0a20202020202020203c64633a426f756e647320783d22323634372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22323631372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f4e6f74417070726f7665645368617065222062706d6e456c656d656e743d22746f4e6f74417070726f766564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22323439302220793d22353535222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22323436302220793d22363039222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226e6f74417070726f7665645368617065222062706d6e456c656d656e743d226e6f74417070726f766564223e0a20202020202020203c64633a426f756e647320783d22323634372220793d22353632222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22323631372220793d22363032222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22617070726f76616c526571756573746564546f4c61737443616c6c416e6e6f756e63656445646765222062706d6e456c656d656e743d22617070726f76616c526571756573746564546f4c61737443616c6c416e6e6f756e636564223e0a20202020202020203c64693a776179706f696e7420783d223133332220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223234372220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c416e6e6f756e636564546f4c61737443616c6c436c6f73656445646765222062706d6e456c656d656e743d226c61737443616c6c416e6e6f756e636564546f4c61737443616c6c436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d223238332220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223339372220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c436c6f736564546f436c6f73654c61737443616c6c45646765222062706d6e456c656d656e743d226c61737443616c6c436c6f736564546f436c6f73654c61737443616c6c223e0a20202020202020203c64693a776179706f696e7420783d223433332220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223531302220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f73654c61737443616c6c546f4c61737443616c6c436f6d6d656e74656445646765222062706d6e456c656d656e743d22636c6f73654c61737443616c6c546f4c61737443616c6c436f6d6d656e746564223e0a20202020202020203c64693a776179706f696e7420783d223632302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223639302220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c4e6f436f6d6d656e7445646765222062706d6e456c656d656e743d226c61737443616c6c4e6f436f6d6d656e74223e0a20202020202020203c64693a776179706f696e7420783d223734302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22323439302220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223734342220793d223832222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c57697468436f6d6d656e747345646765222062706d6e456c656d656e743d226c61737443616c6c57697468436f6d6d656e7473223e0a20202020202020203c64693a776179706f696e7420783d223731352220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223731352220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223834372220793d2232323022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223731392220793d22313239222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c4a7564676564546f4c61737443616c6c526f75746545646765222062706d6e456c656d656e743d226c61737443616c6c4a7564676564546f4c61737443616c6c526f757465223e0a20202020202020203c64693a776179706f696e7420783d223838332220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223939302220793d2232323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c417070726f766545646765222062706d6e456c656d656e743d226c61737443616c6c417070726f7665223e0a20202020202020203c64693a776179706f696e7420783d22313031352220793d2231393522202f3e0a20202020202020203c64693a776179706f696e7420783d22313031352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22323439302220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313031392220793d22313939222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c4d656574696e6745646765222062706d6e456c656d656e743d226c61737443616c6c4d656574696e67223e0a20202020202020203c64693a776179706f696e7420783d22313031352220793d2232343522202f3e0a20202020202020203c64693a776179706f696e7420783d22313031352220793d2235383022202f3e0a20202020202020203c64693a776179706f696e7420783d22313134302220793d2235383022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313031392220793d22323439222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c5265736f6c7574696f6e45646765222062706d6e456c656d656e743d226c61737443616c6c5265736f6c7574696f6e223e0a20202020202020203c64693a776179706f696e7420783d22313031352220793d2232343522202f3e0a20202020202020203c64693a776179706f696e7420783d22313031352220793d2233343022202f3e0a20202020202020203c64693a776179706f696e7420783d22313134372220793d2233343022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313031392220793d22323439222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6d6d656e74735265736f6c766564546f5265736f6c7574696f6e4a756467656445646765222062706d6e456c656d656e743d22636f6d6d656e74735265736f6c766564546f5265736f6c7574696f6e4a7564676564223e0a20202020202020203c64693a776179706f696e7420783d22313138332220793d2233343022202f3e0a20202020202020203c64693a776179706f696e7420783d22313239372220793d2233343022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227265736f6c7574696f6e4a7564676564546f5265736f6c7574696f6e526f75746545646765222062706d6e456c656d656e743d227265736f6c7574696f6e4a7564676564546f5265736f6c7574696f6e526f757465223e0a20202020202020203c64693a776179706f696e7420783d22313333332220793d2233343022202f3e0a20202020202020203c64693a776179706f696e7420783d22313434302220793d2233343022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227265736f6c7574696f6e4164646974696f6e616c52657669657745646765222062706d6e456c656d656e743d227265736f6c7574696f6e4164646974696f6e616c526576696577223e0a20202020202020203c64693a776179706f696e7420783d22313439302220793d2233343022202f3e0a20202020202020203c64693a776179706f696e7420783d22313539372220793d2233343022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313439342220793d22333232222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227265736f6c7574696f6e4d656574696e6745646765222062706d6e456c656d656e743d227265736f6c7574696f6e4d656574696e67223e0a20202020202020203c64693a776179706f696e7420783d22313436352220793d2233363522202f3e0a20202020202020203c64693a776179706f696e7420783d22313436352220793d2235333522202f3e0a20202020202020203c64693a776179706f696e7420783d22313136352220793d2235333522202f3e0a20202020202020203c64693a776179706f696e7420783d22313136352220793d2235353522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313436392220793d22333639222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c526576696577416e6e6f756e636564546f4164646974696f6e616c526576696577436c6f73656445646765222062706d6e456c656d656e743d226164646974696f6e616c526576696577416e6e6f756e636564546f4164646974696f6e616c526576696577436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d22313633332220793d2233343022202f3e0a20202020202020203c64693a776179706f696e7420783d22313734372220793d2233343022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c526576696577436c6f736564546f436c6f73654164646974696f6e616c52657669657745646765222062706d6e456c656d656e743d226164646974696f6e616c526576696577436c6f736564546f436c6f73654164646974696f6e616c526576696577223e0a20202020202020203c64693a776179706f696e7420783d22313738332220793d2233343022202f3e0a20202020202020203c64693a776179706f696e7420783d22313836302220793d2233343022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f73654164646974696f6e616c526576696577546f4164646974696f6e616c526576696577436f6d6d656e74656445646765222062706d6e456c656d656e743d22636c6f73654164646974696f6e616c526576696577546f4164646974696f6e616c526576696577436f6d6d656e746564223e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2233343022202f3e0a20202020202020203c64693a776179706f696e7420783d22323034302220793d2233343022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c5265766965774e6f436f6d6d656e7445646765222062706d6e456c656d656e743d226164646974696f6e616c5265766965774e6f436f6d6d656e74223e0a20202020202020203c64693a776179706f696e7420783d22323036352220793d2233313522202f3e0a20202020202020203c64693a776179706f696e7420783d22323036352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22323439302220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22323036392220793d22333139222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c52657669657757697468436f6d6d656e747345646765222062706d6e456c656d656e743d226164646974696f6e616c52657669657757697468436f6d6d656e7473223e0a20202020202020203c64693a776179706f696e7420783d22323036352220793d2233363522202f3e0a20202020202020203c64693a776179706f696e7420783d22323036352220793d2234363022202f3e0a20202020202020203c64693a776179706f696e7420783d22323139372220793d2234363022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22323036392220793d22333639222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c5265766965774a7564676564546f4164646974696f6e616c526576696577526f75746545646765222062706d6e456c656d656e743d226164646974696f6e616c5265766965774a7564676564546f4164646974696f6e616c526576696577526f757465223e0a20202020202020203c64693a776179706f696e7420783d22323233332220793d2234363022202f3e0a20202020202020203c64693a776179706f696e7420783d22323334302220793d2234363022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c526576696577417070726f766545646765222062706d6e456c656d656e743d226164646974696f6e616c526576696577417070726f7665223e0a20202020202020203c64693a776179706f696e7420783d22323336352220793d2234333522202f3e0a20202020202020203c64693a776179706f696e7420783d22323336352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22323439302220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22323336392220793d22343339222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c5265766965774d656574696e6745646765222062706d6e456c656d656e743d226164646974696f6e616c5265766965774d656574696e67223e0a20202020202020203c64693a776179706f696e7420783d22323336352220793d2234383522202f3e0a20202020202020203c64693a776179706f696e7420783d22323336352220793d2235333522202f3e0a20202020202020203c64693a776179706f696e7420783d22313136352220793d2235333522202f3e0a20202020202020203c64693a776179706f696e7420783d22313136352220793d2235353522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22323336392220793d22343839222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f4d656574696e67546f4d656574696e67416e6e6f756e63656445646765222062706d6e456c656d656e743d22746f4d656574696e67546f4d656574696e67416e6e6f756e636564223e0a20202020202020203c64693a776179706f696e7420783d22313139302220793d2235383022202f3e0a20202020202020203c64693a776179706f696e7420783d22313239372220793d2235383022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e67416e6e6f756e636564546f4d656574696e674f7574636f6d655265636f7264656445646765222062706d6e456c656d656e743d226d656574696e67416e6e6f756e636564546f4d656574696e674f7574636f6d655265636f72646564223e0a20202020202020203c64693a776179706f696e7420783d22313333332220793d2235383022202f3e0a20202020202020203c64693a776179706f696e7420783d22313434372220793d2235383022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e45646765222062706d6e456c656d656e743d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e223e0a20202020202020203c64693a776179706f696e7420783d22313438332220793d2235383022202f3e0a20202020202020203c64693a776179706f696e7420783d22313539302220793d2235383022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e67417070726f76656445646765222062706d6e456c656d656e743d226d656574696e67417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313631352220793d2235353522202f3e0a20202020202020203c64693a776179706f696e7420783d22313631352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22323439302220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313631392220793d22353539222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674e6f74417070726f76656445646765222062706d6e456c656d656e743d226d656574696e674e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313634302220793d2235383022202f3e0a20202020202020203c64693a776179706f696e7420783d22323439302220793d2235383022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313634342220793d22353632222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674d6f766564546f54617045646765222062706d6e456c656d656e743d226d656574696e674d6f766564546f546170223e0a20202020202020203c64693a776179706f696e7420783d22313631352220793d2235353522202f3e0a20202020202020203c64693a776179706f696e7420783d22313631352220793d2234363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313734372220793d2234363022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313631392220793d22353539222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674d6f726554696d6545646765222062706d6e456c656d656e743d226d656574696e674d6f726554696d65223e0a20202020202020203c64693a776179706f696e7420783d22313631352220793d2236303522202f3e0a20202020202020203c64693a776179706f696e7420783d22313631352220793d2237303022202f3e0a20202020202020203c64693a776179706f696e7420783d22313734302220793d2237303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313631392220793d22363039222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f73656445646765222062706d6e456c656d656e743d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d22313739302220793d2237303022202f3e0a20202020202020203c64693a776179706f696e7420783d22313839372220793d2237303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d6557696e646f77546f5365636f6e644f626a656374696f6e45646765222062706d6e456c656d656e743d226d6f726554696d6557696e646f77546f5365636f6e644f626a656374696f6e223e0a20202020202020203c64693a776179706f696e7420783d22313736352220793d2237323522202f3e0a20202020202020203c64693a776179706f696e7420783d22313736352220793d2238323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313839372220793d2238323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d6545646765222062706d6e456c656d656e743d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d65223e0a20202020202020203c64693a776179706f696e7420783d22313933332220793d2237303022202f3e0a20202020202020203c64693a776179706f696e7420783d22323031302220793d2237303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e45646765222062706d6e456c656d656e743d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e223e0a20202020202020203c64693a776179706f696e7420783d22323132302220793d2237303022202f3e0a20202020202020203c64693a776179706f696e7420783d22323139302220793d2237303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d65417070726f76656445646765222062706d6e456c656d656e743d226d6f726554696d65417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22323231352220793d2236373522202f3e0a20202020202020203c64693a776179706f696e7420783d22323231352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22323439302220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22323231392220793d22363739222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d654e6f74417070726f76656445646765222062706d6e456c656d656e743d226d6f726554696d654e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22323231352220793d2236373522202f3e0a20202020202020203c64693a776179706f696e7420783d22323231352220793d2235383022202f3e0a20202020202020203c64693a776179706f696e7420783d22323439302220793d2235383022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22323231392220793d22363739222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227365636f6e644f626a656374696f6e546f546f4e6f74417070726f76656445646765222062706d6e456c656d656e743d227365636f6e644f626a656374696f6e546f546f4e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313931352220793d2238303222202f3e0a20202020202020203c64693a776179706f696e7420783d22313931352220793d2235383022202f3e0a20202020202020203c64693a776179706f696e7420783d22323439302220793d2235383022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f417070726f766564546f417070726f76656445646765222062706d6e456c656d656e743d22746f417070726f766564546f417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22323534302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22323634372220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f4e6f74417070726f766564546f4e6f74417070726f76656445646765222062706d6e456c656d656e743d22746f4e6f74417070726f766564546f4e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22323534302220793d2235383022202f3e0a20202020202020203c64693a776179706f696e7420783d22323634372220793d2235383022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a', false, NULL, 1, '2026-11-29 15:35:27.32', NULL, NULL);
INSERT INTO public.act_ge_bytearray VALUES ('80661dd7-ec0a-11f1-9d50-02fc00000001', 1, 'processes/recommendation-deletion.bpmn', '80650c64-ec0a-11f1-9d50-02fc00000001', '\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44492220786d6c6e733a63616d756e64613d22687474703a2f2f63616d756e64612e6f72672f736368656d612f312e302f62706d6e2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e6365222069643d227265636f6d6d656e646174696f6e44656c6574696f6e446566696e6974696f6e7322207461726765744e616d6573706163653d2268747470733a2f2f726563666c6f772e6f72672f62706d6e22206578706f727465723d22726563666c6f7722206578706f7274657256657273696f6e3d2231223e0a20203c62706d6e3a70726f636573732069643d227265636f6d6d656e646174696f6e44656c6574696f6e22206e616d653d2244656c6574696f6e206f662061205265636f6d6d656e646174696f6e206265747765656e205754534173202857545341205265736f6c7574696f6e203120c2a7392e382e322c20412e3820c2a7382e32292220697345786563757461626c653d2274727565222063616d756e64613a686973746f727954696d65546f4c6976653d22313830223e0a202020203c62706d6e3a73746172744576656e742069643d2264656c6574696f6e41677265656422206e616d653d2244656c6574696f6e206167726565642c2063697263756c617220697373756564223e0a2020202020203c62706d6e3a6f7574676f696e673e64656c6574696f6e416772656564546f4f626a656374696f6e57696e646f77436c6f7365643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226f626a656374696f6e57696e646f77436c6f73656422206e616d653d224f626a656374696f6e2077696e646f7720636c6f736564202833206d6f6e74687329223e0a2020202020203c62706d6e3a696e636f6d696e673e64656c6574696f6e416772656564546f4f626a656374696f6e57696e646f77436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6f626a656374696f6e57696e646f77436c6f736564546f436865636b4f626a656374696f6e733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226f626a656374696f6e57696e646f77436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6f626a656374696f6e57696e646f77436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636865636b4f626a656374696f6e7322206e616d653d22436865636b20666f72206f626a656374696f6e73222063616d756e64613a64656c656761746545787072657373696f6e3d22247b64656c6574696f6e436c6f736557696e646f777d223e0a2020202020203c62706d6e3a696e636f6d696e673e6f626a656374696f6e57696e646f77436c6f736564546f436865636b4f626a656374696f6e733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636865636b4f626a656374696f6e73546f416e794f626a656374696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22616e794f626a656374696f6e22206e616d653d22416e79206f626a656374696f6e3f223e0a2020202020203c62706d6e3a696e636f6d696e673e636865636b4f626a656374696f6e73546f416e794f626a656374696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6e6f4f626a656374696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6f626a656374696f6e52656365697665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d2264656c6574656422206e616d653d2244656c65746564223e0a2020202020203c62706d6e3a696e636f6d696e673e6e6f4f626a656374696f6e3c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a656e644576656e742069643d2272657475726e6564546f537475647947726f757022206e616d653d2252657475726e656420746f207468652073747564792067726f7570223e0a2020202020203c62706d6e3a696e636f6d696e673e6f626a656374696f6e52656365697665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2264656c6574696f6e416772656564546f4f626a656374696f6e57696e646f77436c6f7365642220736f757263655265663d2264656c6574696f6e41677265656422207461726765745265663d226f626a656374696f6e57696e646f77436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226f626a656374696f6e57696e646f77436c6f736564546f436865636b4f626a656374696f6e732220736f757263655265663d226f626a656374696f6e57696e646f77436c6f73656422207461726765745265663d22636865636b4f626a656374696f6e7322202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636865636b4f626a656374696f6e73546f416e794f626a656374696f6e2220736f757263655265663d22636865636b4f626a656374696f6e7322207461726765745265663d22616e794f626a656374696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226e6f4f626a656374696f6e22206e616d653d226e6f2220736f757263655265663d22616e794f626a656374696f6e22207461726765745265663d2264656c65746564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b77696e646f77526573756c74203d3d202744454c45544544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226f626a656374696f6e526563656976656422206e616d653d227965732220736f757263655265663d22616e794f626a656374696f6e22207461726765745265663d2272657475726e6564546f537475647947726f7570223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b77696e646f77526573756c74203d3d202752455455524e45445f544f5f5347277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d2069643d227265636f6d6d656e646174696f6e44656c6574696f6e4469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d227265636f6d6d656e646174696f6e44656c6574696f6e506c616e65222062706d6e456c656d656e743d227265636f6d6d656e646174696f6e44656c6574696f6e223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2264656c6574696f6e4167726565645368617065222062706d6e456c656d656e743d2264656c6574696f6e416772656564223e0a20202020202020203c64633a426f756e647320783d2239372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d2236372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226f626a656374696f6e57696e646f77436c6f7365645368617065222062706d6e456c656d656e743d226f626a656374696f6e57696e646f77436c6f736564223e0a20202020202020203c64633a426f756e647320783d223234372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223231372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636865636b4f626a656374696f6e735368617065222062706d6e456c656d656e743d22636865636b4f626a656374696f6e73223e0a20202020202020203c64633a426f756e647320783d223336302220793d223630222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22616e794f626a656374696f6e5368617065222062706d6e456c656d656e743d22616e794f626a656374696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223534302220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223531302220793d223434222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2264656c657465645368617065222062706d6e456c656d656e743d2264656c65746564223e0a20202020202020203c64633a426f756e647320783d223639372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223636372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2272657475726e6564546f537475647947726f75705368617065222062706d6e456c656d656e743d2272657475726e6564546f537475647947726f7570223e0a20202020202020203c64633a426f756e647320783d223639372220793d22323032222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223636372220793d22323432222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2264656c6574696f6e416772656564546f4f626a656374696f6e57696e646f77436c6f73656445646765222062706d6e456c656d656e743d2264656c6574696f6e416772656564546f4f626a656374696f6e57696e646f77436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d223133332220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223234372220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226f626a656374696f6e57696e646f77436c6f736564546f436865636b4f626a656374696f6e7345646765222062706d6e456c656d656e743d226f626a656374696f6e57696e646f77436c6f736564546f436865636b4f626a656374696f6e73223e0a20202020202020203c64693a776179706f696e7420783d223238332220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223336302220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636865636b4f626a656374696f6e73546f416e794f626a656374696f6e45646765222062706d6e456c656d656e743d22636865636b4f626a656374696f6e73546f416e794f626a656374696f6e223e0a20202020202020203c64693a776179706f696e7420783d223437302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223534302220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226e6f4f626a656374696f6e45646765222062706d6e456c656d656e743d226e6f4f626a656374696f6e223e0a20202020202020203c64693a776179706f696e7420783d223539302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223639372220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223633302220793d223832222077696474683d22333022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226f626a656374696f6e526563656976656445646765222062706d6e456c656d656e743d226f626a656374696f6e5265636569766564223e0a20202020202020203c64693a776179706f696e7420783d223536352220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223536352220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223639372220793d2232323022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223537312220793d22313630222077696474683d22333022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a', false, NULL, 1, '2026-11-29 15:35:27.32', NULL, NULL);
INSERT INTO public.act_ge_bytearray VALUES ('80661dd8-ec0a-11f1-9d50-02fc00000001', 1, 'processes/question-approval.bpmn', '80650c64-ec0a-11f1-9d50-02fc00000001', '\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44492220786d6c6e733a63616d756e64613d22687474703a2f2f63616d756e64612e6f72672f736368656d612f312e302f62706d6e2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e6365222069643d227175657374696f6e417070726f76616c446566696e6974696f6e7322207461726765744e616d6573706163653d2268747470733a2f2f726563666c6f772e6f72672f62706d6e22206578706f727465723d22726563666c6f7722206578706f7274657256657273696f6e3d2231223e0a20203c62706d6e3a70726f636573732069643d227175657374696f6e417070726f76616c22206e616d653d22417070726f76616c206f662061206e6577206f722072657669736564205175657374696f6e206265747765656e205754534173202857545341205265736f6c7574696f6e203120c2a7372e33292220697345786563757461626c653d2274727565222063616d756e64613a686973746f727954696d65546f4c6976653d22313830223e0a202020203c62706d6e3a73746172744576656e742069643d227175657374696f6e41677265656422206e616d653d225175657374696f6e20616772656564223e0a2020202020203c62706d6e3a6f7574676f696e673e7175657374696f6e416772656564546f506f6c696379496d706c69636174696f6e733c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22706f6c696379496d706c69636174696f6e7322206e616d653d22506f6c69637920696d706c69636174696f6e73206f7220646f7562743f223e0a2020202020203c62706d6e3a696e636f6d696e673e7175657374696f6e416772656564546f506f6c696379496d706c69636174696f6e733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6e6f506f6c696379496d706c69636174696f6e733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e706f6c696379496d706c69636174696f6e734f72446f7562743c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d22636f6e73756c746174696f6e436c6f73656422206e616d653d22436f6e73756c746174696f6e20636c6f736564202832206d6f6e74687329223e0a2020202020203c62706d6e3a696e636f6d696e673e706f6c696379496d706c69636174696f6e734f72446f7562743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d22636f6e73756c746174696f6e436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f7365436f6e73756c746174696f6e22206e616d653d22436f756e7420746865204d656d626572205374617465207265706c696573222063616d756e64613a64656c656761746545787072657373696f6e3d22247b7175657374696f6e436c6f7365436f6e73756c746174696f6e7d223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65743c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d227468726573686f6c644d657422206e616d653d22373025206f72206d6f726520696e20737570706f72742c206f72206e6f207265706c793f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e537570706f7274733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e42656c6f775468726573686f6c643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f417070726f76656422206e616d653d22223e0a2020202020203c62706d6e3a696e636f6d696e673e6e6f506f6c696379496d706c69636174696f6e733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e537570706f7274733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d22617070726f76656422206e616d653d22417070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a656e644576656e742069643d2272657475726e6564546f537475647947726f757022206e616d653d2252657475726e656420746f207468652073747564792067726f7570223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e42656c6f775468726573686f6c643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226e6f506f6c696379496d706c69636174696f6e7322206e616d653d226e6f2028c2a7372e332e33292220736f757263655265663d22706f6c696379496d706c69636174696f6e7322207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b21706f6c696379496d706c69636174696f6e737d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22706f6c696379496d706c69636174696f6e734f72446f75627422206e616d653d227965733a20636f6e73756c7420746865204d656d626572205374617465732220736f757263655265663d22706f6c696379496d706c69636174696f6e7322207461726765745265663d22636f6e73756c746174696f6e436c6f736564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b706f6c696379496d706c69636174696f6e737d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227175657374696f6e416772656564546f506f6c696379496d706c69636174696f6e732220736f757263655265663d227175657374696f6e41677265656422207461726765745265663d22706f6c696379496d706c69636174696f6e7322202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e2220736f757263655265663d22636f6e73756c746174696f6e436c6f73656422207461726765745265663d22636c6f7365436f6e73756c746174696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65742220736f757263655265663d22636c6f7365436f6e73756c746174696f6e22207461726765745265663d227468726573686f6c644d657422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e537570706f72747322206e616d653d227965732220736f757263655265663d227468726573686f6c644d657422207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e526573756c74203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e42656c6f775468726573686f6c6422206e616d653d2262656c6f77203730252220736f757263655265663d227468726573686f6c644d657422207461726765745265663d2272657475726e6564546f537475647947726f7570223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e526573756c74203d3d202752455455524e45445f544f5f5347277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f417070726f766564546f417070726f7665642220736f757263655265663d22746f417070726f76656422207461726765745265663d22617070726f76656422202f3e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d2069643d227175657374696f6e417070726f76616c4469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d227175657374696f6e417070726f76616c506c616e65222062706d6e456c656d656e743d227175657374696f6e417070726f76616c223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227175657374696f6e4167726565645368617065222062706d6e456c656d656e743d227175657374696f6e416772656564223e0a20202020202020203c64633a426f756e647320783d2239372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d2236372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22706f6c696379496d706c69636174696f6e735368617065222062706d6e456c656d656e743d22706f6c696379496d706c69636174696f6e73222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223234302220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223231302220793d223430222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636f6e73756c746174696f6e436c6f7365645368617065222062706d6e456c656d656e743d22636f6e73756c746174696f6e436c6f736564223e0a20202020202020203c64633a426f756e647320783d223339372220793d22323032222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223336372220793d22323432222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f7365436f6e73756c746174696f6e5368617065222062706d6e456c656d656e743d22636c6f7365436f6e73756c746174696f6e223e0a20202020202020203c64633a426f756e647320783d223531302220793d22313830222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227468726573686f6c644d65745368617065222062706d6e456c656d656e743d227468726573686f6c644d6574222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223639302220793d22313935222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223636302220793d22313630222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f417070726f7665645368617065222062706d6e456c656d656e743d22746f417070726f766564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223834302220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223831302220793d22313239222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f7665645368617065222062706d6e456c656d656e743d22617070726f766564223e0a20202020202020203c64633a426f756e647320783d223939372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223936372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2272657475726e6564546f537475647947726f75705368617065222062706d6e456c656d656e743d2272657475726e6564546f537475647947726f7570223e0a20202020202020203c64633a426f756e647320783d223939372220793d22333232222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223936372220793d22333632222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226e6f506f6c696379496d706c69636174696f6e7345646765222062706d6e456c656d656e743d226e6f506f6c696379496d706c69636174696f6e73223e0a20202020202020203c64693a776179706f696e7420783d223239302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223834302220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223239342220793d223832222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22706f6c696379496d706c69636174696f6e734f72446f75627445646765222062706d6e456c656d656e743d22706f6c696379496d706c69636174696f6e734f72446f756274223e0a20202020202020203c64693a776179706f696e7420783d223236352220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223236352220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223339372220793d2232323022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223237322220793d22313530222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227175657374696f6e416772656564546f506f6c696379496d706c69636174696f6e7345646765222062706d6e456c656d656e743d227175657374696f6e416772656564546f506f6c696379496d706c69636174696f6e73223e0a20202020202020203c64693a776179706f696e7420783d223133332220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223234302220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e45646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e223e0a20202020202020203c64693a776179706f696e7420783d223433332220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223531302220793d2232323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d657445646765222062706d6e456c656d656e743d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d6574223e0a20202020202020203c64693a776179706f696e7420783d223632302220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223639302220793d2232323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e537570706f72747345646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e537570706f727473223e0a20202020202020203c64693a776179706f696e7420783d223734302220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223836352220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223836352220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223737302220793d22323032222077696474683d22333022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e42656c6f775468726573686f6c6445646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e42656c6f775468726573686f6c64223e0a20202020202020203c64693a776179706f696e7420783d223731352220793d2232343522202f3e0a20202020202020203c64693a776179706f696e7420783d223731352220793d2233343022202f3e0a20202020202020203c64693a776179706f696e7420783d223939372220793d2233343022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223732322220793d22323830222077696474683d22363022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f417070726f766564546f417070726f76656445646765222062706d6e456c656d656e743d22746f417070726f766564546f417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d223839302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223939372220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a', false, NULL, 1, '2026-11-29 15:35:27.32', NULL, NULL);


--
-- Data for Name: act_ge_property; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ge_property VALUES ('schema.version', 'fox', 1);
INSERT INTO public.act_ge_property VALUES ('schema.history', 'create(fox)', 1);
INSERT INTO public.act_ge_property VALUES ('next.dbid', '1', 1);
INSERT INTO public.act_ge_property VALUES ('deployment.lock', '0', 1);
INSERT INTO public.act_ge_property VALUES ('history.cleanup.job.lock', '0', 1);
INSERT INTO public.act_ge_property VALUES ('startup.lock', '0', 1);
INSERT INTO public.act_ge_property VALUES ('installationId.lock', '0', 1);
INSERT INTO public.act_ge_property VALUES ('historyLevel', '3', 1);
INSERT INTO public.act_ge_property VALUES ('camunda.installation.id', '27e0b469-ccb7-4185-84bf-8287b014789b', 1);


--
-- Data for Name: act_ge_schema_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ge_schema_log VALUES ('0', '2026-11-29 15:35:26.391396', '7.24.0');


--
-- Data for Name: act_hi_actinst; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_hi_actinst VALUES ('approvalRequested:81e36f18-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', 'approvalRequested', NULL, NULL, NULL, 'Approval requested after determination', 'startEvent', NULL, '2027-01-04 09:00:00', '2027-01-04 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('consultationAnnounced:81e543db-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81e4a799-ec0a-11f1-9d50-02fc00000001', 'consultationAnnounced', NULL, NULL, NULL, 'Intent announced, consultation opened (3 months ahead)', 'intermediateMessageCatch', NULL, '2027-01-04 09:00:00', '2027-01-04 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('approvalRequested:8200bb25-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'approvalRequested', NULL, NULL, NULL, 'Approval requested', 'startEvent', NULL, '2027-01-04 09:00:00', '2027-01-04 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallAnnounced:8200bb28-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '8200bb26-ec0a-11f1-9d50-02fc00000001', 'lastCallAnnounced', NULL, NULL, NULL, 'Last Call announced', 'intermediateMessageCatch', NULL, '2027-01-04 09:00:00', '2027-01-04 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('closeLastCall:821b9630-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'closeLastCall', NULL, NULL, NULL, 'Count Last Call comments', 'serviceTask', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 7, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallCommented:821d1cd3-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'lastCallCommented', NULL, NULL, NULL, 'Any comment in Last Call?', 'exclusiveGateway', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 9, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallClosed:820723cc-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '820723cb-ec0a-11f1-9d50-02fc00000001', 'lastCallClosed', NULL, NULL, NULL, 'Last Call closed', 'intermediateTimer', NULL, '2027-01-04 09:00:00', '2027-02-02 09:00:00', 2505600000, 4, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallRoute:8223faaa-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'lastCallRoute', NULL, NULL, NULL, 'Which route after Last Call?', 'exclusiveGateway', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 13, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('toMeeting:822421bb-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'toMeeting', NULL, NULL, NULL, 'Approve at the SG meeting', 'exclusiveGateway', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 15, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallJudged:821d43e6-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '821d43e4-ec0a-11f1-9d50-02fc00000001', 'lastCallJudged', NULL, NULL, NULL, 'Last Call judged by the chairman', 'intermediateMessageCatch', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 11, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('meetingAnnounced:822421be-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '822421bc-ec0a-11f1-9d50-02fc00000001', 'meetingAnnounced', NULL, NULL, NULL, 'Meeting announced (3 weeks ahead)', 'intermediateMessageCatch', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 17, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('approvalRequested:82512536-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'approvalRequested', NULL, NULL, NULL, 'Approval requested', 'startEvent', NULL, '2027-04-05 09:00:00', '2027-04-05 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallAnnounced:82512539-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '82512537-ec0a-11f1-9d50-02fc00000001', 'lastCallAnnounced', NULL, NULL, NULL, 'Last Call announced', 'intermediateMessageCatch', NULL, '2027-04-05 09:00:00', '2027-04-05 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('deletionAgreed:82601965-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', 'recommendationDeletion', 'recommendationDeletion:1:807ade60-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', 'deletionAgreed', NULL, NULL, NULL, 'Deletion agreed, circular issued', 'startEvent', NULL, '2027-04-05 09:00:00', '2027-04-05 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('objectionWindowClosed:82604077-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', 'recommendationDeletion', 'recommendationDeletion:1:807ade60-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', '82604076-ec0a-11f1-9d50-02fc00000001', 'objectionWindowClosed', NULL, NULL, NULL, 'Objection window closed (3 months)', 'intermediateTimer', NULL, '2027-04-05 09:00:00', NULL, NULL, 0, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallClosed:8256a37d-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8256a37c-ec0a-11f1-9d50-02fc00000001', 'lastCallClosed', NULL, NULL, NULL, 'Last Call closed', 'intermediateTimer', NULL, '2027-04-05 09:00:00', '2027-05-04 09:00:00', 2505600000, 4, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('meetingOutcomeRecorded:822b9bd1-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '822b9bcf-ec0a-11f1-9d50-02fc00000001', 'meetingOutcomeRecorded', NULL, NULL, NULL, 'Meeting outcome recorded', 'intermediateMessageCatch', NULL, '2027-02-02 09:00:00', '2027-05-26 17:00:00', 9792000000, 4, 19, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('consultationClosed:81f681ef-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81f681ee-ec0a-11f1-9d50-02fc00000001', 'consultationClosed', NULL, NULL, NULL, 'Consultation closed (7 working days before the meeting)', 'intermediateTimer', NULL, '2027-01-04 09:00:00', '2027-06-01 09:00:00', 12787200000, 4, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('consultationClosed:8274d9f5-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', 'questionApproval', 'questionApproval:1:807b0572-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '8274d9f4-ec0a-11f1-9d50-02fc00000001', 'consultationClosed', NULL, NULL, NULL, 'Consultation closed (2 months)', 'intermediateTimer', NULL, '2027-05-03 09:00:00', NULL, NULL, 0, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('policyImplications:8274d9f3-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', 'questionApproval', 'questionApproval:1:807b0572-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', 'policyImplications', NULL, NULL, NULL, 'Policy implications or doubt?', 'exclusiveGateway', NULL, '2027-05-03 09:00:00', '2027-05-03 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('questionAgreed:8274b2e2-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', 'questionApproval', 'questionApproval:1:807b0572-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', 'questionAgreed', NULL, NULL, NULL, 'Question agreed', 'startEvent', NULL, '2027-05-03 09:00:00', '2027-05-03 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('approvalRequested:827e28cb-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', 'approvalRequested', NULL, NULL, NULL, 'Approval requested after determination', 'startEvent', NULL, '2027-05-03 09:00:00', '2027-05-03 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('consultationClosed:82849172-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', '82849171-ec0a-11f1-9d50-02fc00000001', 'consultationClosed', NULL, NULL, NULL, 'Consultation closed (7 working days before the meeting)', 'intermediateTimer', NULL, '2027-05-03 09:00:00', NULL, NULL, 0, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('consultationAnnounced:827e4fde-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e4fdc-ec0a-11f1-9d50-02fc00000001', 'consultationAnnounced', NULL, NULL, NULL, 'Intent announced, consultation opened (3 months ahead)', 'intermediateMessageCatch', NULL, '2027-05-03 09:00:00', '2027-05-03 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('closeLastCall:828e5575-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'closeLastCall', NULL, NULL, NULL, 'Count Last Call comments', 'serviceTask', NULL, '2027-05-04 09:00:00', '2027-05-04 09:00:00', 0, 4, 7, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallCommented:828f18c8-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'lastCallCommented', NULL, NULL, NULL, 'Any comment in Last Call?', 'exclusiveGateway', NULL, '2027-05-04 09:00:00', '2027-05-04 09:00:00', 0, 4, 9, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('commentsResolved:8295f6a3-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8295f6a1-ec0a-11f1-9d50-02fc00000001', 'commentsResolved', NULL, NULL, NULL, 'Comments resolved', 'intermediateMessageCatch', NULL, '2027-05-04 09:00:00', NULL, NULL, 0, 15, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallRoute:8295f6a0-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'lastCallRoute', NULL, NULL, NULL, 'Which route after Last Call?', 'exclusiveGateway', NULL, '2027-05-04 09:00:00', '2027-05-04 09:00:00', 0, 4, 13, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallJudged:828f3fdb-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '828f3fd9-ec0a-11f1-9d50-02fc00000001', 'lastCallJudged', NULL, NULL, NULL, 'Last Call judged by the chairman', 'intermediateMessageCatch', NULL, '2027-05-04 09:00:00', '2027-05-04 09:00:00', 0, 4, 11, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('approvalRequested:82a008c8-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', 'approvalRequested', NULL, NULL, NULL, 'Approval requested', 'startEvent', NULL, '2027-05-24 09:00:00', '2027-05-24 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallClosed:82a55fff-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', '82a55ffe-ec0a-11f1-9d50-02fc00000001', 'lastCallClosed', NULL, NULL, NULL, 'Last Call closed', 'intermediateTimer', NULL, '2027-05-24 09:00:00', NULL, NULL, 0, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallAnnounced:82a02fdb-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', '82a02fd9-ec0a-11f1-9d50-02fc00000001', 'lastCallAnnounced', NULL, NULL, NULL, 'Last Call announced', 'intermediateMessageCatch', NULL, '2027-05-24 09:00:00', '2027-05-24 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('meetingDecision:82b64ff7-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'meetingDecision', NULL, NULL, NULL, 'What did the meeting decide?', 'exclusiveGateway', NULL, '2027-05-26 17:00:00', '2027-05-26 17:00:00', 0, 4, 21, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('moreTimeWindow:82b64ffa-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82b64ff8-ec0a-11f1-9d50-02fc00000001', 'moreTimeWindow', NULL, NULL, NULL, 'Objection within 4 weeks?', 'eventBasedGateway', NULL, '2027-05-26 17:00:00', NULL, NULL, 0, 23, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('closeConsultation:82c19a9d-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', 'closeConsultation', NULL, NULL, NULL, 'Count the Member State replies', 'serviceTask', NULL, '2027-06-01 09:00:00', '2027-06-01 09:00:00', 0, 4, 7, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('meetingOutcomeRecorded:82c36f63-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '82c36f61-ec0a-11f1-9d50-02fc00000001', 'meetingOutcomeRecorded', NULL, NULL, NULL, 'Meeting outcome recorded', 'intermediateMessageCatch', NULL, '2027-06-01 09:00:00', NULL, NULL, 0, 11, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('thresholdMet:82c36f60-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', 'thresholdMet', NULL, NULL, NULL, '70% or more in support, or no reply?', 'exclusiveGateway', NULL, '2027-06-01 09:00:00', '2027-06-01 09:00:00', 0, 4, 9, NULL, NULL);


--
-- Data for Name: act_hi_attachment; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_batch; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_caseactinst; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_caseinst; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_comment; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_dec_in; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_dec_out; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_decinst; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_detail; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_hi_detail VALUES ('81e12527-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, '81dedb35-ec0a-11f1-9d50-02fc00000001', '81e03ac6-ec0a-11f1-9d50-02fc00000001', 'approvalId', 'long', 0, '2027-01-04 09:00:00', NULL, NULL, 1, '1', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('81f60cbd-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationAnnounced:81e543db-ec0a-11f1-9d50-02fc00000001', '81f60cbc-ec0a-11f1-9d50-02fc00000001', 'consultationClosesAt', 'string', 0, '2027-01-04 09:00:00', NULL, NULL, NULL, '2027-05-27T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('82009414-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, '82009412-ec0a-11f1-9d50-02fc00000001', '82009413-ec0a-11f1-9d50-02fc00000001', 'approvalId', 'long', 0, '2027-01-04 09:00:00', NULL, NULL, 2, '2', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('8206d5aa-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallAnnounced:8200bb28-ec0a-11f1-9d50-02fc00000001', '8206d5a9-ec0a-11f1-9d50-02fc00000001', 'lastCallClosesAt', 'string', 0, '2027-01-04 09:00:00', NULL, NULL, NULL, '2027-02-02T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('821d1cd2-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'closeLastCall:821b9630-ec0a-11f1-9d50-02fc00000001', '821cf5c1-ec0a-11f1-9d50-02fc00000001', 'lastCallResult', 'string', 0, '2027-02-02 09:00:00', NULL, NULL, NULL, 'JUDGEMENT', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('8223d399-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallJudged:821d43e6-ec0a-11f1-9d50-02fc00000001', '8223d398-ec0a-11f1-9d50-02fc00000001', 'route', 'string', 0, '2027-02-02 09:00:00', NULL, NULL, NULL, 'MEETING', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('8250fe25-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe24-ec0a-11f1-9d50-02fc00000001', 'approvalId', 'long', 0, '2027-04-05 09:00:00', NULL, NULL, 3, '3', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('82567c6b-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallAnnounced:82512539-ec0a-11f1-9d50-02fc00000001', '82567c6a-ec0a-11f1-9d50-02fc00000001', 'lastCallClosesAt', 'string', 0, '2027-04-05 09:00:00', NULL, NULL, NULL, '2027-05-04T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('82601962-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'recommendationDeletion', 'recommendationDeletion:1:807ade60-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, '82601960-ec0a-11f1-9d50-02fc00000001', '82601961-ec0a-11f1-9d50-02fc00000001', 'objectionWindowClosesAt', 'string', 0, '2027-04-05 09:00:00', NULL, NULL, NULL, '2027-07-06T00:00:00Z', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('82601964-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'recommendationDeletion', 'recommendationDeletion:1:807ade60-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, '82601960-ec0a-11f1-9d50-02fc00000001', '82601963-ec0a-11f1-9d50-02fc00000001', 'deletionId', 'long', 0, '2027-04-05 09:00:00', NULL, NULL, 1, '1', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('82748bcd-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'questionApproval', 'questionApproval:1:807b0572-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, '827464bb-ec0a-11f1-9d50-02fc00000001', '82748bcc-ec0a-11f1-9d50-02fc00000001', 'questionId', 'long', 0, '2027-05-03 09:00:00', NULL, NULL, 1, '1', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('8274b2df-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'questionApproval', 'questionApproval:1:807b0572-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, '827464bb-ec0a-11f1-9d50-02fc00000001', '8274b2de-ec0a-11f1-9d50-02fc00000001', 'policyImplications', 'boolean', 0, '2027-05-03 09:00:00', NULL, NULL, 1, NULL, NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('8274b2e1-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'questionApproval', 'questionApproval:1:807b0572-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, '827464bb-ec0a-11f1-9d50-02fc00000001', '8274b2e0-ec0a-11f1-9d50-02fc00000001', 'consultationClosesAt', 'string', 0, '2027-05-03 09:00:00', NULL, NULL, NULL, '2027-07-04T00:00:00Z', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('827e28ca-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c9-ec0a-11f1-9d50-02fc00000001', 'approvalId', 'long', 0, '2027-05-03 09:00:00', NULL, NULL, 4, '4', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('82844350-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationAnnounced:827e4fde-ec0a-11f1-9d50-02fc00000001', '82841c3f-ec0a-11f1-9d50-02fc00000001', 'consultationClosesAt', 'string', 0, '2027-05-03 09:00:00', NULL, NULL, NULL, '2027-08-26T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('828f18c7-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'closeLastCall:828e5575-ec0a-11f1-9d50-02fc00000001', '828f18c6-ec0a-11f1-9d50-02fc00000001', 'lastCallResult', 'string', 0, '2027-05-04 09:00:00', NULL, NULL, NULL, 'JUDGEMENT', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('8295816f-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallJudged:828f3fdb-ec0a-11f1-9d50-02fc00000001', '8295816e-ec0a-11f1-9d50-02fc00000001', 'route', 'string', 0, '2027-05-04 09:00:00', NULL, NULL, NULL, 'COMMENT_RESOLUTION', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('829fe1b7-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, '829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b6-ec0a-11f1-9d50-02fc00000001', 'approvalId', 'long', 0, '2027-05-24 09:00:00', NULL, NULL, 5, '5', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('82a538ed-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallAnnounced:82a02fdb-ec0a-11f1-9d50-02fc00000001', '82a511dc-ec0a-11f1-9d50-02fc00000001', 'lastCallClosesAt', 'string', 0, '2027-05-24 09:00:00', NULL, NULL, NULL, '2027-06-22T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('82b628e4-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'meetingOutcomeRecorded:822b9bd1-ec0a-11f1-9d50-02fc00000001', '82b628e3-ec0a-11f1-9d50-02fc00000001', 'meetingDecision', 'string', 0, '2027-05-26 17:00:00', NULL, NULL, NULL, 'MORE_TIME', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('82b628e6-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'meetingOutcomeRecorded:822b9bd1-ec0a-11f1-9d50-02fc00000001', '82b628e5-ec0a-11f1-9d50-02fc00000001', 'moreTimeClosesAt', 'string', 0, '2027-05-26 17:00:00', NULL, NULL, NULL, '2027-06-24T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('82c3484f-ec0a-11f1-9d50-02fc00000001', 'VariableUpdate', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'closeConsultation:82c19a9d-ec0a-11f1-9d50-02fc00000001', '82c3484e-ec0a-11f1-9d50-02fc00000001', 'consultationResult', 'string', 0, '2027-06-01 09:00:00', NULL, NULL, NULL, 'CONTINUE', NULL, 1, NULL, NULL, NULL, false);


--
-- Data for Name: act_hi_ext_task_log; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_identitylink; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_incident; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_job_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_hi_job_log VALUES ('8009099b-ec0a-11f1-9d50-02fc00000001', '2026-11-29 15:35:26.709', '80070dca-ec0a-11f1-9d50-02fc00000001', '2026-11-30 01:00:00', 3, 0, NULL, NULL, 0, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, NULL, 'vm/pid5690', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('81cdc434-ec0a-11f1-9d50-02fc00000001', '2027-01-04 09:00:00', '80070dca-ec0a-11f1-9d50-02fc00000001', '2026-11-30 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid5690', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('81fa2b71-ec0a-11f1-9d50-02fc00000001', '2027-01-04 09:00:00', '81f98f30-ec0a-11f1-9d50-02fc00000001', '2027-05-27 00:00:00', 3, 0, NULL, NULL, 0, '8079cceb-ec0a-11f1-9d50-02fc00000001', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 'consultationClosed', NULL, '81f681ee-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', 'tapApproval', '80650c64-ec0a-11f1-9d50-02fc00000001', 1, NULL, 'vm/pid5690', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('82074ade-ec0a-11f1-9d50-02fc00000001', '2027-01-04 09:00:00', '82074add-ec0a-11f1-9d50-02fc00000001', '2027-02-02 00:00:00', 3, 0, NULL, NULL, 0, '807a903e-ec0a-11f1-9d50-02fc00000001', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 'lastCallClosed', NULL, '820723cb-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', 'aapApproval', '80650c64-ec0a-11f1-9d50-02fc00000001', 1, NULL, 'vm/pid5690', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('8213cdff-ec0a-11f1-9d50-02fc00000001', '2027-02-02 09:00:00', '80070dca-ec0a-11f1-9d50-02fc00000001', '2027-01-05 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid5690', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('821d6af7-ec0a-11f1-9d50-02fc00000001', '2027-02-02 09:00:00', '82074add-ec0a-11f1-9d50-02fc00000001', '2027-02-02 00:00:00', 3, 0, NULL, NULL, 2, '807a903e-ec0a-11f1-9d50-02fc00000001', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 'lastCallClosed', NULL, '820723cb-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', 'aapApproval', '80650c64-ec0a-11f1-9d50-02fc00000001', 4, NULL, 'vm/pid5690', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('824bce02-ec0a-11f1-9d50-02fc00000001', '2027-04-05 09:00:00', '80070dca-ec0a-11f1-9d50-02fc00000001', '2027-02-03 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid5690', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('8256ca8f-ec0a-11f1-9d50-02fc00000001', '2027-04-05 09:00:00', '8256ca8e-ec0a-11f1-9d50-02fc00000001', '2027-05-04 00:00:00', 3, 0, NULL, NULL, 0, '807a903e-ec0a-11f1-9d50-02fc00000001', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 'lastCallClosed', NULL, '8256a37c-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', 'aapApproval', '80650c64-ec0a-11f1-9d50-02fc00000001', 1, NULL, 'vm/pid5690', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('82604079-ec0a-11f1-9d50-02fc00000001', '2027-04-05 09:00:00', '82604078-ec0a-11f1-9d50-02fc00000001', '2027-07-06 00:00:00', 3, 0, NULL, NULL, 0, '807ade61-ec0a-11f1-9d50-02fc00000001', 'timer-intermediate-transition', 'DATE: ${objectionWindowClosesAt}', 'objectionWindowClosed', NULL, '82604076-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', 'recommendationDeletion:1:807ade60-ec0a-11f1-9d50-02fc00000001', 'recommendationDeletion', '80650c64-ec0a-11f1-9d50-02fc00000001', 1, NULL, 'vm/pid5690', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('82687dda-ec0a-11f1-9d50-02fc00000001', '2027-05-03 09:00:00', '80070dca-ec0a-11f1-9d50-02fc00000001', '2027-04-06 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid5690', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('82750107-ec0a-11f1-9d50-02fc00000001', '2027-05-03 09:00:00', '82750106-ec0a-11f1-9d50-02fc00000001', '2027-07-04 00:00:00', 3, 0, NULL, NULL, 0, '807b0573-ec0a-11f1-9d50-02fc00000001', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 'consultationClosed', NULL, '8274d9f4-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', 'questionApproval:1:807b0572-ec0a-11f1-9d50-02fc00000001', 'questionApproval', '80650c64-ec0a-11f1-9d50-02fc00000001', 1, NULL, 'vm/pid5690', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('8284b884-ec0a-11f1-9d50-02fc00000001', '2027-05-03 09:00:00', '8284b883-ec0a-11f1-9d50-02fc00000001', '2027-08-26 00:00:00', 3, 0, NULL, NULL, 0, '8079cceb-ec0a-11f1-9d50-02fc00000001', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 'consultationClosed', NULL, '82849171-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', 'tapApproval', '80650c64-ec0a-11f1-9d50-02fc00000001', 1, NULL, 'vm/pid5690', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('828f3fdc-ec0a-11f1-9d50-02fc00000001', '2027-05-04 09:00:00', '8256ca8e-ec0a-11f1-9d50-02fc00000001', '2027-05-04 00:00:00', 3, 0, NULL, NULL, 2, '807a903e-ec0a-11f1-9d50-02fc00000001', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 'lastCallClosed', NULL, '8256a37c-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', 'aapApproval', '80650c64-ec0a-11f1-9d50-02fc00000001', 4, NULL, 'vm/pid5690', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('8290c67d-ec0a-11f1-9d50-02fc00000001', '2027-05-04 09:00:00', '80070dca-ec0a-11f1-9d50-02fc00000001', '2027-05-04 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid5690', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('829b26c4-ec0a-11f1-9d50-02fc00000001', '2027-05-24 09:00:00', '80070dca-ec0a-11f1-9d50-02fc00000001', '2027-05-05 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid5690', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('82a5ae21-ec0a-11f1-9d50-02fc00000001', '2027-05-24 09:00:00', '82a58710-ec0a-11f1-9d50-02fc00000001', '2027-06-22 00:00:00', 3, 0, NULL, NULL, 0, '807a903e-ec0a-11f1-9d50-02fc00000001', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 'lastCallClosed', NULL, '82a55ffe-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', 'aapApproval', '80650c64-ec0a-11f1-9d50-02fc00000001', 1, NULL, 'vm/pid5690', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('82adc472-ec0a-11f1-9d50-02fc00000001', '2027-05-26 17:00:00', '80070dca-ec0a-11f1-9d50-02fc00000001', '2027-05-25 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid5690', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('82b6770c-ec0a-11f1-9d50-02fc00000001', '2027-05-26 17:00:00', '82b6770b-ec0a-11f1-9d50-02fc00000001', '2027-06-24 00:00:00', 3, 0, NULL, NULL, 0, '807a903d-ec0a-11f1-9d50-02fc00000001', 'timer-intermediate-transition', 'DATE: ${moreTimeClosesAt}', 'moreTimeClosed', NULL, '82b64ff8-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', 'aapApproval', '80650c64-ec0a-11f1-9d50-02fc00000001', 1, NULL, 'vm/pid5690', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('82c36f64-ec0a-11f1-9d50-02fc00000001', '2027-06-01 09:00:00', '81f98f30-ec0a-11f1-9d50-02fc00000001', '2027-05-27 00:00:00', 3, 0, NULL, NULL, 2, '8079cceb-ec0a-11f1-9d50-02fc00000001', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 'consultationClosed', NULL, '81f681ee-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', 'tapApproval', '80650c64-ec0a-11f1-9d50-02fc00000001', 4, NULL, 'vm/pid5690', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('82c459c5-ec0a-11f1-9d50-02fc00000001', '2027-06-01 09:00:00', '80070dca-ec0a-11f1-9d50-02fc00000001', '2027-05-27 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid5690', NULL, NULL);


--
-- Data for Name: act_hi_op_log; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_procinst; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_hi_procinst VALUES ('81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', 'APPROVAL-1', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '2027-01-04 09:00:00', NULL, NULL, NULL, NULL, 'approvalRequested', NULL, NULL, '81dedb35-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'APPROVAL-2', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '2027-01-04 09:00:00', NULL, NULL, NULL, NULL, 'approvalRequested', NULL, NULL, '82009412-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'APPROVAL-3', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '2027-04-05 09:00:00', NULL, NULL, NULL, NULL, 'approvalRequested', NULL, NULL, '8250fe23-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('82601960-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', 'DELETION-1', 'recommendationDeletion', 'recommendationDeletion:1:807ade60-ec0a-11f1-9d50-02fc00000001', '2027-04-05 09:00:00', NULL, NULL, NULL, NULL, 'deletionAgreed', NULL, NULL, '82601960-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', 'QUESTION-1', 'questionApproval', 'questionApproval:1:807b0572-ec0a-11f1-9d50-02fc00000001', '2027-05-03 09:00:00', NULL, NULL, NULL, NULL, 'questionAgreed', NULL, NULL, '827464bb-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', 'APPROVAL-4', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '2027-05-03 09:00:00', NULL, NULL, NULL, NULL, 'approvalRequested', NULL, NULL, '827e28c8-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', 'APPROVAL-5', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '2027-05-24 09:00:00', NULL, NULL, NULL, NULL, 'approvalRequested', NULL, NULL, '829fe1b5-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);


--
-- Data for Name: act_hi_taskinst; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_varinst; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_hi_varinst VALUES ('81e03ac6-ec0a-11f1-9d50-02fc00000001', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'approvalId', 'long', '2027-01-04 09:00:00', 0, NULL, NULL, 1, '1', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('81f60cbc-ec0a-11f1-9d50-02fc00000001', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationClosesAt', 'string', '2027-01-04 09:00:00', 0, NULL, NULL, NULL, '2027-05-27T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('82009413-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'approvalId', 'long', '2027-01-04 09:00:00', 0, NULL, NULL, 2, '2', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('8206d5a9-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallClosesAt', 'string', '2027-01-04 09:00:00', 0, NULL, NULL, NULL, '2027-02-02T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('821cf5c1-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallResult', 'string', '2027-02-02 09:00:00', 0, NULL, NULL, NULL, 'JUDGEMENT', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('8223d398-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'route', 'string', '2027-02-02 09:00:00', 0, NULL, NULL, NULL, 'MEETING', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('8250fe24-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'approvalId', 'long', '2027-04-05 09:00:00', 0, NULL, NULL, 3, '3', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('82567c6a-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallClosesAt', 'string', '2027-04-05 09:00:00', 0, NULL, NULL, NULL, '2027-05-04T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('82601961-ec0a-11f1-9d50-02fc00000001', 'recommendationDeletion', 'recommendationDeletion:1:807ade60-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'objectionWindowClosesAt', 'string', '2027-04-05 09:00:00', 0, NULL, NULL, NULL, '2027-07-06T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('82601963-ec0a-11f1-9d50-02fc00000001', 'recommendationDeletion', 'recommendationDeletion:1:807ade60-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'deletionId', 'long', '2027-04-05 09:00:00', 0, NULL, NULL, 1, '1', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('82748bcc-ec0a-11f1-9d50-02fc00000001', 'questionApproval', 'questionApproval:1:807b0572-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'questionId', 'long', '2027-05-03 09:00:00', 0, NULL, NULL, 1, '1', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('8274b2de-ec0a-11f1-9d50-02fc00000001', 'questionApproval', 'questionApproval:1:807b0572-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'policyImplications', 'boolean', '2027-05-03 09:00:00', 0, NULL, NULL, 1, NULL, NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('8274b2e0-ec0a-11f1-9d50-02fc00000001', 'questionApproval', 'questionApproval:1:807b0572-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationClosesAt', 'string', '2027-05-03 09:00:00', 0, NULL, NULL, NULL, '2027-07-04T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('827e28c9-ec0a-11f1-9d50-02fc00000001', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'approvalId', 'long', '2027-05-03 09:00:00', 0, NULL, NULL, 4, '4', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('82841c3f-ec0a-11f1-9d50-02fc00000001', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationClosesAt', 'string', '2027-05-03 09:00:00', 0, NULL, NULL, NULL, '2027-08-26T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('828f18c6-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallResult', 'string', '2027-05-04 09:00:00', 0, NULL, NULL, NULL, 'JUDGEMENT', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('8295816e-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'route', 'string', '2027-05-04 09:00:00', 0, NULL, NULL, NULL, 'COMMENT_RESOLUTION', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('829fe1b6-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'approvalId', 'long', '2027-05-24 09:00:00', 0, NULL, NULL, 5, '5', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('82a511dc-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallClosesAt', 'string', '2027-05-24 09:00:00', 0, NULL, NULL, NULL, '2027-06-22T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('82b628e3-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'meetingDecision', 'string', '2027-05-26 17:00:00', 0, NULL, NULL, NULL, 'MORE_TIME', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('82b628e5-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'moreTimeClosesAt', 'string', '2027-05-26 17:00:00', 0, NULL, NULL, NULL, '2027-06-24T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('82c3484e-ec0a-11f1-9d50-02fc00000001', 'tapApproval', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationResult', 'string', '2027-06-01 09:00:00', 0, NULL, NULL, NULL, 'CONTINUE', NULL, NULL, 'CREATED', NULL);


--
-- Data for Name: act_id_group; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_id_group VALUES ('camunda-admin', 1, 'camunda BPM Administrators', 'SYSTEM');


--
-- Data for Name: act_id_info; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_id_membership; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_id_membership VALUES ('admin', 'camunda-admin');


--
-- Data for Name: act_id_tenant; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_id_tenant_member; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_id_user; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_id_user VALUES ('admin', 1, 'Camunda', 'Administrator', 'admin@localhost', '{SHA-512}Is6CH8YZsxrDToCEsRcQ//y53TpBG12lj9v9xtAuEvn46uE6Y4S/ZM7ZyvVthF9pHsrVzR5mBcJDerfrGDizIw==', 'MQrL3dVOYF95jpEGc3e/pw==', NULL, NULL, NULL);


--
-- Data for Name: act_re_camformdef; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_re_case_def; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_re_decision_def; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_re_decision_req_def; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_re_deployment; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_re_deployment VALUES ('80650c64-ec0a-11f1-9d50-02fc00000001', 'recflow', '2026-11-29 15:35:27.303', NULL, NULL);


--
-- Data for Name: act_re_procdef; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_re_procdef VALUES ('aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', 1, 'https://recflow.org/bpmn', 'AAP approval of a Recommendation (ITU-T A.8)', 'aapApproval', 1, '80650c64-ec0a-11f1-9d50-02fc00000001', 'processes/aap-approval.bpmn', NULL, false, 1, NULL, NULL, 180, true);
INSERT INTO public.act_re_procdef VALUES ('questionApproval:1:807b0572-ec0a-11f1-9d50-02fc00000001', 1, 'https://recflow.org/bpmn', 'Approval of a new or revised Question between WTSAs (WTSA Resolution 1 §7.3)', 'questionApproval', 1, '80650c64-ec0a-11f1-9d50-02fc00000001', 'processes/question-approval.bpmn', NULL, false, 1, NULL, NULL, 180, true);
INSERT INTO public.act_re_procdef VALUES ('recommendationDeletion:1:807ade60-ec0a-11f1-9d50-02fc00000001', 1, 'https://recflow.org/bpmn', 'Deletion of a Recommendation between WTSAs (WTSA Resolution 1 §9.8.2, A.8 §8.2)', 'recommendationDeletion', 1, '80650c64-ec0a-11f1-9d50-02fc00000001', 'processes/recommendation-deletion.bpmn', NULL, false, 1, NULL, NULL, 180, true);
INSERT INTO public.act_re_procdef VALUES ('tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', 1, 'https://recflow.org/bpmn', 'TAP approval of a Recommendation (WTSA Resolution 1 §9)', 'tapApproval', 1, '80650c64-ec0a-11f1-9d50-02fc00000001', 'processes/tap-approval.bpmn', NULL, false, 1, NULL, NULL, 180, true);


--
-- Data for Name: act_ru_authorization; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_authorization VALUES ('8017888c-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 0, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('801872ed-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 1, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('8018c10e-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 2, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('8019363f-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 3, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('80198460-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 4, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('8019f991-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 5, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('801a6ec2-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 6, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('801abce3-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 7, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('801b0b04-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 8, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('801b5925-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 9, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('801bf566-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 10, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('801c4387-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 11, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('801cb8b8-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 12, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('801d06d9-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 13, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('801d54fa-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 14, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('801dca2b-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 15, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('801e666c-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 16, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('801edb9d-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 17, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('801f29be-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 18, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('801f77df-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 19, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('801fc600-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 20, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('80201421-ec0a-11f1-9d50-02fc00000001', 1, 1, 'camunda-admin', NULL, 21, '*', 2147483647, NULL, NULL);


--
-- Data for Name: act_ru_batch; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_case_execution; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_case_sentry_part; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_event_subscr; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_event_subscr VALUES ('8295f6a2-ec0a-11f1-9d50-02fc00000001', 1, 'message', 'AapCommentsResolved', '8295f6a1-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'commentsResolved', NULL, '2027-05-04 09:00:00', NULL);
INSERT INTO public.act_ru_event_subscr VALUES ('82b64ff9-ec0a-11f1-9d50-02fc00000001', 1, 'message', 'AapMoreTimeDecided', '82b64ff8-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'secondObjection', NULL, '2027-05-26 17:00:00', NULL);
INSERT INTO public.act_ru_event_subscr VALUES ('82c36f62-ec0a-11f1-9d50-02fc00000001', 1, 'message', 'TapMeetingOutcomeRecorded', '82c36f61-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', 'meetingOutcomeRecorded', NULL, '2027-06-01 09:00:00', NULL);


--
-- Data for Name: act_ru_execution; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_execution VALUES ('82849171-ec0a-11f1-9d50-02fc00000001', 1, NULL, '827e28c8-ec0a-11f1-9d50-02fc00000001', NULL, '827e28c8-ec0a-11f1-9d50-02fc00000001', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, 'consultationClosed', 'consultationClosed:82849172-ec0a-11f1-9d50-02fc00000001', true, false, true, false, 1, 4, 5, NULL, 'tapApproval');
INSERT INTO public.act_ru_execution VALUES ('827e28c8-ec0a-11f1-9d50-02fc00000001', 2, '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', 'APPROVAL-4', NULL, 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, '827e28c8-ec0a-11f1-9d50-02fc00000001', false, false, true, false, 1, 16, 4, NULL, 'tapApproval');
INSERT INTO public.act_ru_execution VALUES ('82c36f61-ec0a-11f1-9d50-02fc00000001', 1, NULL, '81dedb35-ec0a-11f1-9d50-02fc00000001', NULL, '81dedb35-ec0a-11f1-9d50-02fc00000001', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, 'meetingOutcomeRecorded', 'meetingOutcomeRecorded:82c36f63-ec0a-11f1-9d50-02fc00000001', true, false, true, false, 1, 1, 11, NULL, 'tapApproval');
INSERT INTO public.act_ru_execution VALUES ('82601960-ec0a-11f1-9d50-02fc00000001', 1, '82601960-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', 'DELETION-1', NULL, 'recommendationDeletion:1:807ade60-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, '82601960-ec0a-11f1-9d50-02fc00000001', false, false, true, false, 1, 16, 2, NULL, 'recommendationDeletion');
INSERT INTO public.act_ru_execution VALUES ('82604076-ec0a-11f1-9d50-02fc00000001', 1, NULL, '82601960-ec0a-11f1-9d50-02fc00000001', NULL, '82601960-ec0a-11f1-9d50-02fc00000001', 'recommendationDeletion:1:807ade60-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, 'objectionWindowClosed', 'objectionWindowClosed:82604077-ec0a-11f1-9d50-02fc00000001', true, false, true, false, 1, 4, 3, NULL, 'recommendationDeletion');
INSERT INTO public.act_ru_execution VALUES ('827464bb-ec0a-11f1-9d50-02fc00000001', 1, '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', 'QUESTION-1', NULL, 'questionApproval:1:807b0572-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, '827464bb-ec0a-11f1-9d50-02fc00000001', false, false, true, false, 1, 16, 4, NULL, 'questionApproval');
INSERT INTO public.act_ru_execution VALUES ('8274d9f4-ec0a-11f1-9d50-02fc00000001', 1, NULL, '827464bb-ec0a-11f1-9d50-02fc00000001', NULL, '827464bb-ec0a-11f1-9d50-02fc00000001', 'questionApproval:1:807b0572-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, 'consultationClosed', 'consultationClosed:8274d9f5-ec0a-11f1-9d50-02fc00000001', true, false, true, false, 1, 4, 5, NULL, 'questionApproval');
INSERT INTO public.act_ru_execution VALUES ('81dedb35-ec0a-11f1-9d50-02fc00000001', 3, '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', 'APPROVAL-1', NULL, 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, '81dedb35-ec0a-11f1-9d50-02fc00000001', false, false, true, false, 1, 16, 10, NULL, 'tapApproval');
INSERT INTO public.act_ru_execution VALUES ('8295f6a1-ec0a-11f1-9d50-02fc00000001', 1, NULL, '8250fe23-ec0a-11f1-9d50-02fc00000001', NULL, '8250fe23-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, 'commentsResolved', 'commentsResolved:8295f6a3-ec0a-11f1-9d50-02fc00000001', true, false, true, false, 1, 1, 15, NULL, 'aapApproval');
INSERT INTO public.act_ru_execution VALUES ('8250fe23-ec0a-11f1-9d50-02fc00000001', 4, '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'APPROVAL-3', NULL, 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, '8250fe23-ec0a-11f1-9d50-02fc00000001', false, false, true, false, 1, 16, 14, NULL, 'aapApproval');
INSERT INTO public.act_ru_execution VALUES ('82a55ffe-ec0a-11f1-9d50-02fc00000001', 1, NULL, '829fe1b5-ec0a-11f1-9d50-02fc00000001', NULL, '829fe1b5-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, 'lastCallClosed', 'lastCallClosed:82a55fff-ec0a-11f1-9d50-02fc00000001', true, false, true, false, 1, 4, 5, NULL, 'aapApproval');
INSERT INTO public.act_ru_execution VALUES ('829fe1b5-ec0a-11f1-9d50-02fc00000001', 2, '829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', 'APPROVAL-5', NULL, 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, '829fe1b5-ec0a-11f1-9d50-02fc00000001', false, false, true, false, 1, 16, 4, NULL, 'aapApproval');
INSERT INTO public.act_ru_execution VALUES ('82b64ff8-ec0a-11f1-9d50-02fc00000001', 1, NULL, '82009412-ec0a-11f1-9d50-02fc00000001', NULL, '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, 'moreTimeWindow', 'moreTimeWindow:82b64ffa-ec0a-11f1-9d50-02fc00000001', true, false, true, false, 1, 5, 23, NULL, 'aapApproval');
INSERT INTO public.act_ru_execution VALUES ('82009412-ec0a-11f1-9d50-02fc00000001', 6, '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'APPROVAL-2', NULL, 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, '82009412-ec0a-11f1-9d50-02fc00000001', false, false, true, false, 1, 16, 22, NULL, 'aapApproval');


--
-- Data for Name: act_ru_ext_task; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_filter; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_filter VALUES ('8021c1d3-ec0a-11f1-9d50-02fc00000001', 1, 'Task', 'All tasks', NULL, '{}', '{}');


--
-- Data for Name: act_ru_identitylink; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_incident; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_job; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_job VALUES ('82604078-ec0a-11f1-9d50-02fc00000001', 1, 'timer', NULL, NULL, true, '82604076-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', 'recommendationDeletion:1:807ade60-ec0a-11f1-9d50-02fc00000001', 'recommendationDeletion', 3, NULL, NULL, NULL, '2027-07-06 00:00:00', NULL, 0, 'timer-intermediate-transition', 'objectionWindowClosed', '80650c64-ec0a-11f1-9d50-02fc00000001', 1, '807ade61-ec0a-11f1-9d50-02fc00000001', 0, 1, NULL, '2027-04-05 09:00:00', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('82750106-ec0a-11f1-9d50-02fc00000001', 1, 'timer', NULL, NULL, true, '8274d9f4-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', 'questionApproval:1:807b0572-ec0a-11f1-9d50-02fc00000001', 'questionApproval', 3, NULL, NULL, NULL, '2027-07-04 00:00:00', NULL, 0, 'timer-intermediate-transition', 'consultationClosed', '80650c64-ec0a-11f1-9d50-02fc00000001', 1, '807b0573-ec0a-11f1-9d50-02fc00000001', 0, 1, NULL, '2027-05-03 09:00:00', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('8284b883-ec0a-11f1-9d50-02fc00000001', 1, 'timer', NULL, NULL, true, '82849171-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', 'tapApproval', 3, NULL, NULL, NULL, '2027-08-26 00:00:00', NULL, 0, 'timer-intermediate-transition', 'consultationClosed', '80650c64-ec0a-11f1-9d50-02fc00000001', 1, '8079cceb-ec0a-11f1-9d50-02fc00000001', 0, 1, NULL, '2027-05-03 09:00:00', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('82a58710-ec0a-11f1-9d50-02fc00000001', 1, 'timer', NULL, NULL, true, '82a55ffe-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 3, NULL, NULL, NULL, '2027-06-22 00:00:00', NULL, 0, 'timer-intermediate-transition', 'lastCallClosed', '80650c64-ec0a-11f1-9d50-02fc00000001', 1, '807a903e-ec0a-11f1-9d50-02fc00000001', 0, 1, NULL, '2027-05-24 09:00:00', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('82b6770b-ec0a-11f1-9d50-02fc00000001', 1, 'timer', NULL, NULL, true, '82b64ff8-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 3, NULL, NULL, NULL, '2027-06-24 00:00:00', NULL, 0, 'timer-intermediate-transition', 'moreTimeClosed', '80650c64-ec0a-11f1-9d50-02fc00000001', 1, '807a903d-ec0a-11f1-9d50-02fc00000001', 0, 1, NULL, '2027-05-26 17:00:00', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('80070dca-ec0a-11f1-9d50-02fc00000001', 9, 'ever-living', NULL, NULL, true, NULL, NULL, NULL, NULL, NULL, 3, NULL, NULL, NULL, '2027-06-02 01:00:00', NULL, 0, 'history-cleanup', '{"countEmptyRuns":0,"immediatelyDue":false,"minuteFrom":0,"minuteTo":59}', NULL, 1, NULL, 0, 1, NULL, '2026-11-29 15:35:26.697', NULL, NULL);


--
-- Data for Name: act_ru_jobdef; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_jobdef VALUES ('8079ccea-ec0a-11f1-9d50-02fc00000001', 1, 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', 'tapApproval', 'moreTimeClosed', 'timer-intermediate-transition', 'DATE: ${moreTimeClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('8079cceb-ec0a-11f1-9d50-02fc00000001', 1, 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', 'tapApproval', 'consultationClosed', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('807a903d-ec0a-11f1-9d50-02fc00000001', 1, 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'moreTimeClosed', 'timer-intermediate-transition', 'DATE: ${moreTimeClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('807a903e-ec0a-11f1-9d50-02fc00000001', 1, 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'lastCallClosed', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('807a903f-ec0a-11f1-9d50-02fc00000001', 1, 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', 'aapApproval', 'additionalReviewClosed', 'timer-intermediate-transition', 'DATE: ${additionalReviewClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('807ade61-ec0a-11f1-9d50-02fc00000001', 1, 'recommendationDeletion:1:807ade60-ec0a-11f1-9d50-02fc00000001', 'recommendationDeletion', 'objectionWindowClosed', 'timer-intermediate-transition', 'DATE: ${objectionWindowClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('807b0573-ec0a-11f1-9d50-02fc00000001', 1, 'questionApproval:1:807b0572-ec0a-11f1-9d50-02fc00000001', 'questionApproval', 'consultationClosed', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 1, NULL, NULL, NULL);


--
-- Data for Name: act_ru_meter_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_meter_log VALUES ('82f4b896-ec0a-11f1-9d50-02fc00000001', 'root-process-instance-start', 'vm/pid5690', 7, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('82f4b897-ec0a-11f1-9d50-02fc00000001', 'activity-instance-start', 'vm/pid5690', 37, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('82f4b898-ec0a-11f1-9d50-02fc00000001', 'job-acquired-failure', 'vm/pid5690', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('82f4b899-ec0a-11f1-9d50-02fc00000001', 'job-locked-exclusive', 'vm/pid5690', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('82f4b89a-ec0a-11f1-9d50-02fc00000001', 'job-execution-rejected', 'vm/pid5690', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('82f4b89b-ec0a-11f1-9d50-02fc00000001', 'executed-decision-elements', 'vm/pid5690', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('82f4b89c-ec0a-11f1-9d50-02fc00000001', 'activity-instance-end', 'vm/pid5690', 30, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('82f4b89d-ec0a-11f1-9d50-02fc00000001', 'job-successful', 'vm/pid5690', 11, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('82f4b89e-ec0a-11f1-9d50-02fc00000001', 'job-acquired-success', 'vm/pid5690', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('82f4b89f-ec0a-11f1-9d50-02fc00000001', 'job-acquisition-attempt', 'vm/pid5690', 1, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('82f4b8a0-ec0a-11f1-9d50-02fc00000001', 'executed-decision-instances', 'vm/pid5690', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('82f4b8a1-ec0a-11f1-9d50-02fc00000001', 'job-failed', 'vm/pid5690', 0, '2027-06-01 09:00:00', 1811840400000);


--
-- Data for Name: act_ru_task; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_task_meter_log; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_variable; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_variable VALUES ('81e03ac6-ec0a-11f1-9d50-02fc00000001', 1, 'long', 'approvalId', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 1, '1', NULL, '81dedb35-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('81f60cbc-ec0a-11f1-9d50-02fc00000001', 1, 'string', 'consultationClosesAt', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-05-27T00:00:00Z', NULL, '81dedb35-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('82009413-ec0a-11f1-9d50-02fc00000001', 1, 'long', 'approvalId', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 2, '2', NULL, '82009412-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('8206d5a9-ec0a-11f1-9d50-02fc00000001', 1, 'string', 'lastCallClosesAt', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-02-02T00:00:00Z', NULL, '82009412-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('821cf5c1-ec0a-11f1-9d50-02fc00000001', 1, 'string', 'lastCallResult', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'JUDGEMENT', NULL, '82009412-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('8223d398-ec0a-11f1-9d50-02fc00000001', 1, 'string', 'route', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'MEETING', NULL, '82009412-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('8250fe24-ec0a-11f1-9d50-02fc00000001', 1, 'long', 'approvalId', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 3, '3', NULL, '8250fe23-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('82567c6a-ec0a-11f1-9d50-02fc00000001', 1, 'string', 'lastCallClosesAt', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-05-04T00:00:00Z', NULL, '8250fe23-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('82601961-ec0a-11f1-9d50-02fc00000001', 1, 'string', 'objectionWindowClosesAt', '82601960-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', 'recommendationDeletion:1:807ade60-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-07-06T00:00:00Z', NULL, '82601960-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('82601963-ec0a-11f1-9d50-02fc00000001', 1, 'long', 'deletionId', '82601960-ec0a-11f1-9d50-02fc00000001', '82601960-ec0a-11f1-9d50-02fc00000001', 'recommendationDeletion:1:807ade60-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 1, '1', NULL, '82601960-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('82748bcc-ec0a-11f1-9d50-02fc00000001', 1, 'long', 'questionId', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', 'questionApproval:1:807b0572-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 1, '1', NULL, '827464bb-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('8274b2de-ec0a-11f1-9d50-02fc00000001', 1, 'boolean', 'policyImplications', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', 'questionApproval:1:807b0572-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 1, NULL, NULL, '827464bb-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('8274b2e0-ec0a-11f1-9d50-02fc00000001', 1, 'string', 'consultationClosesAt', '827464bb-ec0a-11f1-9d50-02fc00000001', '827464bb-ec0a-11f1-9d50-02fc00000001', 'questionApproval:1:807b0572-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-07-04T00:00:00Z', NULL, '827464bb-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('827e28c9-ec0a-11f1-9d50-02fc00000001', 1, 'long', 'approvalId', '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 4, '4', NULL, '827e28c8-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('82841c3f-ec0a-11f1-9d50-02fc00000001', 1, 'string', 'consultationClosesAt', '827e28c8-ec0a-11f1-9d50-02fc00000001', '827e28c8-ec0a-11f1-9d50-02fc00000001', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-08-26T00:00:00Z', NULL, '827e28c8-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('828f18c6-ec0a-11f1-9d50-02fc00000001', 1, 'string', 'lastCallResult', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'JUDGEMENT', NULL, '8250fe23-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('8295816e-ec0a-11f1-9d50-02fc00000001', 1, 'string', 'route', '8250fe23-ec0a-11f1-9d50-02fc00000001', '8250fe23-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'COMMENT_RESOLUTION', NULL, '8250fe23-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('829fe1b6-ec0a-11f1-9d50-02fc00000001', 1, 'long', 'approvalId', '829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 5, '5', NULL, '829fe1b5-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('82a511dc-ec0a-11f1-9d50-02fc00000001', 1, 'string', 'lastCallClosesAt', '829fe1b5-ec0a-11f1-9d50-02fc00000001', '829fe1b5-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-06-22T00:00:00Z', NULL, '829fe1b5-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('82b628e3-ec0a-11f1-9d50-02fc00000001', 1, 'string', 'meetingDecision', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'MORE_TIME', NULL, '82009412-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('82b628e5-ec0a-11f1-9d50-02fc00000001', 1, 'string', 'moreTimeClosesAt', '82009412-ec0a-11f1-9d50-02fc00000001', '82009412-ec0a-11f1-9d50-02fc00000001', 'aapApproval:1:807a692c-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-06-24T00:00:00Z', NULL, '82009412-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('82c3484e-ec0a-11f1-9d50-02fc00000001', 1, 'string', 'consultationResult', '81dedb35-ec0a-11f1-9d50-02fc00000001', '81dedb35-ec0a-11f1-9d50-02fc00000001', 'tapApproval:1:80797ec9-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CONTINUE', NULL, '81dedb35-ec0a-11f1-9d50-02fc00000001', 1, false, NULL);


--
-- Data for Name: approval; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.approval VALUES (4, 'TAP', 'D.52', 'NEW', 'Charging of international mobile roaming', 'SG3', '["Q6/3"]', 'Principles for charging international mobile roaming.', 'SG3-TD210', '2027-04-30', NULL, 'CONSULTATION', NULL, NULL, NULL, NULL, NULL, '827e28c8-ec0a-11f1-9d50-02fc00000001', '2027-09-06', '2027-09-15', NULL, 'CONSULTATION', '2027-05-03', '2027-08-25 23:59:59+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, 1, '2027-05-03 09:00:00+00', 'chair-sg3', NULL, '2027-08-25 23:59:59+00', NULL, NULL);
INSERT INTO recflow.approval VALUES (3, 'AAP', 'X.1500', 'REVISED', 'Cybersecurity information exchange', 'SG17', '[]', 'Overview of cybersecurity information exchange.', 'SG17-TD300', '2027-03-26', NULL, 'COMMENT_RESOLUTION', NULL, NULL, NULL, NULL, NULL, '8250fe23-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, 'LAST_CALL', '2027-04-05', '2027-05-03 23:59:59+00', '2027-05-03 23:59:59+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, 1, '2027-04-05 09:00:00+00', 'chair-sg17', NULL, NULL, NULL, NULL);
INSERT INTO recflow.approval VALUES (5, 'AAP', 'Y.4480', 'NEW', 'Digital twin reference model for smart cities', 'SG20', '["Q2/20"]', 'Defines a reference model for digital twins of cities.', 'SG20-TD1234', '2027-05-21', NULL, 'LAST_CALL', NULL, NULL, NULL, NULL, NULL, '829fe1b5-ec0a-11f1-9d50-02fc00000001', NULL, NULL, NULL, 'LAST_CALL', '2027-05-24', '2027-06-21 23:59:59+00', '2027-06-21 23:59:59+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, 1, '2027-05-24 09:00:00+00', 'chair-sg20', NULL, NULL, NULL, NULL);
INSERT INTO recflow.approval VALUES (2, 'AAP', 'H.810', 'NEW', 'Metaverse interoperability framework', 'SG21', '[]', 'Framework for interoperable metaverse services.', 'SG21-TD500', '2026-12-18', NULL, 'MORE_TIME', NULL, NULL, NULL, NULL, NULL, '82009412-ec0a-11f1-9d50-02fc00000001', '2027-05-17', '2027-05-26', '2027-02-02', 'LAST_CALL', '2027-01-04', '2027-02-01 23:59:59+00', '2027-02-01 23:59:59+00', NULL, NULL, NULL, '{"meetingEnd":"2027-05-26","objections":[],"moreTimeRequestedBy":["BRA"],"abstentions":[],"reservations":[],"policyImplicationsRaisedBy":null}', '2027-06-23 23:59:59+00', NULL, NULL, false, 1, '2027-01-04 09:00:00+00', 'chair-sg21', NULL, NULL, NULL, NULL);
INSERT INTO recflow.approval VALUES (1, 'TAP', 'D.50', 'REVISED', 'International Internet connectivity', 'SG3', '["Q1/3"]', 'Principles for charging international Internet connectivity.', 'SG3-TD100', '2026-12-18', NULL, 'AWAITING_MEETING', NULL, NULL, NULL, NULL, NULL, '81dedb35-ec0a-11f1-9d50-02fc00000001', '2027-06-07', '2027-06-16', NULL, 'CONSULTATION', '2027-01-04', '2027-05-26 23:59:59+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, 1, '2027-01-04 09:00:00+00', 'chair-sg3', '2027-05-03', '2027-05-26 23:59:59+00', NULL, NULL);


--
-- Data for Name: approval_comment; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.approval_comment VALUES (1, 2, 1, 'LAST_CALL', 'ms-jpn', 'MEMBER_STATE', 'JPN', 'SUBSTANTIVE', 'Section 5 needs a clause on avatar identity', NULL, '2027-01-04 09:00:00+00');
INSERT INTO recflow.approval_comment VALUES (2, 3, 1, 'LAST_CALL', 'sm-ericsson', 'SECTOR_MEMBER', 'ericsson', 'SUBSTANTIVE', 'Clause 7 contradicts X.1520', 'Align clause 7 with X.1520', '2027-04-05 09:00:00+00');
INSERT INTO recflow.approval_comment VALUES (3, 5, 1, 'LAST_CALL', 'ms-fra', 'MEMBER_STATE', 'FRA', 'TYPOGRAPHICAL', '6.2: recieve -> receive', NULL, '2027-05-24 09:00:00+00');


--
-- Data for Name: approval_objection; Type: TABLE DATA; Schema: recflow; Owner: -
--



--
-- Data for Name: circular; Type: TABLE DATA; Schema: recflow; Owner: -
--



--
-- Data for Name: circular_pdf; Type: TABLE DATA; Schema: recflow; Owner: -
--



--
-- Data for Name: circular_text; Type: TABLE DATA; Schema: recflow; Owner: -
--



--
-- Data for Name: consultation_reply; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.consultation_reply VALUES (1, 'APPROVAL', 1, 1, 'DEU', 'SUPPORT', NULL, NULL, 'ms-deu', '2027-02-02 09:00:00+00', '2027-02-02 09:00:00+00', 1);
INSERT INTO recflow.consultation_reply VALUES (2, 'APPROVAL', 1, 1, 'BRA', 'SUPPORT', NULL, NULL, 'ms-bra', '2027-02-02 09:00:00+00', '2027-02-02 09:00:00+00', 1);
INSERT INTO recflow.consultation_reply VALUES (3, 'APPROVAL', 1, 1, 'IND', 'SUPPORT', NULL, NULL, 'ms-ind', '2027-02-02 09:00:00+00', '2027-02-02 09:00:00+00', 1);
INSERT INTO recflow.consultation_reply VALUES (4, 'APPROVAL', 1, 1, 'KEN', 'SUPPORT', NULL, NULL, 'ms-ken', '2027-02-02 09:00:00+00', '2027-02-02 09:00:00+00', 1);
INSERT INTO recflow.consultation_reply VALUES (5, 'APPROVAL', 1, 1, 'JPN', 'SUPPORT', NULL, NULL, 'ms-jpn', '2027-02-02 09:00:00+00', '2027-02-02 09:00:00+00', 1);
INSERT INTO recflow.consultation_reply VALUES (6, 'APPROVAL', 1, 1, 'MEX', 'SUPPORT', NULL, NULL, 'ms-mex', '2027-02-02 09:00:00+00', '2027-02-02 09:00:00+00', 1);
INSERT INTO recflow.consultation_reply VALUES (7, 'APPROVAL', 1, 1, 'EGY', 'SUPPORT', NULL, NULL, 'ms-egy', '2027-02-02 09:00:00+00', '2027-02-02 09:00:00+00', 1);
INSERT INTO recflow.consultation_reply VALUES (8, 'APPROVAL', 1, 1, 'USA', 'AGAINST', 'commercial matter', NULL, 'ms-usa', '2027-02-02 09:00:00+00', '2027-02-02 09:00:00+00', 1);
INSERT INTO recflow.consultation_reply VALUES (9, 'QUESTION', 1, 1, 'FRA', 'SUPPORT', NULL, NULL, 'ms-fra', '2027-05-03 09:00:00+00', '2027-05-03 09:00:00+00', 1);
INSERT INTO recflow.consultation_reply VALUES (10, 'APPROVAL', 4, 1, 'DEU', 'SUPPORT', NULL, NULL, 'ms-deu', '2027-05-03 09:00:00+00', '2027-05-03 09:00:00+00', 1);


--
-- Data for Name: consultation_reply_version; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.consultation_reply_version VALUES ('APPROVAL', 1, 1, 'DEU', 1, 'SUPPORT', NULL, NULL, 'ms-deu', '2027-02-02 09:00:00+00');
INSERT INTO recflow.consultation_reply_version VALUES ('APPROVAL', 1, 1, 'BRA', 1, 'SUPPORT', NULL, NULL, 'ms-bra', '2027-02-02 09:00:00+00');
INSERT INTO recflow.consultation_reply_version VALUES ('APPROVAL', 1, 1, 'IND', 1, 'SUPPORT', NULL, NULL, 'ms-ind', '2027-02-02 09:00:00+00');
INSERT INTO recflow.consultation_reply_version VALUES ('APPROVAL', 1, 1, 'KEN', 1, 'SUPPORT', NULL, NULL, 'ms-ken', '2027-02-02 09:00:00+00');
INSERT INTO recflow.consultation_reply_version VALUES ('APPROVAL', 1, 1, 'JPN', 1, 'SUPPORT', NULL, NULL, 'ms-jpn', '2027-02-02 09:00:00+00');
INSERT INTO recflow.consultation_reply_version VALUES ('APPROVAL', 1, 1, 'MEX', 1, 'SUPPORT', NULL, NULL, 'ms-mex', '2027-02-02 09:00:00+00');
INSERT INTO recflow.consultation_reply_version VALUES ('APPROVAL', 1, 1, 'EGY', 1, 'SUPPORT', NULL, NULL, 'ms-egy', '2027-02-02 09:00:00+00');
INSERT INTO recflow.consultation_reply_version VALUES ('APPROVAL', 1, 1, 'USA', 1, 'AGAINST', 'commercial matter', NULL, 'ms-usa', '2027-02-02 09:00:00+00');
INSERT INTO recflow.consultation_reply_version VALUES ('QUESTION', 1, 1, 'FRA', 1, 'SUPPORT', NULL, NULL, 'ms-fra', '2027-05-03 09:00:00+00');
INSERT INTO recflow.consultation_reply_version VALUES ('APPROVAL', 4, 1, 'DEU', 1, 'SUPPORT', NULL, NULL, 'ms-deu', '2027-05-03 09:00:00+00');


--
-- Data for Name: deadline; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.deadline VALUES (1, 'APPROVAL', 1, 'ITU-T D.50 (revised) International Internet connectivity', 'SG3', 'MEETING_ANNOUNCEMENT', '2027-03-07 23:59:59+00', 'TSB', '2027-01-04 09:00:00+00', '2027-01-04 09:00:00+00', 0);
INSERT INTO recflow.deadline VALUES (4, 'APPROVAL', 2, 'ITU-T H.810 (new) Metaverse interoperability framework', 'SG21', 'LAST_CALL_CLOSE', '2027-02-01 23:59:59+00', 'MEMBERS', '2027-01-04 09:00:00+00', '2027-02-02 09:00:00+00', 0);
INSERT INTO recflow.deadline VALUES (5, 'APPROVAL', 2, 'ITU-T H.810 (new) Metaverse interoperability framework', 'SG21', 'COMMENT_COMPILATION', '2027-02-15 23:59:59+00', 'CHAIR', '2027-02-02 09:00:00+00', '2027-02-02 09:00:00+00', 0);
INSERT INTO recflow.deadline VALUES (7, 'DELETION', 1, 'Deletion of ITU-T Y.2060', 'SG20', 'DELETION_OBJECTION_CLOSE', '2027-07-05 23:59:59+00', 'MEMBERS', '2027-04-05 09:00:00+00', NULL, 0);
INSERT INTO recflow.deadline VALUES (3, 'APPROVAL', 1, 'ITU-T D.50 (revised) International Internet connectivity', 'SG3', 'TEXT_DISTRIBUTION', '2027-05-07 23:59:59+00', 'TSB', '2027-01-04 09:00:00+00', '2027-05-03 09:00:00+00', 0);
INSERT INTO recflow.deadline VALUES (8, 'QUESTION', 1, 'Question Q5/20 – Digital identity for IoT devices', 'SG20', 'QUESTION_CONSULTATION_CLOSE', '2027-07-03 23:59:59+00', 'MEMBER_STATES', '2027-05-03 09:00:00+00', NULL, 0);
INSERT INTO recflow.deadline VALUES (9, 'APPROVAL', 4, 'ITU-T D.52 (new) Charging of international mobile roaming', 'SG3', 'MEETING_ANNOUNCEMENT', '2027-06-06 23:59:59+00', 'TSB', '2027-05-03 09:00:00+00', '2027-05-03 09:00:00+00', 0);
INSERT INTO recflow.deadline VALUES (10, 'APPROVAL', 4, 'ITU-T D.52 (new) Charging of international mobile roaming', 'SG3', 'CONSULTATION_CLOSE', '2027-08-25 23:59:59+00', 'MEMBER_STATES', '2027-05-03 09:00:00+00', NULL, 0);
INSERT INTO recflow.deadline VALUES (11, 'APPROVAL', 4, 'ITU-T D.52 (new) Charging of international mobile roaming', 'SG3', 'TEXT_DISTRIBUTION', '2027-08-06 23:59:59+00', 'TSB', '2027-05-03 09:00:00+00', NULL, 0);
INSERT INTO recflow.deadline VALUES (6, 'APPROVAL', 3, 'ITU-T X.1500 (revised) Cybersecurity information exchange', 'SG17', 'LAST_CALL_CLOSE', '2027-05-03 23:59:59+00', 'MEMBERS', '2027-04-05 09:00:00+00', '2027-05-04 09:00:00+00', 0);
INSERT INTO recflow.deadline VALUES (12, 'APPROVAL', 3, 'ITU-T X.1500 (revised) Cybersecurity information exchange', 'SG17', 'COMMENT_COMPILATION', '2027-05-17 23:59:59+00', 'CHAIR', '2027-05-04 09:00:00+00', NULL, 0);
INSERT INTO recflow.deadline VALUES (13, 'APPROVAL', 5, 'ITU-T Y.4480 (new) Digital twin reference model for smart cities', 'SG20', 'LAST_CALL_CLOSE', '2027-06-21 23:59:59+00', 'MEMBERS', '2027-05-24 09:00:00+00', NULL, 0);
INSERT INTO recflow.deadline VALUES (14, 'APPROVAL', 2, 'ITU-T H.810 (new) Metaverse interoperability framework', 'SG21', 'MORE_TIME_CLOSE', '2027-06-23 23:59:59+00', 'MEMBER_STATES', '2027-05-26 17:00:00+00', NULL, 0);
INSERT INTO recflow.deadline VALUES (2, 'APPROVAL', 1, 'ITU-T D.50 (revised) International Internet connectivity', 'SG3', 'CONSULTATION_CLOSE', '2027-05-26 23:59:59+00', 'MEMBER_STATES', '2027-01-04 09:00:00+00', '2027-06-01 09:00:00+00', 0);


--
-- Data for Name: deletion; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.deletion VALUES (1, 'Y.2060', 'SG20', 'AAP', 'Superseded by ITU-T Y.4000.', '2027-03-26', 'OBJECTION_PERIOD', NULL, NULL, '2027-04-05', '2027-07-05 23:59:59+00', '82601960-ec0a-11f1-9d50-02fc00000001', '2027-04-05 09:00:00+00', 'chair-sg20');


--
-- Data for Name: deletion_objection; Type: TABLE DATA; Schema: recflow; Owner: -
--



--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.flyway_schema_history VALUES (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"recflow"', NULL, 'recflow', '2026-11-29 15:35:23.945574', 0, true);
INSERT INTO recflow.flyway_schema_history VALUES (1, '1', 'approvals', 'SQL', 'V1__approvals.sql', -289992000, 'recflow', '2026-11-29 15:35:23.969896', 24, true);
INSERT INTO recflow.flyway_schema_history VALUES (2, '2', 'consultations', 'SQL', 'V2__consultations.sql', -1594511580, 'recflow', '2026-11-29 15:35:24.020623', 8, true);
INSERT INTO recflow.flyway_schema_history VALUES (3, '3', 'questions', 'SQL', 'V3__questions.sql', -2010326711, 'recflow', '2026-11-29 15:35:24.038793', 7, true);
INSERT INTO recflow.flyway_schema_history VALUES (4, '4', 'deletions', 'SQL', 'V4__deletions.sql', -1747482161, 'recflow', '2026-11-29 15:35:24.057271', 14, true);
INSERT INTO recflow.flyway_schema_history VALUES (5, '5', 'idempotency', 'SQL', 'V5__idempotency.sql', 592740841, 'recflow', '2026-11-29 15:35:24.080601', 5, true);
INSERT INTO recflow.flyway_schema_history VALUES (6, '6', 'history request id', 'SQL', 'V6__history_request_id.sql', 458126352, 'recflow', '2026-11-29 15:35:24.093997', 1, true);
INSERT INTO recflow.flyway_schema_history VALUES (7, '7', 'deadline open order', 'SQL', 'V7__deadline_open_order.sql', -646040063, 'recflow', '2026-11-29 15:35:24.0982', 3, true);
INSERT INTO recflow.flyway_schema_history VALUES (8, '8', 'reply versions', 'SQL', 'V8__reply_versions.sql', 1893641211, 'recflow', '2026-11-29 15:35:24.107333', 9, true);
INSERT INTO recflow.flyway_schema_history VALUES (9, '9', 'circulars', 'SQL', 'V9__circulars.sql', 1508904740, 'recflow', '2026-11-29 15:35:24.128843', 17, true);
INSERT INTO recflow.flyway_schema_history VALUES (10, '10', 'meetings', 'SQL', 'V10__meetings.sql', 412080793, 'recflow', '2026-11-29 15:35:24.155004', 8, true);
INSERT INTO recflow.flyway_schema_history VALUES (11, '11', 'deadline open by study group', 'SQL', 'V11__deadline_open_by_study_group.sql', -97444021, 'recflow', '2026-11-29 15:35:24.174941', 2, true);
INSERT INTO recflow.flyway_schema_history VALUES (12, '12', 'meeting outcome wider', 'SQL', 'V12__meeting_outcome_wider.sql', -90295327, 'recflow', '2026-11-29 15:35:24.184553', 1, true);


--
-- Data for Name: history_entry; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.history_entry VALUES (1, 'APPROVAL', 1, '2027-01-04 09:00:00+00', 'chair-sg3', 'CHAIR', 'REQUESTED', 'approval of ITU-T D.50 (revised) requested by TAP after determination on 2026-12-18', '7f1bad58-e5d8-4ae0-a21a-fd6a52476277');
INSERT INTO recflow.history_entry VALUES (2, 'APPROVAL', 1, '2027-01-04 09:00:00+00', 'tsb', 'TSB', 'CONSULTATION_ANNOUNCED', 'intent to approve at the meeting of 2027-06-07 to 2027-06-16 announced on 2027-01-04; consultation of the Member States closes 2027-05-26T23:59:59Z', '8d3bd074-3ad6-4062-8d9d-cdc42afa3224');
INSERT INTO recflow.history_entry VALUES (3, 'APPROVAL', 2, '2027-01-04 09:00:00+00', 'chair-sg21', 'CHAIR', 'REQUESTED', 'approval of ITU-T H.810 (new) requested by AAP after consent on 2026-12-18', '626efb11-d03a-4035-bb48-5eeac2ee2dd9');
INSERT INTO recflow.history_entry VALUES (4, 'APPROVAL', 2, '2027-01-04 09:00:00+00', 'tsb', 'TSB', 'LAST_CALL_ANNOUNCED', 'Last Call announced on 2027-01-04, closes 2027-02-01T23:59:59Z', 'a44d17e6-0784-4e8d-906c-f8d6b905e301');
INSERT INTO recflow.history_entry VALUES (5, 'APPROVAL', 2, '2027-01-04 09:00:00+00', 'ms-jpn', 'MEMBER_STATE', 'COMMENT_SUBMITTED', 'SUBSTANTIVE comment in LAST_CALL by JPN', 'f7cf373a-2116-4f66-ad55-96090dbabb9b');
INSERT INTO recflow.history_entry VALUES (6, 'APPROVAL', 2, '2027-02-02 09:00:00+00', 'recflow', 'TSB', 'LAST_CALL_CLOSED', '1 comment(s) received', '0ba8f0a0-34a0-4f36-911d-89ffb927c8e3');
INSERT INTO recflow.history_entry VALUES (7, 'APPROVAL', 2, '2027-02-02 09:00:00+00', 'chair-sg21', 'CHAIR', 'JUDGED', 'route MEETING chosen at LAST_CALL_JUDGEMENT', 'fd274ba5-03a3-43c5-8645-ce9b330fa9b3');
INSERT INTO recflow.history_entry VALUES (8, 'APPROVAL', 2, '2027-02-02 09:00:00+00', 'tsb', 'TSB', 'MEETING_ANNOUNCED', 'approval at the meeting of 2027-05-17 to 2027-05-26 announced', 'd10ce678-43b5-4fe1-9502-920e18626119');
INSERT INTO recflow.history_entry VALUES (9, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-deu', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'DEU replied SUPPORT', '1c647c4a-5107-45a5-b129-164debc43b00');
INSERT INTO recflow.history_entry VALUES (10, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-bra', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'BRA replied SUPPORT', 'e0c7d3a4-612a-4dbe-bd92-b72636a076a8');
INSERT INTO recflow.history_entry VALUES (11, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-ind', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'IND replied SUPPORT', 'a00c1542-6000-494d-b571-420397ac84c8');
INSERT INTO recflow.history_entry VALUES (12, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-ken', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'KEN replied SUPPORT', 'a0271053-aeff-4ab3-98f9-5fee06d3366a');
INSERT INTO recflow.history_entry VALUES (13, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-jpn', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'JPN replied SUPPORT', '8bce5c46-45c8-4532-b8e2-d67c9c905fd0');
INSERT INTO recflow.history_entry VALUES (14, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-mex', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'MEX replied SUPPORT', 'd6fdd609-32f2-4813-988c-513f574bc805');
INSERT INTO recflow.history_entry VALUES (15, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-egy', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'EGY replied SUPPORT', '77dc36d3-fa33-4229-aa2e-f5304f3dc339');
INSERT INTO recflow.history_entry VALUES (16, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-usa', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'USA replied AGAINST', '2931aaf2-1818-4581-aefa-6117076bde8d');
INSERT INTO recflow.history_entry VALUES (17, 'APPROVAL', 3, '2027-04-05 09:00:00+00', 'chair-sg17', 'CHAIR', 'REQUESTED', 'approval of ITU-T X.1500 (revised) requested by AAP after consent on 2027-03-26', 'f0865f1e-ba51-4438-a65d-c2cc92ae06f1');
INSERT INTO recflow.history_entry VALUES (18, 'APPROVAL', 3, '2027-04-05 09:00:00+00', 'tsb', 'TSB', 'LAST_CALL_ANNOUNCED', 'Last Call announced on 2027-04-05, closes 2027-05-03T23:59:59Z', '48237658-c05e-43df-94db-c35c75e6950a');
INSERT INTO recflow.history_entry VALUES (19, 'APPROVAL', 3, '2027-04-05 09:00:00+00', 'sm-ericsson', 'SECTOR_MEMBER', 'COMMENT_SUBMITTED', 'SUBSTANTIVE comment in LAST_CALL by ericsson', 'e7d6ad3b-6683-4e6a-b0e3-5d482e4ff080');
INSERT INTO recflow.history_entry VALUES (20, 'DELETION', 1, '2027-04-05 09:00:00+00', 'chair-sg20', 'CHAIR', 'DELETION_AGREED', 'deletion of ITU-T Y.2060 agreed by SG20 on 2027-03-26 (AAP)', 'f186176e-0b5e-4a6d-86e5-f70584462943');
INSERT INTO recflow.history_entry VALUES (21, 'DELETION', 1, '2027-04-05 09:00:00+00', 'recflow', 'TSB', 'OBJECTION_PERIOD_OPENED', 'circular issued on 2027-04-05; objections by 2027-07-05T23:59:59Z (3 months, Res. 1 §9.8.2.1, A.8 §8.2.1)', 'f186176e-0b5e-4a6d-86e5-f70584462943');
INSERT INTO recflow.history_entry VALUES (22, 'APPROVAL', 1, '2027-05-03 09:00:00+00', 'tsb', 'TSB', 'TEXTS_DISTRIBUTED', 'texts in the official languages distributed on 2027-05-03', 'cc48e2c2-e602-49cc-ba32-1dc3afe8f80a');
INSERT INTO recflow.history_entry VALUES (23, 'QUESTION', 1, '2027-05-03 09:00:00+00', 'chair-sg20', 'CHAIR', 'REQUESTED', 'approval of Question Q5/20 – Digital identity for IoT devices requested, with policy or regulatory implications or doubt about its scope (Res. 1 §7.3.2.1)', '7ec3e883-fcfa-471f-bbbf-c8bb7dc5efb1');
INSERT INTO recflow.history_entry VALUES (24, 'QUESTION', 1, '2027-05-03 09:00:00+00', 'recflow', 'TSB', 'CONSULTATION_OPENED', 'the Director consults the Member States from 2027-05-03; replies by 2027-07-03T23:59:59Z (2 months, Res. 1 §7.3.2.2)', '7ec3e883-fcfa-471f-bbbf-c8bb7dc5efb1');
INSERT INTO recflow.history_entry VALUES (25, 'QUESTION', 1, '2027-05-03 09:00:00+00', 'ms-fra', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'FRA replied SUPPORT', '94b236d5-f1f9-4296-b434-c4812c475647');
INSERT INTO recflow.history_entry VALUES (26, 'APPROVAL', 4, '2027-05-03 09:00:00+00', 'chair-sg3', 'CHAIR', 'REQUESTED', 'approval of ITU-T D.52 (new) requested by TAP after determination on 2027-04-30', 'b441bc9b-5ee7-4ddc-94f2-696f56a9d945');
INSERT INTO recflow.history_entry VALUES (27, 'APPROVAL', 4, '2027-05-03 09:00:00+00', 'tsb', 'TSB', 'CONSULTATION_ANNOUNCED', 'intent to approve at the meeting of 2027-09-06 to 2027-09-15 announced on 2027-05-03; consultation of the Member States closes 2027-08-25T23:59:59Z', 'ff8ecdbb-3dbf-4919-8f1a-8b67d51e68e5');
INSERT INTO recflow.history_entry VALUES (28, 'APPROVAL', 4, '2027-05-03 09:00:00+00', 'ms-deu', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'DEU replied SUPPORT', '3594ce92-a804-4015-b69e-54c7f919c865');
INSERT INTO recflow.history_entry VALUES (29, 'APPROVAL', 3, '2027-05-04 09:00:00+00', 'recflow', 'TSB', 'LAST_CALL_CLOSED', '1 comment(s) received', '2ffebaff-f05a-4ec1-bc28-57a963641fe7');
INSERT INTO recflow.history_entry VALUES (30, 'APPROVAL', 3, '2027-05-04 09:00:00+00', 'chair-sg17', 'CHAIR', 'JUDGED', 'route COMMENT_RESOLUTION chosen at LAST_CALL_JUDGEMENT', '46e94e31-31a1-48bb-b5b1-5867f4d5da24');
INSERT INTO recflow.history_entry VALUES (31, 'APPROVAL', 5, '2027-05-24 09:00:00+00', 'chair-sg20', 'CHAIR', 'REQUESTED', 'approval of ITU-T Y.4480 (new) requested by AAP after consent on 2027-05-21', 'ce6a7232-ac59-464f-9ec0-20864f5c336c');
INSERT INTO recflow.history_entry VALUES (32, 'APPROVAL', 5, '2027-05-24 09:00:00+00', 'tsb', 'TSB', 'LAST_CALL_ANNOUNCED', 'Last Call announced on 2027-05-24, closes 2027-06-21T23:59:59Z', '949615da-c5e2-494d-8bd6-298889d93c56');
INSERT INTO recflow.history_entry VALUES (33, 'APPROVAL', 5, '2027-05-24 09:00:00+00', 'ms-fra', 'MEMBER_STATE', 'COMMENT_SUBMITTED', 'TYPOGRAPHICAL comment in LAST_CALL by FRA', '00f1322f-3b71-48ff-b718-0e3cc6fb7dde');
INSERT INTO recflow.history_entry VALUES (34, 'APPROVAL', 2, '2027-05-26 17:00:00+00', 'chair-sg21', 'CHAIR', 'MEETING_OUTCOME_RECORDED', 'objections [], more time asked by [BRA], abstentions [], no reservation → MORE_TIME', 'e0ddabb7-2e46-49ba-8fa0-70fc1107fa9d');
INSERT INTO recflow.history_entry VALUES (35, 'APPROVAL', 1, '2027-06-01 09:00:00+00', 'recflow', 'TSB', 'CONSULTATION_CLOSED', '7 support, 1 against, 0 without position (87.5% support): the procedure continues at the meeting', 'b4d8b829-8e39-4db5-94d5-47de16d40059');


--
-- Data for Name: idempotent_request; Type: TABLE DATA; Schema: recflow; Owner: -
--



--
-- Data for Name: meeting; Type: TABLE DATA; Schema: recflow; Owner: -
--



--
-- Data for Name: question; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.question VALUES (1, 'SG20', 'Q5/20', 'Digital identity for IoT devices', 'SG20-TD2001', true, 'CONSULTATION', NULL, NULL, '2027-05-03', '2027-07-03 23:59:59+00', '827464bb-ec0a-11f1-9d50-02fc00000001', '2027-05-03 09:00:00+00', 'chair-sg20');


--
-- Data for Name: sim_clock; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.sim_clock VALUES (1, '2027-06-01 09:00:00+00');


--
-- Name: approval_comment_id_seq; Type: SEQUENCE SET; Schema: recflow; Owner: -
--

SELECT pg_catalog.setval('recflow.approval_comment_id_seq', 3, true);


--
-- Name: approval_id_seq; Type: SEQUENCE SET; Schema: recflow; Owner: -
--

SELECT pg_catalog.setval('recflow.approval_id_seq', 5, true);


--
-- Name: approval_objection_id_seq; Type: SEQUENCE SET; Schema: recflow; Owner: -
--

SELECT pg_catalog.setval('recflow.approval_objection_id_seq', 1, false);


--
-- Name: circular_id_seq; Type: SEQUENCE SET; Schema: recflow; Owner: -
--

SELECT pg_catalog.setval('recflow.circular_id_seq', 1, false);


--
-- Name: consultation_reply_id_seq; Type: SEQUENCE SET; Schema: recflow; Owner: -
--

SELECT pg_catalog.setval('recflow.consultation_reply_id_seq', 10, true);


--
-- Name: deadline_id_seq; Type: SEQUENCE SET; Schema: recflow; Owner: -
--

SELECT pg_catalog.setval('recflow.deadline_id_seq', 14, true);


--
-- Name: deletion_id_seq; Type: SEQUENCE SET; Schema: recflow; Owner: -
--

SELECT pg_catalog.setval('recflow.deletion_id_seq', 1, true);


--
-- Name: deletion_objection_id_seq; Type: SEQUENCE SET; Schema: recflow; Owner: -
--

SELECT pg_catalog.setval('recflow.deletion_objection_id_seq', 1, false);


--
-- Name: history_entry_id_seq; Type: SEQUENCE SET; Schema: recflow; Owner: -
--

SELECT pg_catalog.setval('recflow.history_entry_id_seq', 35, true);


--
-- Name: idempotent_request_id_seq; Type: SEQUENCE SET; Schema: recflow; Owner: -
--

SELECT pg_catalog.setval('recflow.idempotent_request_id_seq', 1, false);


--
-- Name: meeting_id_seq; Type: SEQUENCE SET; Schema: recflow; Owner: -
--

SELECT pg_catalog.setval('recflow.meeting_id_seq', 1, false);


--
-- Name: question_id_seq; Type: SEQUENCE SET; Schema: recflow; Owner: -
--

SELECT pg_catalog.setval('recflow.question_id_seq', 1, true);


--
-- Name: act_ge_bytearray act_ge_bytearray_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ge_bytearray
    ADD CONSTRAINT act_ge_bytearray_pkey PRIMARY KEY (id_);


--
-- Name: act_ge_property act_ge_property_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ge_property
    ADD CONSTRAINT act_ge_property_pkey PRIMARY KEY (name_);


--
-- Name: act_ge_schema_log act_ge_schema_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ge_schema_log
    ADD CONSTRAINT act_ge_schema_log_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_actinst act_hi_actinst_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_actinst
    ADD CONSTRAINT act_hi_actinst_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_attachment act_hi_attachment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_attachment
    ADD CONSTRAINT act_hi_attachment_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_batch act_hi_batch_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_batch
    ADD CONSTRAINT act_hi_batch_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_caseactinst act_hi_caseactinst_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_caseactinst
    ADD CONSTRAINT act_hi_caseactinst_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_caseinst act_hi_caseinst_case_inst_id__key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_caseinst
    ADD CONSTRAINT act_hi_caseinst_case_inst_id__key UNIQUE (case_inst_id_);


--
-- Name: act_hi_caseinst act_hi_caseinst_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_caseinst
    ADD CONSTRAINT act_hi_caseinst_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_comment act_hi_comment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_comment
    ADD CONSTRAINT act_hi_comment_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_dec_in act_hi_dec_in_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_dec_in
    ADD CONSTRAINT act_hi_dec_in_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_dec_out act_hi_dec_out_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_dec_out
    ADD CONSTRAINT act_hi_dec_out_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_decinst act_hi_decinst_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_decinst
    ADD CONSTRAINT act_hi_decinst_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_detail act_hi_detail_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_detail
    ADD CONSTRAINT act_hi_detail_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_ext_task_log act_hi_ext_task_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_ext_task_log
    ADD CONSTRAINT act_hi_ext_task_log_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_identitylink act_hi_identitylink_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_identitylink
    ADD CONSTRAINT act_hi_identitylink_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_incident act_hi_incident_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_incident
    ADD CONSTRAINT act_hi_incident_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_job_log act_hi_job_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_job_log
    ADD CONSTRAINT act_hi_job_log_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_op_log act_hi_op_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_op_log
    ADD CONSTRAINT act_hi_op_log_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_procinst act_hi_procinst_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_procinst
    ADD CONSTRAINT act_hi_procinst_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_procinst act_hi_procinst_proc_inst_id__key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_procinst
    ADD CONSTRAINT act_hi_procinst_proc_inst_id__key UNIQUE (proc_inst_id_);


--
-- Name: act_hi_taskinst act_hi_taskinst_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_taskinst
    ADD CONSTRAINT act_hi_taskinst_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_varinst act_hi_varinst_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_varinst
    ADD CONSTRAINT act_hi_varinst_pkey PRIMARY KEY (id_);


--
-- Name: act_id_group act_id_group_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_group
    ADD CONSTRAINT act_id_group_pkey PRIMARY KEY (id_);


--
-- Name: act_id_info act_id_info_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_info
    ADD CONSTRAINT act_id_info_pkey PRIMARY KEY (id_);


--
-- Name: act_id_membership act_id_membership_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_membership
    ADD CONSTRAINT act_id_membership_pkey PRIMARY KEY (user_id_, group_id_);


--
-- Name: act_id_tenant_member act_id_tenant_member_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_tenant_member
    ADD CONSTRAINT act_id_tenant_member_pkey PRIMARY KEY (id_);


--
-- Name: act_id_tenant act_id_tenant_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_tenant
    ADD CONSTRAINT act_id_tenant_pkey PRIMARY KEY (id_);


--
-- Name: act_id_user act_id_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_user
    ADD CONSTRAINT act_id_user_pkey PRIMARY KEY (id_);


--
-- Name: act_re_camformdef act_re_camformdef_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_re_camformdef
    ADD CONSTRAINT act_re_camformdef_pkey PRIMARY KEY (id_);


--
-- Name: act_re_case_def act_re_case_def_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_re_case_def
    ADD CONSTRAINT act_re_case_def_pkey PRIMARY KEY (id_);


--
-- Name: act_re_decision_def act_re_decision_def_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_re_decision_def
    ADD CONSTRAINT act_re_decision_def_pkey PRIMARY KEY (id_);


--
-- Name: act_re_decision_req_def act_re_decision_req_def_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_re_decision_req_def
    ADD CONSTRAINT act_re_decision_req_def_pkey PRIMARY KEY (id_);


--
-- Name: act_re_deployment act_re_deployment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_re_deployment
    ADD CONSTRAINT act_re_deployment_pkey PRIMARY KEY (id_);


--
-- Name: act_re_procdef act_re_procdef_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_re_procdef
    ADD CONSTRAINT act_re_procdef_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_authorization act_ru_authorization_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_authorization
    ADD CONSTRAINT act_ru_authorization_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_batch act_ru_batch_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_batch
    ADD CONSTRAINT act_ru_batch_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_case_execution act_ru_case_execution_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_case_execution
    ADD CONSTRAINT act_ru_case_execution_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_case_sentry_part act_ru_case_sentry_part_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_case_sentry_part
    ADD CONSTRAINT act_ru_case_sentry_part_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_event_subscr act_ru_event_subscr_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_event_subscr
    ADD CONSTRAINT act_ru_event_subscr_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_execution act_ru_execution_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_execution
    ADD CONSTRAINT act_ru_execution_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_ext_task act_ru_ext_task_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_ext_task
    ADD CONSTRAINT act_ru_ext_task_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_filter act_ru_filter_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_filter
    ADD CONSTRAINT act_ru_filter_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_identitylink act_ru_identitylink_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_identitylink
    ADD CONSTRAINT act_ru_identitylink_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_incident act_ru_incident_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_incident
    ADD CONSTRAINT act_ru_incident_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_job act_ru_job_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_job
    ADD CONSTRAINT act_ru_job_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_jobdef act_ru_jobdef_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_jobdef
    ADD CONSTRAINT act_ru_jobdef_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_meter_log act_ru_meter_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_meter_log
    ADD CONSTRAINT act_ru_meter_log_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_task_meter_log act_ru_task_meter_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_task_meter_log
    ADD CONSTRAINT act_ru_task_meter_log_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_task act_ru_task_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_task
    ADD CONSTRAINT act_ru_task_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_variable act_ru_variable_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_variable
    ADD CONSTRAINT act_ru_variable_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_authorization act_uniq_auth_group; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_authorization
    ADD CONSTRAINT act_uniq_auth_group UNIQUE (type_, group_id_, resource_type_, resource_id_);


--
-- Name: act_ru_authorization act_uniq_auth_user; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_authorization
    ADD CONSTRAINT act_uniq_auth_user UNIQUE (type_, user_id_, resource_type_, resource_id_);


--
-- Name: act_id_tenant_member act_uniq_tenant_memb_group; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_tenant_member
    ADD CONSTRAINT act_uniq_tenant_memb_group UNIQUE (tenant_id_, group_id_);


--
-- Name: act_id_tenant_member act_uniq_tenant_memb_user; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_tenant_member
    ADD CONSTRAINT act_uniq_tenant_memb_user UNIQUE (tenant_id_, user_id_);


--
-- Name: act_ru_variable act_uniq_variable; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_variable
    ADD CONSTRAINT act_uniq_variable UNIQUE (var_scope_, name_);


--
-- Name: approval_comment approval_comment_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.approval_comment
    ADD CONSTRAINT approval_comment_pkey PRIMARY KEY (id);


--
-- Name: approval_objection approval_objection_once; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.approval_objection
    ADD CONSTRAINT approval_objection_once UNIQUE (approval_id, round, member_state);


--
-- Name: approval_objection approval_objection_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.approval_objection
    ADD CONSTRAINT approval_objection_pkey PRIMARY KEY (id);


--
-- Name: approval approval_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.approval
    ADD CONSTRAINT approval_pkey PRIMARY KEY (id);


--
-- Name: circular circular_number_per_year; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.circular
    ADD CONSTRAINT circular_number_per_year UNIQUE (issue_year, serial);


--
-- Name: circular_pdf circular_pdf_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.circular_pdf
    ADD CONSTRAINT circular_pdf_pkey PRIMARY KEY (circular_id, lang);


--
-- Name: circular circular_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.circular
    ADD CONSTRAINT circular_pkey PRIMARY KEY (id);


--
-- Name: circular_text circular_text_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.circular_text
    ADD CONSTRAINT circular_text_pkey PRIMARY KEY (circular_id, "position");


--
-- Name: consultation_reply consultation_reply_once; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.consultation_reply
    ADD CONSTRAINT consultation_reply_once UNIQUE (subject_type, subject_id, round, member_state);


--
-- Name: consultation_reply consultation_reply_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.consultation_reply
    ADD CONSTRAINT consultation_reply_pkey PRIMARY KEY (id);


--
-- Name: consultation_reply_version consultation_reply_version_pk; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.consultation_reply_version
    ADD CONSTRAINT consultation_reply_version_pk PRIMARY KEY (subject_type, subject_id, round, member_state, version);


--
-- Name: deadline deadline_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.deadline
    ADD CONSTRAINT deadline_pkey PRIMARY KEY (id);


--
-- Name: deletion_objection deletion_objection_once; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.deletion_objection
    ADD CONSTRAINT deletion_objection_once UNIQUE (deletion_id, member);


--
-- Name: deletion_objection deletion_objection_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.deletion_objection
    ADD CONSTRAINT deletion_objection_pkey PRIMARY KEY (id);


--
-- Name: deletion deletion_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.deletion
    ADD CONSTRAINT deletion_pkey PRIMARY KEY (id);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: history_entry history_entry_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.history_entry
    ADD CONSTRAINT history_entry_pkey PRIMARY KEY (id);


--
-- Name: idempotent_request idempotent_request_once; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.idempotent_request
    ADD CONSTRAINT idempotent_request_once UNIQUE (account, idem_key);


--
-- Name: idempotent_request idempotent_request_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.idempotent_request
    ADD CONSTRAINT idempotent_request_pkey PRIMARY KEY (id);


--
-- Name: meeting meeting_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.meeting
    ADD CONSTRAINT meeting_pkey PRIMARY KEY (id);


--
-- Name: question question_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.question
    ADD CONSTRAINT question_pkey PRIMARY KEY (id);


--
-- Name: sim_clock sim_clock_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.sim_clock
    ADD CONSTRAINT sim_clock_pkey PRIMARY KEY (id);


--
-- Name: act_hi_bat_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_hi_bat_rm_time ON public.act_hi_batch USING btree (removal_time_);


--
-- Name: act_hi_ext_task_log_proc_def_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_hi_ext_task_log_proc_def_key ON public.act_hi_ext_task_log USING btree (proc_def_key_);


--
-- Name: act_hi_ext_task_log_procdef; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_hi_ext_task_log_procdef ON public.act_hi_ext_task_log USING btree (proc_def_id_);


--
-- Name: act_hi_ext_task_log_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_hi_ext_task_log_procinst ON public.act_hi_ext_task_log USING btree (proc_inst_id_);


--
-- Name: act_hi_ext_task_log_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_hi_ext_task_log_rm_time ON public.act_hi_ext_task_log USING btree (removal_time_);


--
-- Name: act_hi_ext_task_log_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_hi_ext_task_log_root_pi ON public.act_hi_ext_task_log USING btree (root_proc_inst_id_);


--
-- Name: act_hi_ext_task_log_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_hi_ext_task_log_tenant_id ON public.act_hi_ext_task_log USING btree (tenant_id_);


--
-- Name: act_idx_athrz_procedef; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_athrz_procedef ON public.act_ru_identitylink USING btree (proc_def_id_);


--
-- Name: act_idx_auth_group_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_auth_group_id ON public.act_ru_authorization USING btree (group_id_);


--
-- Name: act_idx_auth_resource_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_auth_resource_id ON public.act_ru_authorization USING btree (resource_id_);


--
-- Name: act_idx_auth_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_auth_rm_time ON public.act_ru_authorization USING btree (removal_time_);


--
-- Name: act_idx_auth_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_auth_root_pi ON public.act_ru_authorization USING btree (root_proc_inst_id_);


--
-- Name: act_idx_batch_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_batch_id ON public.act_ru_variable USING btree (batch_id_);


--
-- Name: act_idx_batch_job_def; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_batch_job_def ON public.act_ru_batch USING btree (batch_job_def_id_);


--
-- Name: act_idx_batch_monitor_job_def; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_batch_monitor_job_def ON public.act_ru_batch USING btree (monitor_job_def_id_);


--
-- Name: act_idx_batch_seed_job_def; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_batch_seed_job_def ON public.act_ru_batch USING btree (seed_job_def_id_);


--
-- Name: act_idx_bytear_depl; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_bytear_depl ON public.act_ge_bytearray USING btree (deployment_id_);


--
-- Name: act_idx_bytearray_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_bytearray_name ON public.act_ge_bytearray USING btree (name_);


--
-- Name: act_idx_bytearray_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_bytearray_rm_time ON public.act_ge_bytearray USING btree (removal_time_);


--
-- Name: act_idx_bytearray_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_bytearray_root_pi ON public.act_ge_bytearray USING btree (root_proc_inst_id_);


--
-- Name: act_idx_case_def_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_case_def_tenant_id ON public.act_re_case_def USING btree (tenant_id_);


--
-- Name: act_idx_case_exe_case_def; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_case_exe_case_def ON public.act_ru_case_execution USING btree (case_def_id_);


--
-- Name: act_idx_case_exe_case_inst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_case_exe_case_inst ON public.act_ru_case_execution USING btree (case_inst_id_);


--
-- Name: act_idx_case_exe_parent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_case_exe_parent ON public.act_ru_case_execution USING btree (parent_id_);


--
-- Name: act_idx_case_exec_buskey; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_case_exec_buskey ON public.act_ru_case_execution USING btree (business_key_);


--
-- Name: act_idx_case_exec_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_case_exec_tenant_id ON public.act_ru_case_execution USING btree (tenant_id_);


--
-- Name: act_idx_case_sentry_case_exec; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_case_sentry_case_exec ON public.act_ru_case_sentry_part USING btree (case_exec_id_);


--
-- Name: act_idx_case_sentry_case_inst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_case_sentry_case_inst ON public.act_ru_case_sentry_part USING btree (case_inst_id_);


--
-- Name: act_idx_dec_def_req_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_dec_def_req_id ON public.act_re_decision_def USING btree (dec_req_id_);


--
-- Name: act_idx_dec_def_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_dec_def_tenant_id ON public.act_re_decision_def USING btree (tenant_id_);


--
-- Name: act_idx_dec_req_def_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_dec_req_def_tenant_id ON public.act_re_decision_req_def USING btree (tenant_id_);


--
-- Name: act_idx_deployment_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_deployment_name ON public.act_re_deployment USING btree (name_);


--
-- Name: act_idx_deployment_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_deployment_tenant_id ON public.act_re_deployment USING btree (tenant_id_);


--
-- Name: act_idx_event_subscr; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_event_subscr ON public.act_ru_event_subscr USING btree (execution_id_);


--
-- Name: act_idx_event_subscr_config_; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_event_subscr_config_ ON public.act_ru_event_subscr USING btree (configuration_);


--
-- Name: act_idx_event_subscr_evt_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_event_subscr_evt_name ON public.act_ru_event_subscr USING btree (event_name_);


--
-- Name: act_idx_event_subscr_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_event_subscr_tenant_id ON public.act_ru_event_subscr USING btree (tenant_id_);


--
-- Name: act_idx_exe_parent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_exe_parent ON public.act_ru_execution USING btree (parent_id_);


--
-- Name: act_idx_exe_procdef; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_exe_procdef ON public.act_ru_execution USING btree (proc_def_id_);


--
-- Name: act_idx_exe_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_exe_procinst ON public.act_ru_execution USING btree (proc_inst_id_);


--
-- Name: act_idx_exe_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_exe_root_pi ON public.act_ru_execution USING btree (root_proc_inst_id_);


--
-- Name: act_idx_exe_super; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_exe_super ON public.act_ru_execution USING btree (super_exec_);


--
-- Name: act_idx_exec_buskey; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_exec_buskey ON public.act_ru_execution USING btree (business_key_);


--
-- Name: act_idx_exec_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_exec_tenant_id ON public.act_ru_execution USING btree (tenant_id_);


--
-- Name: act_idx_ext_task_err_details; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_ext_task_err_details ON public.act_ru_ext_task USING btree (error_details_id_);


--
-- Name: act_idx_ext_task_exec; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_ext_task_exec ON public.act_ru_ext_task USING btree (execution_id_);


--
-- Name: act_idx_ext_task_priority; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_ext_task_priority ON public.act_ru_ext_task USING btree (priority_);


--
-- Name: act_idx_ext_task_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_ext_task_tenant_id ON public.act_ru_ext_task USING btree (tenant_id_);


--
-- Name: act_idx_ext_task_topic; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_ext_task_topic ON public.act_ru_ext_task USING btree (topic_name_);


--
-- Name: act_idx_hi_act_inst_comp; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_act_inst_comp ON public.act_hi_actinst USING btree (execution_id_, act_id_, end_time_, id_);


--
-- Name: act_idx_hi_act_inst_end; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_act_inst_end ON public.act_hi_actinst USING btree (end_time_);


--
-- Name: act_idx_hi_act_inst_proc_def_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_act_inst_proc_def_key ON public.act_hi_actinst USING btree (proc_def_key_);


--
-- Name: act_idx_hi_act_inst_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_act_inst_procinst ON public.act_hi_actinst USING btree (proc_inst_id_, act_id_);


--
-- Name: act_idx_hi_act_inst_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_act_inst_rm_time ON public.act_hi_actinst USING btree (removal_time_);


--
-- Name: act_idx_hi_act_inst_start_end; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_act_inst_start_end ON public.act_hi_actinst USING btree (start_time_, end_time_);


--
-- Name: act_idx_hi_act_inst_stats; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_act_inst_stats ON public.act_hi_actinst USING btree (proc_def_id_, proc_inst_id_, act_id_, end_time_, act_inst_state_);


--
-- Name: act_idx_hi_act_inst_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_act_inst_tenant_id ON public.act_hi_actinst USING btree (tenant_id_);


--
-- Name: act_idx_hi_actinst_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_actinst_root_pi ON public.act_hi_actinst USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_ai_pdefid_end_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_ai_pdefid_end_time ON public.act_hi_actinst USING btree (proc_def_id_, end_time_);


--
-- Name: act_idx_hi_attachment_content; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_attachment_content ON public.act_hi_attachment USING btree (content_id_);


--
-- Name: act_idx_hi_attachment_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_attachment_procinst ON public.act_hi_attachment USING btree (proc_inst_id_);


--
-- Name: act_idx_hi_attachment_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_attachment_rm_time ON public.act_hi_attachment USING btree (removal_time_);


--
-- Name: act_idx_hi_attachment_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_attachment_root_pi ON public.act_hi_attachment USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_attachment_task; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_attachment_task ON public.act_hi_attachment USING btree (task_id_);


--
-- Name: act_idx_hi_cas_a_i_comp; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_cas_a_i_comp ON public.act_hi_caseactinst USING btree (case_act_id_, end_time_, id_);


--
-- Name: act_idx_hi_cas_a_i_create; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_cas_a_i_create ON public.act_hi_caseactinst USING btree (create_time_);


--
-- Name: act_idx_hi_cas_a_i_end; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_cas_a_i_end ON public.act_hi_caseactinst USING btree (end_time_);


--
-- Name: act_idx_hi_cas_a_i_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_cas_a_i_tenant_id ON public.act_hi_caseactinst USING btree (tenant_id_);


--
-- Name: act_idx_hi_cas_i_buskey; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_cas_i_buskey ON public.act_hi_caseinst USING btree (business_key_);


--
-- Name: act_idx_hi_cas_i_close; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_cas_i_close ON public.act_hi_caseinst USING btree (close_time_);


--
-- Name: act_idx_hi_cas_i_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_cas_i_tenant_id ON public.act_hi_caseinst USING btree (tenant_id_);


--
-- Name: act_idx_hi_casevar_case_inst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_casevar_case_inst ON public.act_hi_varinst USING btree (case_inst_id_);


--
-- Name: act_idx_hi_comment_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_comment_procinst ON public.act_hi_comment USING btree (proc_inst_id_);


--
-- Name: act_idx_hi_comment_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_comment_rm_time ON public.act_hi_comment USING btree (removal_time_);


--
-- Name: act_idx_hi_comment_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_comment_root_pi ON public.act_hi_comment USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_comment_task; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_comment_task ON public.act_hi_comment USING btree (task_id_);


--
-- Name: act_idx_hi_dec_in_clause; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_in_clause ON public.act_hi_dec_in USING btree (dec_inst_id_, clause_id_);


--
-- Name: act_idx_hi_dec_in_inst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_in_inst ON public.act_hi_dec_in USING btree (dec_inst_id_);


--
-- Name: act_idx_hi_dec_in_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_in_rm_time ON public.act_hi_dec_in USING btree (removal_time_);


--
-- Name: act_idx_hi_dec_in_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_in_root_pi ON public.act_hi_dec_in USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_dec_inst_act; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_act ON public.act_hi_decinst USING btree (act_id_);


--
-- Name: act_idx_hi_dec_inst_act_inst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_act_inst ON public.act_hi_decinst USING btree (act_inst_id_);


--
-- Name: act_idx_hi_dec_inst_ci; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_ci ON public.act_hi_decinst USING btree (case_inst_id_);


--
-- Name: act_idx_hi_dec_inst_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_id ON public.act_hi_decinst USING btree (dec_def_id_);


--
-- Name: act_idx_hi_dec_inst_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_key ON public.act_hi_decinst USING btree (dec_def_key_);


--
-- Name: act_idx_hi_dec_inst_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_pi ON public.act_hi_decinst USING btree (proc_inst_id_);


--
-- Name: act_idx_hi_dec_inst_req_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_req_id ON public.act_hi_decinst USING btree (dec_req_id_);


--
-- Name: act_idx_hi_dec_inst_req_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_req_key ON public.act_hi_decinst USING btree (dec_req_key_);


--
-- Name: act_idx_hi_dec_inst_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_rm_time ON public.act_hi_decinst USING btree (removal_time_);


--
-- Name: act_idx_hi_dec_inst_root_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_root_id ON public.act_hi_decinst USING btree (root_dec_inst_id_);


--
-- Name: act_idx_hi_dec_inst_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_root_pi ON public.act_hi_decinst USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_dec_inst_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_tenant_id ON public.act_hi_decinst USING btree (tenant_id_);


--
-- Name: act_idx_hi_dec_inst_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_time ON public.act_hi_decinst USING btree (eval_time_);


--
-- Name: act_idx_hi_dec_out_inst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_out_inst ON public.act_hi_dec_out USING btree (dec_inst_id_);


--
-- Name: act_idx_hi_dec_out_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_out_rm_time ON public.act_hi_dec_out USING btree (removal_time_);


--
-- Name: act_idx_hi_dec_out_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_out_root_pi ON public.act_hi_dec_out USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_dec_out_rule; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_out_rule ON public.act_hi_dec_out USING btree (rule_order_, clause_id_);


--
-- Name: act_idx_hi_detail_act_inst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_act_inst ON public.act_hi_detail USING btree (act_inst_id_);


--
-- Name: act_idx_hi_detail_bytear; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_bytear ON public.act_hi_detail USING btree (bytearray_id_);


--
-- Name: act_idx_hi_detail_case_exec; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_case_exec ON public.act_hi_detail USING btree (case_execution_id_);


--
-- Name: act_idx_hi_detail_case_inst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_case_inst ON public.act_hi_detail USING btree (case_inst_id_);


--
-- Name: act_idx_hi_detail_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_name ON public.act_hi_detail USING btree (name_);


--
-- Name: act_idx_hi_detail_proc_def_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_proc_def_key ON public.act_hi_detail USING btree (proc_def_key_);


--
-- Name: act_idx_hi_detail_proc_inst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_proc_inst ON public.act_hi_detail USING btree (proc_inst_id_);


--
-- Name: act_idx_hi_detail_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_rm_time ON public.act_hi_detail USING btree (removal_time_);


--
-- Name: act_idx_hi_detail_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_root_pi ON public.act_hi_detail USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_detail_task_bytear; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_task_bytear ON public.act_hi_detail USING btree (bytearray_id_, task_id_);


--
-- Name: act_idx_hi_detail_task_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_task_id ON public.act_hi_detail USING btree (task_id_);


--
-- Name: act_idx_hi_detail_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_tenant_id ON public.act_hi_detail USING btree (tenant_id_);


--
-- Name: act_idx_hi_detail_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_time ON public.act_hi_detail USING btree (time_);


--
-- Name: act_idx_hi_detail_var_inst_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_var_inst_id ON public.act_hi_detail USING btree (var_inst_id_);


--
-- Name: act_idx_hi_exttasklog_errordet; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_exttasklog_errordet ON public.act_hi_ext_task_log USING btree (error_details_id_);


--
-- Name: act_idx_hi_ident_link_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_ident_link_rm_time ON public.act_hi_identitylink USING btree (removal_time_);


--
-- Name: act_idx_hi_ident_link_task; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_ident_link_task ON public.act_hi_identitylink USING btree (task_id_);


--
-- Name: act_idx_hi_ident_lnk_group; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_ident_lnk_group ON public.act_hi_identitylink USING btree (group_id_);


--
-- Name: act_idx_hi_ident_lnk_proc_def_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_ident_lnk_proc_def_key ON public.act_hi_identitylink USING btree (proc_def_key_);


--
-- Name: act_idx_hi_ident_lnk_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_ident_lnk_root_pi ON public.act_hi_identitylink USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_ident_lnk_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_ident_lnk_tenant_id ON public.act_hi_identitylink USING btree (tenant_id_);


--
-- Name: act_idx_hi_ident_lnk_timestamp; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_ident_lnk_timestamp ON public.act_hi_identitylink USING btree (timestamp_);


--
-- Name: act_idx_hi_ident_lnk_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_ident_lnk_user ON public.act_hi_identitylink USING btree (user_id_);


--
-- Name: act_idx_hi_incident_create_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_incident_create_time ON public.act_hi_incident USING btree (create_time_);


--
-- Name: act_idx_hi_incident_end_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_incident_end_time ON public.act_hi_incident USING btree (end_time_);


--
-- Name: act_idx_hi_incident_proc_def_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_incident_proc_def_key ON public.act_hi_incident USING btree (proc_def_key_);


--
-- Name: act_idx_hi_incident_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_incident_procinst ON public.act_hi_incident USING btree (proc_inst_id_);


--
-- Name: act_idx_hi_incident_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_incident_rm_time ON public.act_hi_incident USING btree (removal_time_);


--
-- Name: act_idx_hi_incident_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_incident_root_pi ON public.act_hi_incident USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_incident_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_incident_tenant_id ON public.act_hi_incident USING btree (tenant_id_);


--
-- Name: act_idx_hi_job_log_ex_stack; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_job_log_ex_stack ON public.act_hi_job_log USING btree (job_exception_stack_id_);


--
-- Name: act_idx_hi_job_log_job_conf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_job_log_job_conf ON public.act_hi_job_log USING btree (job_def_configuration_);


--
-- Name: act_idx_hi_job_log_job_def_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_job_log_job_def_id ON public.act_hi_job_log USING btree (job_def_id_);


--
-- Name: act_idx_hi_job_log_proc_def_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_job_log_proc_def_key ON public.act_hi_job_log USING btree (process_def_key_);


--
-- Name: act_idx_hi_job_log_procdef; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_job_log_procdef ON public.act_hi_job_log USING btree (process_def_id_);


--
-- Name: act_idx_hi_job_log_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_job_log_procinst ON public.act_hi_job_log USING btree (process_instance_id_);


--
-- Name: act_idx_hi_job_log_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_job_log_rm_time ON public.act_hi_job_log USING btree (removal_time_);


--
-- Name: act_idx_hi_job_log_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_job_log_root_pi ON public.act_hi_job_log USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_job_log_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_job_log_tenant_id ON public.act_hi_job_log USING btree (tenant_id_);


--
-- Name: act_idx_hi_op_log_entity_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_op_log_entity_type ON public.act_hi_op_log USING btree (entity_type_);


--
-- Name: act_idx_hi_op_log_op_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_op_log_op_type ON public.act_hi_op_log USING btree (operation_type_);


--
-- Name: act_idx_hi_op_log_procdef; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_op_log_procdef ON public.act_hi_op_log USING btree (proc_def_id_);


--
-- Name: act_idx_hi_op_log_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_op_log_procinst ON public.act_hi_op_log USING btree (proc_inst_id_);


--
-- Name: act_idx_hi_op_log_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_op_log_rm_time ON public.act_hi_op_log USING btree (removal_time_);


--
-- Name: act_idx_hi_op_log_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_op_log_root_pi ON public.act_hi_op_log USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_op_log_task; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_op_log_task ON public.act_hi_op_log USING btree (task_id_);


--
-- Name: act_idx_hi_op_log_timestamp; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_op_log_timestamp ON public.act_hi_op_log USING btree (timestamp_);


--
-- Name: act_idx_hi_op_log_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_op_log_user_id ON public.act_hi_op_log USING btree (user_id_);


--
-- Name: act_idx_hi_pi_pdefid_end_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_pi_pdefid_end_time ON public.act_hi_procinst USING btree (proc_def_id_, end_time_);


--
-- Name: act_idx_hi_pro_i_buskey; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_pro_i_buskey ON public.act_hi_procinst USING btree (business_key_);


--
-- Name: act_idx_hi_pro_inst_end; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_pro_inst_end ON public.act_hi_procinst USING btree (end_time_);


--
-- Name: act_idx_hi_pro_inst_proc_def_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_pro_inst_proc_def_key ON public.act_hi_procinst USING btree (proc_def_key_);


--
-- Name: act_idx_hi_pro_inst_proc_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_pro_inst_proc_time ON public.act_hi_procinst USING btree (start_time_, end_time_);


--
-- Name: act_idx_hi_pro_inst_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_pro_inst_rm_time ON public.act_hi_procinst USING btree (removal_time_);


--
-- Name: act_idx_hi_pro_inst_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_pro_inst_root_pi ON public.act_hi_procinst USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_pro_inst_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_pro_inst_tenant_id ON public.act_hi_procinst USING btree (tenant_id_);


--
-- Name: act_idx_hi_pro_rst_pro_inst_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_pro_rst_pro_inst_id ON public.act_hi_procinst USING btree (restarted_proc_inst_id_);


--
-- Name: act_idx_hi_procvar_name_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_procvar_name_type ON public.act_hi_varinst USING btree (name_, var_type_);


--
-- Name: act_idx_hi_procvar_proc_inst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_procvar_proc_inst ON public.act_hi_varinst USING btree (proc_inst_id_);


--
-- Name: act_idx_hi_task_inst_end; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_task_inst_end ON public.act_hi_taskinst USING btree (end_time_);


--
-- Name: act_idx_hi_task_inst_proc_def_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_task_inst_proc_def_key ON public.act_hi_taskinst USING btree (proc_def_key_);


--
-- Name: act_idx_hi_task_inst_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_task_inst_rm_time ON public.act_hi_taskinst USING btree (removal_time_);


--
-- Name: act_idx_hi_task_inst_start; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_task_inst_start ON public.act_hi_taskinst USING btree (start_time_);


--
-- Name: act_idx_hi_task_inst_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_task_inst_tenant_id ON public.act_hi_taskinst USING btree (tenant_id_);


--
-- Name: act_idx_hi_taskinst_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_taskinst_procinst ON public.act_hi_taskinst USING btree (proc_inst_id_);


--
-- Name: act_idx_hi_taskinst_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_taskinst_root_pi ON public.act_hi_taskinst USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_taskinstid_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_taskinstid_procinst ON public.act_hi_taskinst USING btree (id_, proc_inst_id_);


--
-- Name: act_idx_hi_var_inst_proc_def_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_var_inst_proc_def_key ON public.act_hi_varinst USING btree (proc_def_key_);


--
-- Name: act_idx_hi_var_inst_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_var_inst_tenant_id ON public.act_hi_varinst USING btree (tenant_id_);


--
-- Name: act_idx_hi_var_pi_name_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_var_pi_name_type ON public.act_hi_varinst USING btree (proc_inst_id_, name_, var_type_);


--
-- Name: act_idx_hi_varinst_act_inst_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_varinst_act_inst_id ON public.act_hi_varinst USING btree (act_inst_id_);


--
-- Name: act_idx_hi_varinst_bytear; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_varinst_bytear ON public.act_hi_varinst USING btree (bytearray_id_);


--
-- Name: act_idx_hi_varinst_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_varinst_name ON public.act_hi_varinst USING btree (name_);


--
-- Name: act_idx_hi_varinst_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_varinst_rm_time ON public.act_hi_varinst USING btree (removal_time_);


--
-- Name: act_idx_hi_varinst_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_varinst_root_pi ON public.act_hi_varinst USING btree (root_proc_inst_id_);


--
-- Name: act_idx_ident_lnk_group; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_ident_lnk_group ON public.act_ru_identitylink USING btree (group_id_);


--
-- Name: act_idx_ident_lnk_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_ident_lnk_user ON public.act_ru_identitylink USING btree (user_id_);


--
-- Name: act_idx_inc_causeincid; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_inc_causeincid ON public.act_ru_incident USING btree (cause_incident_id_);


--
-- Name: act_idx_inc_configuration; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_inc_configuration ON public.act_ru_incident USING btree (configuration_);


--
-- Name: act_idx_inc_exid; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_inc_exid ON public.act_ru_incident USING btree (execution_id_);


--
-- Name: act_idx_inc_job_def; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_inc_job_def ON public.act_ru_incident USING btree (job_def_id_);


--
-- Name: act_idx_inc_procdefid; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_inc_procdefid ON public.act_ru_incident USING btree (proc_def_id_);


--
-- Name: act_idx_inc_procinstid; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_inc_procinstid ON public.act_ru_incident USING btree (proc_inst_id_);


--
-- Name: act_idx_inc_rootcauseincid; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_inc_rootcauseincid ON public.act_ru_incident USING btree (root_cause_incident_id_);


--
-- Name: act_idx_inc_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_inc_tenant_id ON public.act_ru_incident USING btree (tenant_id_);


--
-- Name: act_idx_job_exception; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_job_exception ON public.act_ru_job USING btree (exception_stack_id_);


--
-- Name: act_idx_job_execution_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_job_execution_id ON public.act_ru_job USING btree (execution_id_);


--
-- Name: act_idx_job_handler; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_job_handler ON public.act_ru_job USING btree (handler_type_, handler_cfg_);


--
-- Name: act_idx_job_handler_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_job_handler_type ON public.act_ru_job USING btree (handler_type_);


--
-- Name: act_idx_job_job_def_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_job_job_def_id ON public.act_ru_job USING btree (job_def_id_);


--
-- Name: act_idx_job_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_job_procinst ON public.act_ru_job USING btree (process_instance_id_);


--
-- Name: act_idx_job_root_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_job_root_procinst ON public.act_ru_job USING btree (root_proc_inst_id_);


--
-- Name: act_idx_job_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_job_tenant_id ON public.act_ru_job USING btree (tenant_id_);


--
-- Name: act_idx_jobdef_proc_def_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_jobdef_proc_def_id ON public.act_ru_jobdef USING btree (proc_def_id_);


--
-- Name: act_idx_jobdef_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_jobdef_tenant_id ON public.act_ru_jobdef USING btree (tenant_id_);


--
-- Name: act_idx_memb_group; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_memb_group ON public.act_id_membership USING btree (group_id_);


--
-- Name: act_idx_memb_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_memb_user ON public.act_id_membership USING btree (user_id_);


--
-- Name: act_idx_meter_log; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_meter_log ON public.act_ru_meter_log USING btree (name_, timestamp_);


--
-- Name: act_idx_meter_log_ms; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_meter_log_ms ON public.act_ru_meter_log USING btree (milliseconds_);


--
-- Name: act_idx_meter_log_name_ms; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_meter_log_name_ms ON public.act_ru_meter_log USING btree (name_, milliseconds_);


--
-- Name: act_idx_meter_log_report; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_meter_log_report ON public.act_ru_meter_log USING btree (name_, reporter_, milliseconds_);


--
-- Name: act_idx_meter_log_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_meter_log_time ON public.act_ru_meter_log USING btree (timestamp_);


--
-- Name: act_idx_procdef_deployment_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_procdef_deployment_id ON public.act_re_procdef USING btree (deployment_id_);


--
-- Name: act_idx_procdef_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_procdef_tenant_id ON public.act_re_procdef USING btree (tenant_id_);


--
-- Name: act_idx_procdef_ver_tag; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_procdef_ver_tag ON public.act_re_procdef USING btree (version_tag_);


--
-- Name: act_idx_task_assignee; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_assignee ON public.act_ru_task USING btree (assignee_);


--
-- Name: act_idx_task_case_def_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_case_def_id ON public.act_ru_task USING btree (case_def_id_);


--
-- Name: act_idx_task_case_exec; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_case_exec ON public.act_ru_task USING btree (case_execution_id_);


--
-- Name: act_idx_task_create; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_create ON public.act_ru_task USING btree (create_time_);


--
-- Name: act_idx_task_exec; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_exec ON public.act_ru_task USING btree (execution_id_);


--
-- Name: act_idx_task_last_updated; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_last_updated ON public.act_ru_task USING btree (last_updated_);


--
-- Name: act_idx_task_meter_log_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_meter_log_time ON public.act_ru_task_meter_log USING btree (timestamp_);


--
-- Name: act_idx_task_owner; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_owner ON public.act_ru_task USING btree (owner_);


--
-- Name: act_idx_task_procdef; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_procdef ON public.act_ru_task USING btree (proc_def_id_);


--
-- Name: act_idx_task_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_procinst ON public.act_ru_task USING btree (proc_inst_id_);


--
-- Name: act_idx_task_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_tenant_id ON public.act_ru_task USING btree (tenant_id_);


--
-- Name: act_idx_tenant_memb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_tenant_memb ON public.act_id_tenant_member USING btree (tenant_id_);


--
-- Name: act_idx_tenant_memb_group; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_tenant_memb_group ON public.act_id_tenant_member USING btree (group_id_);


--
-- Name: act_idx_tenant_memb_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_tenant_memb_user ON public.act_id_tenant_member USING btree (user_id_);


--
-- Name: act_idx_tskass_task; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_tskass_task ON public.act_ru_identitylink USING btree (task_id_);


--
-- Name: act_idx_var_bytearray; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_var_bytearray ON public.act_ru_variable USING btree (bytearray_id_);


--
-- Name: act_idx_var_case_exe; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_var_case_exe ON public.act_ru_variable USING btree (case_execution_id_);


--
-- Name: act_idx_var_case_inst_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_var_case_inst_id ON public.act_ru_variable USING btree (case_inst_id_);


--
-- Name: act_idx_var_exe; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_var_exe ON public.act_ru_variable USING btree (execution_id_);


--
-- Name: act_idx_var_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_var_procinst ON public.act_ru_variable USING btree (proc_inst_id_);


--
-- Name: act_idx_variable_task_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_variable_task_id ON public.act_ru_variable USING btree (task_id_);


--
-- Name: act_idx_variable_task_name_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_variable_task_name_type ON public.act_ru_variable USING btree (task_id_, name_, type_);


--
-- Name: act_idx_variable_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_variable_tenant_id ON public.act_ru_variable USING btree (tenant_id_);


--
-- Name: approval_comment_approval; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX approval_comment_approval ON recflow.approval_comment USING btree (approval_id, round, phase);


--
-- Name: approval_meeting_id; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX approval_meeting_id ON recflow.approval USING btree (meeting_id);


--
-- Name: approval_status; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX approval_status ON recflow.approval USING btree (status);


--
-- Name: approval_study_group; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX approval_study_group ON recflow.approval USING btree (study_group);


--
-- Name: circular_status; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX circular_status ON recflow.circular USING btree (status);


--
-- Name: circular_text_subject; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX circular_text_subject ON recflow.circular_text USING btree (subject_type, subject_id);


--
-- Name: deadline_open; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX deadline_open ON recflow.deadline USING btree (closed_at, due_at, id);


--
-- Name: deadline_open_by_group; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX deadline_open_by_group ON recflow.deadline USING btree (study_group, closed_at, due_at, id);


--
-- Name: deadline_subject; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX deadline_subject ON recflow.deadline USING btree (subject_type, subject_id);


--
-- Name: deletion_status; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX deletion_status ON recflow.deletion USING btree (status);


--
-- Name: deletion_study_group; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX deletion_study_group ON recflow.deletion USING btree (study_group);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON recflow.flyway_schema_history USING btree (success);


--
-- Name: history_subject; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX history_subject ON recflow.history_entry USING btree (subject_type, subject_id, id);


--
-- Name: idempotent_request_created; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX idempotent_request_created ON recflow.idempotent_request USING btree (created_at);


--
-- Name: meeting_start; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX meeting_start ON recflow.meeting USING btree (start_date, id);


--
-- Name: meeting_study_group_start; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX meeting_study_group_start ON recflow.meeting USING btree (study_group, start_date);


--
-- Name: question_status; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX question_status ON recflow.question USING btree (status);


--
-- Name: question_study_group; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX question_study_group ON recflow.question USING btree (study_group);


--
-- Name: act_ru_identitylink act_fk_athrz_procedef; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_identitylink
    ADD CONSTRAINT act_fk_athrz_procedef FOREIGN KEY (proc_def_id_) REFERENCES public.act_re_procdef(id_);


--
-- Name: act_ru_batch act_fk_batch_job_def; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_batch
    ADD CONSTRAINT act_fk_batch_job_def FOREIGN KEY (batch_job_def_id_) REFERENCES public.act_ru_jobdef(id_);


--
-- Name: act_ru_batch act_fk_batch_monitor_job_def; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_batch
    ADD CONSTRAINT act_fk_batch_monitor_job_def FOREIGN KEY (monitor_job_def_id_) REFERENCES public.act_ru_jobdef(id_);


--
-- Name: act_ru_batch act_fk_batch_seed_job_def; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_batch
    ADD CONSTRAINT act_fk_batch_seed_job_def FOREIGN KEY (seed_job_def_id_) REFERENCES public.act_ru_jobdef(id_);


--
-- Name: act_ge_bytearray act_fk_bytearr_depl; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ge_bytearray
    ADD CONSTRAINT act_fk_bytearr_depl FOREIGN KEY (deployment_id_) REFERENCES public.act_re_deployment(id_);


--
-- Name: act_ru_case_execution act_fk_case_exe_case_def; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_case_execution
    ADD CONSTRAINT act_fk_case_exe_case_def FOREIGN KEY (case_def_id_) REFERENCES public.act_re_case_def(id_);


--
-- Name: act_ru_case_execution act_fk_case_exe_case_inst; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_case_execution
    ADD CONSTRAINT act_fk_case_exe_case_inst FOREIGN KEY (case_inst_id_) REFERENCES public.act_ru_case_execution(id_);


--
-- Name: act_ru_case_execution act_fk_case_exe_parent; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_case_execution
    ADD CONSTRAINT act_fk_case_exe_parent FOREIGN KEY (parent_id_) REFERENCES public.act_ru_case_execution(id_);


--
-- Name: act_ru_case_sentry_part act_fk_case_sentry_case_exec; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_case_sentry_part
    ADD CONSTRAINT act_fk_case_sentry_case_exec FOREIGN KEY (case_exec_id_) REFERENCES public.act_ru_case_execution(id_);


--
-- Name: act_ru_case_sentry_part act_fk_case_sentry_case_inst; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_case_sentry_part
    ADD CONSTRAINT act_fk_case_sentry_case_inst FOREIGN KEY (case_inst_id_) REFERENCES public.act_ru_case_execution(id_);


--
-- Name: act_re_decision_def act_fk_dec_req; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_re_decision_def
    ADD CONSTRAINT act_fk_dec_req FOREIGN KEY (dec_req_id_) REFERENCES public.act_re_decision_req_def(id_);


--
-- Name: act_ru_event_subscr act_fk_event_exec; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_event_subscr
    ADD CONSTRAINT act_fk_event_exec FOREIGN KEY (execution_id_) REFERENCES public.act_ru_execution(id_);


--
-- Name: act_ru_execution act_fk_exe_parent; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_execution
    ADD CONSTRAINT act_fk_exe_parent FOREIGN KEY (parent_id_) REFERENCES public.act_ru_execution(id_);


--
-- Name: act_ru_execution act_fk_exe_procdef; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_execution
    ADD CONSTRAINT act_fk_exe_procdef FOREIGN KEY (proc_def_id_) REFERENCES public.act_re_procdef(id_);


--
-- Name: act_ru_execution act_fk_exe_procinst; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_execution
    ADD CONSTRAINT act_fk_exe_procinst FOREIGN KEY (proc_inst_id_) REFERENCES public.act_ru_execution(id_);


--
-- Name: act_ru_execution act_fk_exe_super; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_execution
    ADD CONSTRAINT act_fk_exe_super FOREIGN KEY (super_exec_) REFERENCES public.act_ru_execution(id_);


--
-- Name: act_ru_ext_task act_fk_ext_task_error_details; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_ext_task
    ADD CONSTRAINT act_fk_ext_task_error_details FOREIGN KEY (error_details_id_) REFERENCES public.act_ge_bytearray(id_);


--
-- Name: act_ru_ext_task act_fk_ext_task_exe; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_ext_task
    ADD CONSTRAINT act_fk_ext_task_exe FOREIGN KEY (execution_id_) REFERENCES public.act_ru_execution(id_);


--
-- Name: act_ru_incident act_fk_inc_cause; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_incident
    ADD CONSTRAINT act_fk_inc_cause FOREIGN KEY (cause_incident_id_) REFERENCES public.act_ru_incident(id_);


--
-- Name: act_ru_incident act_fk_inc_exe; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_incident
    ADD CONSTRAINT act_fk_inc_exe FOREIGN KEY (execution_id_) REFERENCES public.act_ru_execution(id_);


--
-- Name: act_ru_incident act_fk_inc_job_def; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_incident
    ADD CONSTRAINT act_fk_inc_job_def FOREIGN KEY (job_def_id_) REFERENCES public.act_ru_jobdef(id_);


--
-- Name: act_ru_incident act_fk_inc_procdef; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_incident
    ADD CONSTRAINT act_fk_inc_procdef FOREIGN KEY (proc_def_id_) REFERENCES public.act_re_procdef(id_);


--
-- Name: act_ru_incident act_fk_inc_procinst; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_incident
    ADD CONSTRAINT act_fk_inc_procinst FOREIGN KEY (proc_inst_id_) REFERENCES public.act_ru_execution(id_);


--
-- Name: act_ru_incident act_fk_inc_rcause; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_incident
    ADD CONSTRAINT act_fk_inc_rcause FOREIGN KEY (root_cause_incident_id_) REFERENCES public.act_ru_incident(id_);


--
-- Name: act_ru_job act_fk_job_exception; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_job
    ADD CONSTRAINT act_fk_job_exception FOREIGN KEY (exception_stack_id_) REFERENCES public.act_ge_bytearray(id_);


--
-- Name: act_id_membership act_fk_memb_group; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_membership
    ADD CONSTRAINT act_fk_memb_group FOREIGN KEY (group_id_) REFERENCES public.act_id_group(id_);


--
-- Name: act_id_membership act_fk_memb_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_membership
    ADD CONSTRAINT act_fk_memb_user FOREIGN KEY (user_id_) REFERENCES public.act_id_user(id_);


--
-- Name: act_ru_task act_fk_task_case_def; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_task
    ADD CONSTRAINT act_fk_task_case_def FOREIGN KEY (case_def_id_) REFERENCES public.act_re_case_def(id_);


--
-- Name: act_ru_task act_fk_task_case_exe; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_task
    ADD CONSTRAINT act_fk_task_case_exe FOREIGN KEY (case_execution_id_) REFERENCES public.act_ru_case_execution(id_);


--
-- Name: act_ru_task act_fk_task_exe; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_task
    ADD CONSTRAINT act_fk_task_exe FOREIGN KEY (execution_id_) REFERENCES public.act_ru_execution(id_);


--
-- Name: act_ru_task act_fk_task_procdef; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_task
    ADD CONSTRAINT act_fk_task_procdef FOREIGN KEY (proc_def_id_) REFERENCES public.act_re_procdef(id_);


--
-- Name: act_ru_task act_fk_task_procinst; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_task
    ADD CONSTRAINT act_fk_task_procinst FOREIGN KEY (proc_inst_id_) REFERENCES public.act_ru_execution(id_);


--
-- Name: act_id_tenant_member act_fk_tenant_memb; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_tenant_member
    ADD CONSTRAINT act_fk_tenant_memb FOREIGN KEY (tenant_id_) REFERENCES public.act_id_tenant(id_);


--
-- Name: act_id_tenant_member act_fk_tenant_memb_group; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_tenant_member
    ADD CONSTRAINT act_fk_tenant_memb_group FOREIGN KEY (group_id_) REFERENCES public.act_id_group(id_);


--
-- Name: act_id_tenant_member act_fk_tenant_memb_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_tenant_member
    ADD CONSTRAINT act_fk_tenant_memb_user FOREIGN KEY (user_id_) REFERENCES public.act_id_user(id_);


--
-- Name: act_ru_identitylink act_fk_tskass_task; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_identitylink
    ADD CONSTRAINT act_fk_tskass_task FOREIGN KEY (task_id_) REFERENCES public.act_ru_task(id_);


--
-- Name: act_ru_variable act_fk_var_batch; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_variable
    ADD CONSTRAINT act_fk_var_batch FOREIGN KEY (batch_id_) REFERENCES public.act_ru_batch(id_);


--
-- Name: act_ru_variable act_fk_var_bytearray; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_variable
    ADD CONSTRAINT act_fk_var_bytearray FOREIGN KEY (bytearray_id_) REFERENCES public.act_ge_bytearray(id_);


--
-- Name: act_ru_variable act_fk_var_case_exe; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_variable
    ADD CONSTRAINT act_fk_var_case_exe FOREIGN KEY (case_execution_id_) REFERENCES public.act_ru_case_execution(id_);


--
-- Name: act_ru_variable act_fk_var_case_inst; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_variable
    ADD CONSTRAINT act_fk_var_case_inst FOREIGN KEY (case_inst_id_) REFERENCES public.act_ru_case_execution(id_);


--
-- Name: act_ru_variable act_fk_var_exe; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_variable
    ADD CONSTRAINT act_fk_var_exe FOREIGN KEY (execution_id_) REFERENCES public.act_ru_execution(id_);


--
-- Name: act_ru_variable act_fk_var_procinst; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_variable
    ADD CONSTRAINT act_fk_var_procinst FOREIGN KEY (proc_inst_id_) REFERENCES public.act_ru_execution(id_);


--
-- Name: approval_comment approval_comment_approval_id_fkey; Type: FK CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.approval_comment
    ADD CONSTRAINT approval_comment_approval_id_fkey FOREIGN KEY (approval_id) REFERENCES recflow.approval(id);


--
-- Name: approval approval_meeting; Type: FK CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.approval
    ADD CONSTRAINT approval_meeting FOREIGN KEY (meeting_id) REFERENCES recflow.meeting(id);


--
-- Name: approval_objection approval_objection_approval_id_fkey; Type: FK CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.approval_objection
    ADD CONSTRAINT approval_objection_approval_id_fkey FOREIGN KEY (approval_id) REFERENCES recflow.approval(id);


--
-- Name: circular_pdf circular_pdf_circular_id_fkey; Type: FK CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.circular_pdf
    ADD CONSTRAINT circular_pdf_circular_id_fkey FOREIGN KEY (circular_id) REFERENCES recflow.circular(id);


--
-- Name: circular_text circular_text_circular_id_fkey; Type: FK CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.circular_text
    ADD CONSTRAINT circular_text_circular_id_fkey FOREIGN KEY (circular_id) REFERENCES recflow.circular(id);


--
-- Name: deletion_objection deletion_objection_deletion_id_fkey; Type: FK CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.deletion_objection
    ADD CONSTRAINT deletion_objection_deletion_id_fkey FOREIGN KEY (deletion_id) REFERENCES recflow.deletion(id);


--
-- PostgreSQL database dump complete
--

\unrestrict XXhrO8GMMmMpJiKEer11VvgWxnVZqjepQWQPoCfNpci830BKU0x9bcSZgPFWoAX

