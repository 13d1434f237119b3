--
-- PostgreSQL database dump
--

\restrict PoLxcOqmkeTW9gxXvKIRdz4RPdq0x1NZIltTL3u1jjHo62wBAcg7XEF7ldG3VQF

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
-- Name: announcement; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.announcement (
    id bigint NOT NULL,
    subject_type character varying(16) NOT NULL,
    subject_id bigint NOT NULL,
    subject character varying(600) NOT NULL,
    study_group character varying(8) NOT NULL,
    kind character varying(40) NOT NULL,
    announced_at timestamp with time zone NOT NULL,
    summary character varying(4000) NOT NULL
);


--
-- Name: announcement_id_seq; Type: SEQUENCE; Schema: recflow; Owner: -
--

ALTER TABLE recflow.announcement ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME recflow.announcement_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
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
-- Name: consultation_reply_first; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.consultation_reply_first (
    id bigint NOT NULL,
    subject_type character varying(16) NOT NULL,
    subject_id bigint NOT NULL,
    round integer NOT NULL,
    member_state character varying(3) NOT NULL,
    first_submitted_at timestamp with time zone NOT NULL
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
-- Name: consultation_reply; Type: VIEW; Schema: recflow; Owner: -
--

CREATE VIEW recflow.consultation_reply AS
 SELECT r.id,
    r.subject_type,
    r.subject_id,
    r.round,
    r.member_state,
    v."position",
    v.reasons,
    v.proposed_changes,
    v.author,
    r.first_submitted_at,
    v.submitted_at,
    v.version
   FROM (recflow.consultation_reply_first r
     JOIN recflow.consultation_reply_version v ON ((((v.subject_type)::text = (r.subject_type)::text) AND (v.subject_id = r.subject_id) AND (v.round = r.round) AND ((v.member_state)::text = (r.member_state)::text))))
  WHERE (v.version = ( SELECT max(w.version) AS max
           FROM recflow.consultation_reply_version w
          WHERE (((w.subject_type)::text = (r.subject_type)::text) AND (w.subject_id = r.subject_id) AND (w.round = r.round) AND ((w.member_state)::text = (r.member_state)::text))));


--
-- Name: consultation_reply_id_seq; Type: SEQUENCE; Schema: recflow; Owner: -
--

ALTER TABLE recflow.consultation_reply_first ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME recflow.consultation_reply_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
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
-- Name: event_publication; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.event_publication (
    id uuid NOT NULL,
    listener_id character varying(512) NOT NULL,
    event_type character varying(512) NOT NULL,
    serialized_event character varying(20000) NOT NULL,
    publication_date timestamp with time zone NOT NULL,
    completion_date timestamp with time zone
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
-- Name: notification_delivery; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.notification_delivery (
    id bigint NOT NULL,
    event_id uuid NOT NULL,
    recipient character varying(64) NOT NULL,
    channel character varying(8) NOT NULL,
    type character varying(16) NOT NULL,
    address character varying(2000) NOT NULL,
    status character varying(16) NOT NULL,
    attempts integer NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    give_up_at timestamp with time zone NOT NULL,
    lease_until timestamp with time zone,
    leased_by character varying(64),
    last_error character varying(1000),
    created_at timestamp with time zone NOT NULL,
    delivered_at timestamp with time zone
);


--
-- Name: notification_delivery_id_seq; Type: SEQUENCE; Schema: recflow; Owner: -
--

ALTER TABLE recflow.notification_delivery ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME recflow.notification_delivery_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: notification_event; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.notification_event (
    id uuid NOT NULL,
    type character varying(16) NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    subject_type character varying(16) NOT NULL,
    subject_id bigint NOT NULL,
    study_group character varying(8),
    body character varying(20000) NOT NULL
);


--
-- Name: notification_subscription; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.notification_subscription (
    account character varying(64) NOT NULL,
    email character varying(320),
    language character varying(2) NOT NULL,
    webhook_url character varying(2000),
    webhook_secret character varying(200),
    events character varying(200) NOT NULL,
    updated_at timestamp with time zone NOT NULL
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
-- Name: reminder_trigger; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.reminder_trigger (
    deadline_id bigint NOT NULL,
    recipient character varying(16) NOT NULL,
    moment character varying(32) NOT NULL,
    due_at timestamp with time zone NOT NULL,
    subject_type character varying(16) NOT NULL,
    subject_id bigint NOT NULL,
    fired_at timestamp with time zone NOT NULL
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

INSERT INTO public.act_ge_bytearray VALUES ('85f6b0eb-ec58-11f1-bd33-02fc00000001', 1, 'processes/tap-approval.bpmn', '85f52a4a-ec58-11f1-bd33-02fc00000001', '\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44492220786d6c6e733a63616d756e64613d22687474703a2f2f63616d756e64612e6f72672f736368656d612f312e302f62706d6e2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e6365222069643d22746170417070726f76616c446566696e6974696f6e7322207461726765744e616d6573706163653d2268747470733a2f2f726563666c6f772e6f72672f62706d6e22206578706f727465723d22726563666c6f7722206578706f7274657256657273696f6e3d2231223e0a20203c62706d6e3a6d6573736167652069643d22546170436f6e73756c746174696f6e416e6e6f756e63656422206e616d653d22546170436f6e73756c746174696f6e416e6e6f756e63656422202f3e0a20203c62706d6e3a6d6573736167652069643d225461704d656574696e674f7574636f6d655265636f7264656422206e616d653d225461704d656574696e674f7574636f6d655265636f7264656422202f3e0a20203c62706d6e3a6d6573736167652069643d225461704d6f726554696d654465636964656422206e616d653d225461704d6f726554696d654465636964656422202f3e0a20203c62706d6e3a70726f636573732069643d22746170417070726f76616c22206e616d653d2254415020617070726f76616c206f662061205265636f6d6d656e646174696f6e202857545341205265736f6c7574696f6e203120c2a739292220697345786563757461626c653d2274727565222063616d756e64613a686973746f727954696d65546f4c6976653d22313830223e0a202020203c62706d6e3a73746172744576656e742069643d22617070726f76616c52657175657374656422206e616d653d22417070726f76616c207265717565737465642061667465722064657465726d696e6174696f6e223e0a2020202020203c62706d6e3a6f7574676f696e673e617070726f76616c526571756573746564546f436f6e73756c746174696f6e416e6e6f756e6365643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d22636f6e73756c746174696f6e416e6e6f756e63656422206e616d653d22496e74656e7420616e6e6f756e6365642c20636f6e73756c746174696f6e206f70656e6564202833206d6f6e74687320616865616429223e0a2020202020203c62706d6e3a696e636f6d696e673e617070726f76616c526571756573746564546f436f6e73756c746174696f6e416e6e6f756e6365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e416e6e6f756e636564546f436f6e73756c746174696f6e436c6f7365643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d22636f6e73756c746174696f6e416e6e6f756e6365644d65737361676522206d6573736167655265663d22546170436f6e73756c746174696f6e416e6e6f756e63656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d22636f6e73756c746174696f6e436c6f73656422206e616d653d22436f6e73756c746174696f6e20636c6f73656420283720776f726b696e672064617973206265666f726520746865206d656574696e6729223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e416e6e6f756e636564546f436f6e73756c746174696f6e436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d22636f6e73756c746174696f6e436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f7365436f6e73756c746174696f6e22206e616d653d22436f756e7420746865204d656d626572205374617465207265706c696573222063616d756e64613a64656c656761746545787072657373696f6e3d22247b746170436c6f7365436f6e73756c746174696f6e7d223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65743c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d227468726573686f6c644d657422206e616d653d22373025206f72206d6f726520696e20737570706f72742c206f72206e6f207265706c793f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e537570706f7274733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e42656c6f775468726573686f6c643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226d656574696e674f7574636f6d655265636f7264656422206e616d653d224d656574696e67206f7574636f6d65207265636f72646564223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e537570706f7274733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226d656574696e674f7574636f6d655265636f726465644d65737361676522206d6573736167655265663d225461704d656574696e674f7574636f6d655265636f7264656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226d656574696e674465636973696f6e22206e616d653d22576861742064696420746865206d656574696e67206465636964653f223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e67417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674d6f726554696d653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a6576656e744261736564476174657761792069643d226d6f726554696d6557696e646f7722206e616d653d224f626a656374696f6e2077697468696e2034207765656b733f223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674d6f726554696d653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d6557696e646f77546f4f626a656374696f6e52656365697665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6576656e744261736564476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226d6f726554696d65436c6f73656422206e616d653d224d6f72652074696d6520636c6f736564223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d65436c6f736564546f436c6f73654d6f726554696d653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226d6f726554696d65436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d65436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f73654d6f726554696d6522206e616d653d22446563696465206166746572206d6f72652074696d65222063616d756e64613a64656c656761746545787072657373696f6e3d22247b636c6f73654d6f726554696d657d223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d65436c6f736564546f436c6f73654d6f726554696d653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226d6f726554696d654465636973696f6e22206e616d653d22417070726f766564206166746572206d6f72652074696d653f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d65417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d654e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226f626a656374696f6e526563656976656422206e616d653d224f626a656374696f6e207265636569766564223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d6557696e646f77546f4f626a656374696f6e52656365697665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6f626a656374696f6e5265636569766564546f546f4e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226f626a656374696f6e52656365697665644d65737361676522206d6573736167655265663d225461704d6f726554696d654465636964656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f417070726f76656422206e616d653d22223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e67417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d65417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d22617070726f76656422206e616d653d22417070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f4e6f74417070726f76656422206e616d653d22223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e42656c6f775468726573686f6c643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d654e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6f626a656374696f6e5265636569766564546f546f4e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f4e6f74417070726f766564546f4e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d226e6f74417070726f76656422206e616d653d224e6f7420617070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e746f4e6f74417070726f766564546f4e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22617070726f76616c526571756573746564546f436f6e73756c746174696f6e416e6e6f756e6365642220736f757263655265663d22617070726f76616c52657175657374656422207461726765745265663d22636f6e73756c746174696f6e416e6e6f756e63656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e416e6e6f756e636564546f436f6e73756c746174696f6e436c6f7365642220736f757263655265663d22636f6e73756c746174696f6e416e6e6f756e63656422207461726765745265663d22636f6e73756c746174696f6e436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e2220736f757263655265663d22636f6e73756c746174696f6e436c6f73656422207461726765745265663d22636c6f7365436f6e73756c746174696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65742220736f757263655265663d22636c6f7365436f6e73756c746174696f6e22207461726765745265663d227468726573686f6c644d657422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e537570706f72747322206e616d653d227965732220736f757263655265663d227468726573686f6c644d657422207461726765745265663d226d656574696e674f7574636f6d655265636f72646564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e526573756c74203d3d2027434f4e54494e5545277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e42656c6f775468726573686f6c6422206e616d653d2262656c6f77203730252220736f757263655265663d227468726573686f6c644d657422207461726765745265663d22746f4e6f74417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e526573756c74203d3d202742454c4f575f5448524553484f4c44277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e2220736f757263655265663d226d656574696e674f7574636f6d655265636f7264656422207461726765745265663d226d656574696e674465636973696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e67417070726f76656422206e616d653d226e6f206f626a656374696f6e2220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674e6f74417070726f76656422206e616d653d22616e206f626a656374696f6e2220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d22746f4e6f74417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d20274e4f545f415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674d6f726554696d6522206e616d653d226d6f72652074696d652061736b65642220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d226d6f726554696d6557696e646f77223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d20274d4f52455f54494d45277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365642220736f757263655265663d226d6f726554696d6557696e646f7722207461726765745265663d226d6f726554696d65436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d6557696e646f77546f4f626a656374696f6e52656365697665642220736f757263655265663d226d6f726554696d6557696e646f7722207461726765745265663d226f626a656374696f6e526563656976656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d652220736f757263655265663d226d6f726554696d65436c6f73656422207461726765745265663d22636c6f73654d6f726554696d6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e2220736f757263655265663d22636c6f73654d6f726554696d6522207461726765745265663d226d6f726554696d654465636973696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d65417070726f76656422206e616d653d22617070726f7665642220736f757263655265663d226d6f726554696d654465636973696f6e22207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d654465636973696f6e203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d654e6f74417070726f76656422206e616d653d226e6f7420617070726f7665642220736f757263655265663d226d6f726554696d654465636973696f6e22207461726765745265663d22746f4e6f74417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d654465636973696f6e203d3d20274e4f545f415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226f626a656374696f6e5265636569766564546f546f4e6f74417070726f7665642220736f757263655265663d226f626a656374696f6e526563656976656422207461726765745265663d22746f4e6f74417070726f76656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f417070726f766564546f417070726f7665642220736f757263655265663d22746f417070726f76656422207461726765745265663d22617070726f76656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f4e6f74417070726f766564546f4e6f74417070726f7665642220736f757263655265663d22746f4e6f74417070726f76656422207461726765745265663d226e6f74417070726f76656422202f3e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d2069643d22746170417070726f76616c4469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22746170417070726f76616c506c616e65222062706d6e456c656d656e743d22746170417070726f76616c223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76616c5265717565737465645368617065222062706d6e456c656d656e743d22617070726f76616c526571756573746564223e0a20202020202020203c64633a426f756e647320783d223130322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d2237352220793d22313232222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636f6e73756c746174696f6e416e6e6f756e6365645368617065222062706d6e456c656d656e743d22636f6e73756c746174696f6e416e6e6f756e636564223e0a20202020202020203c64633a426f756e647320783d223233322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223230352220793d22313232222077696474683d22393022206865696768743d22373022202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636f6e73756c746174696f6e436c6f7365645368617065222062706d6e456c656d656e743d22636f6e73756c746174696f6e436c6f736564223e0a20202020202020203c64633a426f756e647320783d223336322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223333352220793d22313232222077696474683d22393022206865696768743d22373022202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f7365436f6e73756c746174696f6e5368617065222062706d6e456c656d656e743d22636c6f7365436f6e73756c746174696f6e223e0a20202020202020203c64633a426f756e647320783d223435352220793d223630222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227468726573686f6c644d65745368617065222062706d6e456c656d656e743d227468726573686f6c644d6574222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223631352220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223539352220793d223239222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d656574696e674f7574636f6d655265636f726465645368617065222062706d6e456c656d656e743d226d656574696e674f7574636f6d655265636f72646564223e0a20202020202020203c64633a426f756e647320783d223735322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223732352220793d22313232222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d656574696e674465636973696f6e5368617065222062706d6e456c656d656e743d226d656574696e674465636973696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223837352220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223835352220793d223433222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f417070726f7665645368617065222062706d6e456c656d656e743d22746f417070726f766564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313532352220793d223735222077696474683d22353022206865696768743d22353022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f7665645368617065222062706d6e456c656d656e743d22617070726f766564223e0a20202020202020203c64633a426f756e647320783d22313636322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313634392220793d22313232222077696474683d22363222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d6557696e646f775368617065222062706d6e456c656d656e743d226d6f726554696d6557696e646f77223e0a20202020202020203c64633a426f756e647320783d22313030352220793d22323235222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223934382220793d22313933222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d65436c6f7365645368617065222062706d6e456c656d656e743d226d6f726554696d65436c6f736564223e0a20202020202020203c64633a426f756e647320783d22313134322220793d22323332222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313131352220793d22323732222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f73654d6f726554696d655368617065222062706d6e456c656d656e743d22636c6f73654d6f726554696d65223e0a20202020202020203c64633a426f756e647320783d22313233352220793d22323130222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d654465636973696f6e5368617065222062706d6e456c656d656e743d226d6f726554696d654465636973696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313339352220793d22323235222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313337352220793d22313933222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226f626a656374696f6e52656365697665645368617065222062706d6e456c656d656e743d226f626a656374696f6e5265636569766564223e0a20202020202020203c64633a426f756e647320783d22313134322220793d22333532222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313131352220793d22333230222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f4e6f74417070726f7665645368617065222062706d6e456c656d656e743d22746f4e6f74417070726f766564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313532352220793d22343535222077696474683d22353022206865696768743d22353022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226e6f74417070726f7665645368617065222062706d6e456c656d656e743d226e6f74417070726f766564223e0a20202020202020203c64633a426f756e647320783d22313636322220793d22343632222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313633372220793d22353032222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22617070726f76616c526571756573746564546f436f6e73756c746174696f6e416e6e6f756e63656445646765222062706d6e456c656d656e743d22617070726f76616c526571756573746564546f436f6e73756c746174696f6e416e6e6f756e636564223e0a20202020202020203c64693a776179706f696e7420783d223133382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223233322220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e416e6e6f756e636564546f436f6e73756c746174696f6e436c6f73656445646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e416e6e6f756e636564546f436f6e73756c746174696f6e436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d223236382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223336322220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e45646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e223e0a20202020202020203c64693a776179706f696e7420783d223339382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223435352220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d657445646765222062706d6e456c656d656e743d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d6574223e0a20202020202020203c64693a776179706f696e7420783d223536352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223631352220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e537570706f72747345646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e537570706f727473223e0a20202020202020203c64693a776179706f696e7420783d223636352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223735322220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223637312220793d223832222077696474683d22333222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e42656c6f775468726573686f6c6445646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e42656c6f775468726573686f6c64223e0a20202020202020203c64693a776179706f696e7420783d223634302220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223634302220793d2234383022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2234383022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223634362220793d22343632222077696474683d22363822206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e45646765222062706d6e456c656d656e743d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e223e0a20202020202020203c64693a776179706f696e7420783d223738382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223837352220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e67417070726f76656445646765222062706d6e456c656d656e743d226d656574696e67417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d223932352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223933312220793d223832222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674d6f726554696d6545646765222062706d6e456c656d656e743d226d656574696e674d6f726554696d65223e0a20202020202020203c64693a776179706f696e7420783d223930302220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223930302220793d2232353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313030352220793d2232353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223930362220793d22323332222077696474683d22393622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674e6f74417070726f76656445646765222062706d6e456c656d656e743d226d656574696e674e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d223930302220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223930302220793d2234383022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2234383022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223930362220793d22343632222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f73656445646765222062706d6e456c656d656e743d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d22313035352220793d2232353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313134322220793d2232353022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d6557696e646f77546f4f626a656374696f6e526563656976656445646765222062706d6e456c656d656e743d226d6f726554696d6557696e646f77546f4f626a656374696f6e5265636569766564223e0a20202020202020203c64693a776179706f696e7420783d22313033302220793d2232373522202f3e0a20202020202020203c64693a776179706f696e7420783d22313033302220793d2233373022202f3e0a20202020202020203c64693a776179706f696e7420783d22313134322220793d2233373022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d6545646765222062706d6e456c656d656e743d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d65223e0a20202020202020203c64693a776179706f696e7420783d22313137382220793d2232353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313233352220793d2232353022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e45646765222062706d6e456c656d656e743d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e223e0a20202020202020203c64693a776179706f696e7420783d22313334352220793d2232353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313339352220793d2232353022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d65417070726f76656445646765222062706d6e456c656d656e743d226d6f726554696d65417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313434352220793d2232353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313535302220793d2232353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313535302220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313435312220793d22323534222077696474683d22363222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d654e6f74417070726f76656445646765222062706d6e456c656d656e743d226d6f726554696d654e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313432302220793d2232373522202f3e0a20202020202020203c64693a776179706f696e7420783d22313432302220793d2234383022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2234383022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313432352220793d22323831222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226f626a656374696f6e5265636569766564546f546f4e6f74417070726f76656445646765222062706d6e456c656d656e743d226f626a656374696f6e5265636569766564546f546f4e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2233383822202f3e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2234383022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2234383022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f417070726f766564546f417070726f76656445646765222062706d6e456c656d656e743d22746f417070726f766564546f417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313537352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22313636322220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f4e6f74417070726f766564546f4e6f74417070726f76656445646765222062706d6e456c656d656e743d22746f4e6f74417070726f766564546f4e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313537352220793d2234383022202f3e0a20202020202020203c64693a776179706f696e7420783d22313636322220793d2234383022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a', false, NULL, 1, '2026-11-30 00:53:57.401', NULL, NULL);
INSERT INTO public.act_ge_bytearray VALUES ('85f6b0ec-ec58-11f1-bd33-02fc00000001', 1, 'processes/aap-approval.bpmn', '85f52a4a-ec58-11f1-bd33-02fc00000001', '\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44492220786d6c6e733a63616d756e64613d22687474703a2f2f63616d756e64612e6f72672f736368656d612f312e302f62706d6e2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e6365222069643d22616170417070726f76616c446566696e6974696f6e7322207461726765744e616d6573706163653d2268747470733a2f2f726563666c6f772e6f72672f62706d6e22206578706f727465723d22726563666c6f7722206578706f7274657256657273696f6e3d2231223e0a20203c62706d6e3a6d6573736167652069643d224161704164646974696f6e616c526576696577416e6e6f756e63656422206e616d653d224161704164646974696f6e616c526576696577416e6e6f756e63656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704164646974696f6e616c5265766965774a756467656422206e616d653d224161704164646974696f6e616c5265766965774a756467656422202f3e0a20203c62706d6e3a6d6573736167652069643d22416170436f6d6d656e74735265736f6c76656422206e616d653d22416170436f6d6d656e74735265736f6c76656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704c61737443616c6c416e6e6f756e63656422206e616d653d224161704c61737443616c6c416e6e6f756e63656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704c61737443616c6c4a756467656422206e616d653d224161704c61737443616c6c4a756467656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704d656574696e67416e6e6f756e63656422206e616d653d224161704d656574696e67416e6e6f756e63656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704d656574696e674f7574636f6d655265636f7264656422206e616d653d224161704d656574696e674f7574636f6d655265636f7264656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704d6f726554696d654465636964656422206e616d653d224161704d6f726554696d654465636964656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161705265736f6c7574696f6e4a756467656422206e616d653d224161705265736f6c7574696f6e4a756467656422202f3e0a20203c62706d6e3a70726f636573732069643d22616170417070726f76616c22206e616d653d2241415020617070726f76616c206f662061205265636f6d6d656e646174696f6e20284954552d5420412e38292220697345786563757461626c653d2274727565222063616d756e64613a686973746f727954696d65546f4c6976653d22313830223e0a202020203c62706d6e3a73746172744576656e742069643d22617070726f76616c52657175657374656422206e616d653d22417070726f76616c20726571756573746564223e0a2020202020203c62706d6e3a6f7574676f696e673e617070726f76616c526571756573746564546f4c61737443616c6c416e6e6f756e6365643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226c61737443616c6c416e6e6f756e63656422206e616d653d224c6173742043616c6c20616e6e6f756e636564223e0a2020202020203c62706d6e3a696e636f6d696e673e617070726f76616c526571756573746564546f4c61737443616c6c416e6e6f756e6365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c416e6e6f756e636564546f4c61737443616c6c436c6f7365643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226c61737443616c6c416e6e6f756e6365644d65737361676522206d6573736167655265663d224161704c61737443616c6c416e6e6f756e63656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226c61737443616c6c436c6f73656422206e616d653d224c6173742043616c6c20636c6f736564223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c416e6e6f756e636564546f4c61737443616c6c436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c436c6f736564546f436c6f73654c61737443616c6c3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226c61737443616c6c436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6c61737443616c6c436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f73654c61737443616c6c22206e616d653d22436f756e74204c6173742043616c6c20636f6d6d656e7473222063616d756e64613a64656c656761746545787072657373696f6e3d22247b616170436c6f73654c61737443616c6c7d223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c436c6f736564546f436c6f73654c61737443616c6c3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f73654c61737443616c6c546f4c61737443616c6c436f6d6d656e7465643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226c61737443616c6c436f6d6d656e74656422206e616d653d22416e7920636f6d6d656e7420696e204c6173742043616c6c3f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f73654c61737443616c6c546f4c61737443616c6c436f6d6d656e7465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c4e6f436f6d6d656e743c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c57697468436f6d6d656e74733c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226c61737443616c6c4a756467656422206e616d653d224c6173742043616c6c206a7564676564206279207468652063686169726d616e223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c57697468436f6d6d656e74733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c4a7564676564546f4c61737443616c6c526f7574653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226c61737443616c6c4a75646765644d65737361676522206d6573736167655265663d224161704c61737443616c6c4a756467656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226c61737443616c6c526f75746522206e616d653d22576869636820726f757465206166746572204c6173742043616c6c3f223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c4a7564676564546f4c61737443616c6c526f7574653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c417070726f76653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c4d656574696e673c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c5265736f6c7574696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d22636f6d6d656e74735265736f6c76656422206e616d653d22436f6d6d656e7473207265736f6c766564223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c5265736f6c7574696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6d6d656e74735265736f6c766564546f5265736f6c7574696f6e4a75646765643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d22636f6d6d656e74735265736f6c7665644d65737361676522206d6573736167655265663d22416170436f6d6d656e74735265736f6c76656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d227265736f6c7574696f6e4a756467656422206e616d653d225265736f6c7574696f6e206a7564676564206279207468652063686169726d616e223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6d6d656e74735265736f6c766564546f5265736f6c7574696f6e4a75646765643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e7265736f6c7574696f6e4a7564676564546f5265736f6c7574696f6e526f7574653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d227265736f6c7574696f6e4a75646765644d65737361676522206d6573736167655265663d224161705265736f6c7574696f6e4a756467656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d227265736f6c7574696f6e526f75746522206e616d653d22576869636820726f757465206166746572207265736f6c7574696f6e3f223e0a2020202020203c62706d6e3a696e636f6d696e673e7265736f6c7574696f6e4a7564676564546f5265736f6c7574696f6e526f7574653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e7265736f6c7574696f6e4164646974696f6e616c5265766965773c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e7265736f6c7574696f6e4d656574696e673c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226164646974696f6e616c526576696577416e6e6f756e63656422206e616d653d224164646974696f6e616c2052657669657720616e6e6f756e636564223e0a2020202020203c62706d6e3a696e636f6d696e673e7265736f6c7574696f6e4164646974696f6e616c5265766965773c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c526576696577416e6e6f756e636564546f4164646974696f6e616c526576696577436c6f7365643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226164646974696f6e616c526576696577416e6e6f756e6365644d65737361676522206d6573736167655265663d224161704164646974696f6e616c526576696577416e6e6f756e63656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226164646974696f6e616c526576696577436c6f73656422206e616d653d224164646974696f6e616c2052657669657720636c6f736564223e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c526576696577416e6e6f756e636564546f4164646974696f6e616c526576696577436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c526576696577436c6f736564546f436c6f73654164646974696f6e616c5265766965773c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226164646974696f6e616c526576696577436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6164646974696f6e616c526576696577436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f73654164646974696f6e616c52657669657722206e616d653d22436f756e74204164646974696f6e616c2052657669657720636f6d6d656e7473222063616d756e64613a64656c656761746545787072657373696f6e3d22247b616170436c6f73654164646974696f6e616c5265766965777d223e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c526576696577436c6f736564546f436c6f73654164646974696f6e616c5265766965773c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f73654164646974696f6e616c526576696577546f4164646974696f6e616c526576696577436f6d6d656e7465643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226164646974696f6e616c526576696577436f6d6d656e74656422206e616d653d22416e7920636f6d6d656e7420696e204164646974696f6e616c205265766965773f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f73654164646974696f6e616c526576696577546f4164646974696f6e616c526576696577436f6d6d656e7465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c5265766965774e6f436f6d6d656e743c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c52657669657757697468436f6d6d656e74733c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226164646974696f6e616c5265766965774a756467656422206e616d653d224164646974696f6e616c20526576696577206a7564676564206279207468652063686169726d616e223e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c52657669657757697468436f6d6d656e74733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c5265766965774a7564676564546f4164646974696f6e616c526576696577526f7574653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226164646974696f6e616c5265766965774a75646765644d65737361676522206d6573736167655265663d224161704164646974696f6e616c5265766965774a756467656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226164646974696f6e616c526576696577526f75746522206e616d653d22576869636820726f757465206166746572204164646974696f6e616c205265766965773f223e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c5265766965774a7564676564546f4164646974696f6e616c526576696577526f7574653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c526576696577417070726f76653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c5265766965774d656574696e673c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f4d656574696e6722206e616d653d22417070726f766520617420746865205347206d656574696e67223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c4d656574696e673c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e7265736f6c7574696f6e4d656574696e673c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c5265766965774d656574696e673c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f4d656574696e67546f4d656574696e67416e6e6f756e6365643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226d656574696e67416e6e6f756e63656422206e616d653d224d656574696e6720616e6e6f756e636564202833207765656b7320616865616429223e0a2020202020203c62706d6e3a696e636f6d696e673e746f4d656574696e67546f4d656574696e67416e6e6f756e6365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e67416e6e6f756e636564546f4d656574696e674f7574636f6d655265636f726465643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226d656574696e67416e6e6f756e6365644d65737361676522206d6573736167655265663d224161704d656574696e67416e6e6f756e63656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226d656574696e674f7574636f6d655265636f7264656422206e616d653d224d656574696e67206f7574636f6d65207265636f72646564223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e67416e6e6f756e636564546f4d656574696e674f7574636f6d655265636f726465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226d656574696e674f7574636f6d655265636f726465644d65737361676522206d6573736167655265663d224161704d656574696e674f7574636f6d655265636f7264656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226d656574696e674465636973696f6e22206e616d653d22576861742064696420746865206d656574696e67206465636964653f223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e67417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674d6f766564546f5461703c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674d6f726554696d653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d226d6f766564546f54617022206e616d653d224d6f76656420746f20544150223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674d6f766564546f5461703c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a6576656e744261736564476174657761792069643d226d6f726554696d6557696e646f7722206e616d653d224f626a656374696f6e2077697468696e2034207765656b733f223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674d6f726554696d653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d6557696e646f77546f5365636f6e644f626a656374696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6576656e744261736564476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226d6f726554696d65436c6f73656422206e616d653d224d6f72652074696d6520636c6f736564223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d65436c6f736564546f436c6f73654d6f726554696d653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226d6f726554696d65436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d65436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f73654d6f726554696d6522206e616d653d22446563696465206166746572206d6f72652074696d65222063616d756e64613a64656c656761746545787072657373696f6e3d22247b636c6f73654d6f726554696d657d223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d65436c6f736564546f436c6f73654d6f726554696d653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226d6f726554696d654465636973696f6e22206e616d653d22417070726f766564206166746572206d6f72652074696d653f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d65417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d654e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d227365636f6e644f626a656374696f6e22206e616d653d225365636f6e64206f626a656374696f6e207265636569766564223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d6557696e646f77546f5365636f6e644f626a656374696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e7365636f6e644f626a656374696f6e546f546f4e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d227365636f6e644f626a656374696f6e4d65737361676522206d6573736167655265663d224161704d6f726554696d654465636964656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f417070726f76656422206e616d653d22223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c4e6f436f6d6d656e743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c417070726f76653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c5265766965774e6f436f6d6d656e743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c526576696577417070726f76653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e67417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d65417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d22617070726f76656422206e616d653d22417070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f4e6f74417070726f76656422206e616d653d22223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d654e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e7365636f6e644f626a656374696f6e546f546f4e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f4e6f74417070726f766564546f4e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d226e6f74417070726f76656422206e616d653d224e6f7420617070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e746f4e6f74417070726f766564546f4e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22617070726f76616c526571756573746564546f4c61737443616c6c416e6e6f756e6365642220736f757263655265663d22617070726f76616c52657175657374656422207461726765745265663d226c61737443616c6c416e6e6f756e63656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c416e6e6f756e636564546f4c61737443616c6c436c6f7365642220736f757263655265663d226c61737443616c6c416e6e6f756e63656422207461726765745265663d226c61737443616c6c436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c436c6f736564546f436c6f73654c61737443616c6c2220736f757263655265663d226c61737443616c6c436c6f73656422207461726765745265663d22636c6f73654c61737443616c6c22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f73654c61737443616c6c546f4c61737443616c6c436f6d6d656e7465642220736f757263655265663d22636c6f73654c61737443616c6c22207461726765745265663d226c61737443616c6c436f6d6d656e74656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c4e6f436f6d6d656e7422206e616d653d226e6f20636f6d6d656e742220736f757263655265663d226c61737443616c6c436f6d6d656e74656422207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6c61737443616c6c526573756c74203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c57697468436f6d6d656e747322206e616d653d22636f6d6d656e74732220736f757263655265663d226c61737443616c6c436f6d6d656e74656422207461726765745265663d226c61737443616c6c4a7564676564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6c61737443616c6c526573756c74203d3d20274a554447454d454e54277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c4a7564676564546f4c61737443616c6c526f7574652220736f757263655265663d226c61737443616c6c4a756467656422207461726765745265663d226c61737443616c6c526f75746522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c417070726f766522206e616d653d22616c6c207479706f67726170686963616c2220736f757263655265663d226c61737443616c6c526f75746522207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d2027415050524f5645277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c4d656574696e6722206e616d653d226e657874205347206d656574696e672220736f757263655265663d226c61737443616c6c526f75746522207461726765745265663d22746f4d656574696e67223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d20274d454554494e47277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c5265736f6c7574696f6e22206e616d653d22636f6d6d656e74207265736f6c7574696f6e2220736f757263655265663d226c61737443616c6c526f75746522207461726765745265663d22636f6d6d656e74735265736f6c766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d2027434f4d4d454e545f5245534f4c5554494f4e277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6d6d656e74735265736f6c766564546f5265736f6c7574696f6e4a75646765642220736f757263655265663d22636f6d6d656e74735265736f6c76656422207461726765745265663d227265736f6c7574696f6e4a756467656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227265736f6c7574696f6e4a7564676564546f5265736f6c7574696f6e526f7574652220736f757263655265663d227265736f6c7574696f6e4a756467656422207461726765745265663d227265736f6c7574696f6e526f75746522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227265736f6c7574696f6e4164646974696f6e616c52657669657722206e616d653d224164646974696f6e616c205265766965772220736f757263655265663d227265736f6c7574696f6e526f75746522207461726765745265663d226164646974696f6e616c526576696577416e6e6f756e636564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d20274144444954494f4e414c5f524556494557277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227265736f6c7574696f6e4d656574696e6722206e616d653d226e657874205347206d656574696e672220736f757263655265663d227265736f6c7574696f6e526f75746522207461726765745265663d22746f4d656574696e67223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d20274d454554494e4727207c7c20726f757465203d3d20274d454554494e475f4e45575f4e4f524d41544956455f5245464552454e4345277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c526576696577416e6e6f756e636564546f4164646974696f6e616c526576696577436c6f7365642220736f757263655265663d226164646974696f6e616c526576696577416e6e6f756e63656422207461726765745265663d226164646974696f6e616c526576696577436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c526576696577436c6f736564546f436c6f73654164646974696f6e616c5265766965772220736f757263655265663d226164646974696f6e616c526576696577436c6f73656422207461726765745265663d22636c6f73654164646974696f6e616c52657669657722202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f73654164646974696f6e616c526576696577546f4164646974696f6e616c526576696577436f6d6d656e7465642220736f757263655265663d22636c6f73654164646974696f6e616c52657669657722207461726765745265663d226164646974696f6e616c526576696577436f6d6d656e74656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c5265766965774e6f436f6d6d656e7422206e616d653d226e6f20636f6d6d656e742220736f757263655265663d226164646974696f6e616c526576696577436f6d6d656e74656422207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6164646974696f6e616c526576696577526573756c74203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c52657669657757697468436f6d6d656e747322206e616d653d22636f6d6d656e74732220736f757263655265663d226164646974696f6e616c526576696577436f6d6d656e74656422207461726765745265663d226164646974696f6e616c5265766965774a7564676564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6164646974696f6e616c526576696577526573756c74203d3d20274a554447454d454e54277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c5265766965774a7564676564546f4164646974696f6e616c526576696577526f7574652220736f757263655265663d226164646974696f6e616c5265766965774a756467656422207461726765745265663d226164646974696f6e616c526576696577526f75746522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c526576696577417070726f766522206e616d653d22616c6c207479706f67726170686963616c2220736f757263655265663d226164646974696f6e616c526576696577526f75746522207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d2027415050524f5645277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c5265766965774d656574696e6722206e616d653d226e657874205347206d656574696e672220736f757263655265663d226164646974696f6e616c526576696577526f75746522207461726765745265663d22746f4d656574696e67223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d20274d454554494e47277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f4d656574696e67546f4d656574696e67416e6e6f756e6365642220736f757263655265663d22746f4d656574696e6722207461726765745265663d226d656574696e67416e6e6f756e63656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e67416e6e6f756e636564546f4d656574696e674f7574636f6d655265636f726465642220736f757263655265663d226d656574696e67416e6e6f756e63656422207461726765745265663d226d656574696e674f7574636f6d655265636f7264656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e2220736f757263655265663d226d656574696e674f7574636f6d655265636f7264656422207461726765745265663d226d656574696e674465636973696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e67417070726f76656422206e616d653d226174206d6f7374206f6e65206f626a656374696f6e2220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674e6f74417070726f76656422206e616d653d2274776f206f72206d6f7265206f626a656374696f6e732220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d22746f4e6f74417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d20274e4f545f415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674d6f766564546f54617022206e616d653d22706f6c69637920696d706c69636174696f6e732220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d226d6f766564546f546170223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d20274d4f5645445f544f5f544150277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674d6f726554696d6522206e616d653d226d6f72652074696d652061736b65642220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d226d6f726554696d6557696e646f77223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d20274d4f52455f54494d45277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365642220736f757263655265663d226d6f726554696d6557696e646f7722207461726765745265663d226d6f726554696d65436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d6557696e646f77546f5365636f6e644f626a656374696f6e2220736f757263655265663d226d6f726554696d6557696e646f7722207461726765745265663d227365636f6e644f626a656374696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d652220736f757263655265663d226d6f726554696d65436c6f73656422207461726765745265663d22636c6f73654d6f726554696d6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e2220736f757263655265663d22636c6f73654d6f726554696d6522207461726765745265663d226d6f726554696d654465636973696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d65417070726f76656422206e616d653d22617070726f7665642220736f757263655265663d226d6f726554696d654465636973696f6e22207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d654465636973696f6e203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d654e6f74417070726f76656422206e616d653d226e6f7420617070726f7665642220736f757263655265663d226d6f726554696d654465636973696f6e22207461726765745265663d22746f4e6f74417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d654465636973696f6e203d3d20274e4f545f415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227365636f6e644f626a656374696f6e546f546f4e6f74417070726f7665642220736f757263655265663d227365636f6e644f626a656374696f6e22207461726765745265663d22746f4e6f74417070726f76656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f417070726f766564546f417070726f7665642220736f757263655265663d22746f417070726f76656422207461726765745265663d22617070726f76656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f4e6f74417070726f766564546f4e6f74417070726f7665642220736f757263655265663d22746f4e6f74417070726f76656422207461726765745265663d226e6f74417070726f76656422202f3e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d2069643d22616170417070726f76616c4469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22616170417070726f76616c506c616e65222062706d6e456c656d656e743d22616170417070726f76616c223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76616c5265717565737465645368617065222062706d6e456c656d656e743d22617070726f76616c526571756573746564223e0a20202020202020203c64633a426f756e647320783d223130322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d2237352220793d22313232222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61737443616c6c416e6e6f756e6365645368617065222062706d6e456c656d656e743d226c61737443616c6c416e6e6f756e636564223e0a20202020202020203c64633a426f756e647320783d223233322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223230352220793d22313232222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61737443616c6c436c6f7365645368617065222062706d6e456c656d656e743d226c61737443616c6c436c6f736564223e0a20202020202020203c64633a426f756e647320783d223336322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223333352220793d22313232222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f73654c61737443616c6c5368617065222062706d6e456c656d656e743d22636c6f73654c61737443616c6c223e0a20202020202020203c64633a426f756e647320783d223435352220793d223630222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61737443616c6c436f6d6d656e7465645368617065222062706d6e456c656d656e743d226c61737443616c6c436f6d6d656e746564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223631352220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223539352220793d223433222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61737443616c6c4a75646765645368617065222062706d6e456c656d656e743d226c61737443616c6c4a7564676564223e0a20202020202020203c64633a426f756e647320783d223632322220793d22323132222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223539352220793d22323532222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61737443616c6c526f7574655368617065222062706d6e456c656d656e743d226c61737443616c6c526f757465222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223734352220793d22323035222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223638382220793d22313539222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636f6d6d656e74735265736f6c7665645368617065222062706d6e456c656d656e743d22636f6d6d656e74735265736f6c766564223e0a20202020202020203c64633a426f756e647320783d223838322220793d22333432222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223835352220793d22333832222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265736f6c7574696f6e4a75646765645368617065222062706d6e456c656d656e743d227265736f6c7574696f6e4a7564676564223e0a20202020202020203c64633a426f756e647320783d22313031322220793d22333432222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223938352220793d22333832222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265736f6c7574696f6e526f7574655368617065222062706d6e456c656d656e743d227265736f6c7574696f6e526f757465222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313133352220793d22333335222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313037382220793d22323839222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226164646974696f6e616c526576696577416e6e6f756e6365645368617065222062706d6e456c656d656e743d226164646974696f6e616c526576696577416e6e6f756e636564223e0a20202020202020203c64633a426f756e647320783d22313330322220793d22333432222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313237352220793d22333832222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226164646974696f6e616c526576696577436c6f7365645368617065222062706d6e456c656d656e743d226164646974696f6e616c526576696577436c6f736564223e0a20202020202020203c64633a426f756e647320783d22313433322220793d22333432222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313430352220793d22333832222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f73654164646974696f6e616c5265766965775368617065222062706d6e456c656d656e743d22636c6f73654164646974696f6e616c526576696577223e0a20202020202020203c64633a426f756e647320783d22313532352220793d22333230222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226164646974696f6e616c526576696577436f6d6d656e7465645368617065222062706d6e456c656d656e743d226164646974696f6e616c526576696577436f6d6d656e746564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313638352220793d22333335222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313636352220793d22323839222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226164646974696f6e616c5265766965774a75646765645368617065222062706d6e456c656d656e743d226164646974696f6e616c5265766965774a7564676564223e0a20202020202020203c64633a426f756e647320783d22313639322220793d22343732222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313636352220793d22353132222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226164646974696f6e616c526576696577526f7574655368617065222062706d6e456c656d656e743d226164646974696f6e616c526576696577526f757465222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313831352220793d22343635222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313735382220793d22343035222077696474683d22393022206865696768743d22353622202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f4d656574696e675368617065222062706d6e456c656d656e743d22746f4d656574696e67222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223734352220793d22363635222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223732352220793d22373139222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d656574696e67416e6e6f756e6365645368617065222062706d6e456c656d656e743d226d656574696e67416e6e6f756e636564223e0a20202020202020203c64633a426f756e647320783d223838322220793d22363732222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223835352220793d22373132222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d656574696e674f7574636f6d655265636f726465645368617065222062706d6e456c656d656e743d226d656574696e674f7574636f6d655265636f72646564223e0a20202020202020203c64633a426f756e647320783d22313031322220793d22363732222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223938352220793d22373132222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d656574696e674465636973696f6e5368617065222062706d6e456c656d656e743d226d656574696e674465636973696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313133352220793d22363635222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313037382220793d22363333222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d6557696e646f775368617065222062706d6e456c656d656e743d226d6f726554696d6557696e646f77223e0a20202020202020203c64633a426f756e647320783d22313239352220793d22373935222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313233382220793d22373633222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d65436c6f7365645368617065222062706d6e456c656d656e743d226d6f726554696d65436c6f736564223e0a20202020202020203c64633a426f756e647320783d22313433322220793d22383032222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313430352220793d22383432222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f73654d6f726554696d655368617065222062706d6e456c656d656e743d22636c6f73654d6f726554696d65223e0a20202020202020203c64633a426f756e647320783d22313532352220793d22373830222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d654465636973696f6e5368617065222062706d6e456c656d656e743d226d6f726554696d654465636973696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313638352220793d22373935222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313636352220793d22373633222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227365636f6e644f626a656374696f6e5368617065222062706d6e456c656d656e743d227365636f6e644f626a656374696f6e223e0a20202020202020203c64633a426f756e647320783d22313433322220793d22393232222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313430352220793d22383736222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f766564546f5461705368617065222062706d6e456c656d656e743d226d6f766564546f546170223e0a20202020202020203c64633a426f756e647320783d22313031322220793d2231303332222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223938372220793d2231303732222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f4e6f74417070726f7665645368617065222062706d6e456c656d656e743d22746f4e6f74417070726f766564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313934352220793d2231303235222077696474683d22353022206865696768743d22353022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226e6f74417070726f7665645368617065222062706d6e456c656d656e743d226e6f74417070726f766564223e0a20202020202020203c64633a426f756e647320783d22323038322220793d2231303332222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22323035372220793d2231303732222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f417070726f7665645368617065222062706d6e456c656d656e743d22746f417070726f766564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313934352220793d223735222077696474683d22353022206865696768743d22353022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f7665645368617065222062706d6e456c656d656e743d22617070726f766564223e0a20202020202020203c64633a426f756e647320783d22323038322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22323036392220793d22313232222077696474683d22363222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22617070726f76616c526571756573746564546f4c61737443616c6c416e6e6f756e63656445646765222062706d6e456c656d656e743d22617070726f76616c526571756573746564546f4c61737443616c6c416e6e6f756e636564223e0a20202020202020203c64693a776179706f696e7420783d223133382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223233322220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c416e6e6f756e636564546f4c61737443616c6c436c6f73656445646765222062706d6e456c656d656e743d226c61737443616c6c416e6e6f756e636564546f4c61737443616c6c436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d223236382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223336322220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c436c6f736564546f436c6f73654c61737443616c6c45646765222062706d6e456c656d656e743d226c61737443616c6c436c6f736564546f436c6f73654c61737443616c6c223e0a20202020202020203c64693a776179706f696e7420783d223339382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223435352220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f73654c61737443616c6c546f4c61737443616c6c436f6d6d656e74656445646765222062706d6e456c656d656e743d22636c6f73654c61737443616c6c546f4c61737443616c6c436f6d6d656e746564223e0a20202020202020203c64693a776179706f696e7420783d223536352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223631352220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c4e6f436f6d6d656e7445646765222062706d6e456c656d656e743d226c61737443616c6c4e6f436f6d6d656e74223e0a20202020202020203c64693a776179706f696e7420783d223636352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22313934352220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223637312220793d223832222077696474683d22373422206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c57697468436f6d6d656e747345646765222062706d6e456c656d656e743d226c61737443616c6c57697468436f6d6d656e7473223e0a20202020202020203c64693a776179706f696e7420783d223634302220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223634302220793d2232313222202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223634352220793d22313331222077696474683d22363222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c4a7564676564546f4c61737443616c6c526f75746545646765222062706d6e456c656d656e743d226c61737443616c6c4a7564676564546f4c61737443616c6c526f757465223e0a20202020202020203c64693a776179706f696e7420783d223635382220793d2232333022202f3e0a20202020202020203c64693a776179706f696e7420783d223734352220793d2232333022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c417070726f766545646765222062706d6e456c656d656e743d226c61737443616c6c417070726f7665223e0a20202020202020203c64693a776179706f696e7420783d223739352220793d2232333022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2232333022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223830312220793d22323334222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c5265736f6c7574696f6e45646765222062706d6e456c656d656e743d226c61737443616c6c5265736f6c7574696f6e223e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2232353522202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d223838322220793d2233363022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223737362220793d22333238222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c4d656574696e6745646765222062706d6e456c656d656e743d226c61737443616c6c4d656574696e67223e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2232353522202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2236363522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223636392220793d22333636222077696474683d22393622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6d6d656e74735265736f6c766564546f5265736f6c7574696f6e4a756467656445646765222062706d6e456c656d656e743d22636f6d6d656e74735265736f6c766564546f5265736f6c7574696f6e4a7564676564223e0a20202020202020203c64693a776179706f696e7420783d223931382220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313031322220793d2233363022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227265736f6c7574696f6e4a7564676564546f5265736f6c7574696f6e526f75746545646765222062706d6e456c656d656e743d227265736f6c7574696f6e4a7564676564546f5265736f6c7574696f6e526f757465223e0a20202020202020203c64693a776179706f696e7420783d22313034382220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313133352220793d2233363022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227265736f6c7574696f6e4164646974696f6e616c52657669657745646765222062706d6e456c656d656e743d227265736f6c7574696f6e4164646974696f6e616c526576696577223e0a20202020202020203c64693a776179706f696e7420783d22313138352220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313330322220793d2233363022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313139312220793d22333238222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227265736f6c7574696f6e4d656574696e6745646765222062706d6e456c656d656e743d227265736f6c7574696f6e4d656574696e67223e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2233383522202f3e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2234333022202f3e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2235383022202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2235383022202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2236363522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313136352220793d22343336222077696474683d22393622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c526576696577416e6e6f756e636564546f4164646974696f6e616c526576696577436c6f73656445646765222062706d6e456c656d656e743d226164646974696f6e616c526576696577416e6e6f756e636564546f4164646974696f6e616c526576696577436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d22313333382220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313433322220793d2233363022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c526576696577436c6f736564546f436c6f73654164646974696f6e616c52657669657745646765222062706d6e456c656d656e743d226164646974696f6e616c526576696577436c6f736564546f436c6f73654164646974696f6e616c526576696577223e0a20202020202020203c64693a776179706f696e7420783d22313436382220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2233363022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f73654164646974696f6e616c526576696577546f4164646974696f6e616c526576696577436f6d6d656e74656445646765222062706d6e456c656d656e743d22636c6f73654164646974696f6e616c526576696577546f4164646974696f6e616c526576696577436f6d6d656e746564223e0a20202020202020203c64693a776179706f696e7420783d22313633352220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313638352220793d2233363022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c5265766965774e6f436f6d6d656e7445646765222062706d6e456c656d656e743d226164646974696f6e616c5265766965774e6f436f6d6d656e74223e0a20202020202020203c64693a776179706f696e7420783d22313733352220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313734312220793d22333432222077696474683d22373422206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c52657669657757697468436f6d6d656e747345646765222062706d6e456c656d656e743d226164646974696f6e616c52657669657757697468436f6d6d656e7473223e0a20202020202020203c64693a776179706f696e7420783d22313731302220793d2233383522202f3e0a20202020202020203c64693a776179706f696e7420783d22313731302220793d2234373222202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313731352220793d22333931222077696474683d22363222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c5265766965774a7564676564546f4164646974696f6e616c526576696577526f75746545646765222062706d6e456c656d656e743d226164646974696f6e616c5265766965774a7564676564546f4164646974696f6e616c526576696577526f757465223e0a20202020202020203c64693a776179706f696e7420783d22313732382220793d2234393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313831352220793d2234393022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c526576696577417070726f766545646765222062706d6e456c656d656e743d226164646974696f6e616c526576696577417070726f7665223e0a20202020202020203c64693a776179706f696e7420783d22313836352220793d2234393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2234393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313837312220793d22343934222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c5265766965774d656574696e6745646765222062706d6e456c656d656e743d226164646974696f6e616c5265766965774d656574696e67223e0a20202020202020203c64693a776179706f696e7420783d22313834302220793d2235313522202f3e0a20202020202020203c64693a776179706f696e7420783d22313834302220793d2235383022202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2235383022202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2236363522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313733382220793d22353834222077696474683d22393622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f4d656574696e67546f4d656574696e67416e6e6f756e63656445646765222062706d6e456c656d656e743d22746f4d656574696e67546f4d656574696e67416e6e6f756e636564223e0a20202020202020203c64693a776179706f696e7420783d223739352220793d2236393022202f3e0a20202020202020203c64693a776179706f696e7420783d223838322220793d2236393022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e67416e6e6f756e636564546f4d656574696e674f7574636f6d655265636f7264656445646765222062706d6e456c656d656e743d226d656574696e67416e6e6f756e636564546f4d656574696e674f7574636f6d655265636f72646564223e0a20202020202020203c64693a776179706f696e7420783d223931382220793d2236393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313031322220793d2236393022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e45646765222062706d6e456c656d656e743d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e223e0a20202020202020203c64693a776179706f696e7420783d22313034382220793d2236393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313133352220793d2236393022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e67417070726f76656445646765222062706d6e456c656d656e743d226d656574696e67417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313138352220793d2236393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2236393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313139312220793d22363934222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674d6f726554696d6545646765222062706d6e456c656d656e743d226d656574696e674d6f726554696d65223e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2237313522202f3e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2238323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313239352220793d2238323022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313136362220793d22383032222077696474683d22393622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674e6f74417070726f76656445646765222062706d6e456c656d656e743d226d656574696e674e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2237313522202f3e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d223130353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313934352220793d223130353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313136362220793d2231303138222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674d6f766564546f54617045646765222062706d6e456c656d656e743d226d656574696e674d6f766564546f546170223e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2237313522202f3e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d223130353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313034382220793d223130353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313036342220793d2231303138222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f73656445646765222062706d6e456c656d656e743d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d22313334352220793d2238323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313433322220793d2238323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d6557696e646f77546f5365636f6e644f626a656374696f6e45646765222062706d6e456c656d656e743d226d6f726554696d6557696e646f77546f5365636f6e644f626a656374696f6e223e0a20202020202020203c64693a776179706f696e7420783d22313332302220793d2238343522202f3e0a20202020202020203c64693a776179706f696e7420783d22313332302220793d2239343022202f3e0a20202020202020203c64693a776179706f696e7420783d22313433322220793d2239343022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d6545646765222062706d6e456c656d656e743d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d65223e0a20202020202020203c64693a776179706f696e7420783d22313436382220793d2238323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2238323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e45646765222062706d6e456c656d656e743d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e223e0a20202020202020203c64693a776179706f696e7420783d22313633352220793d2238323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313638352220793d2238323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d65417070726f76656445646765222062706d6e456c656d656e743d226d6f726554696d65417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313733352220793d2238323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2238323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313734312220793d22383234222077696474683d22363222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d654e6f74417070726f76656445646765222062706d6e456c656d656e743d226d6f726554696d654e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313731302220793d2238343522202f3e0a20202020202020203c64693a776179706f696e7420783d22313731302220793d223130353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313934352220793d223130353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313731352220793d22383531222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227365636f6e644f626a656374696f6e546f546f4e6f74417070726f76656445646765222062706d6e456c656d656e743d227365636f6e644f626a656374696f6e546f546f4e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313435302220793d2239353822202f3e0a20202020202020203c64693a776179706f696e7420783d22313435302220793d223130353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313934352220793d223130353022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f417070726f766564546f417070726f76656445646765222062706d6e456c656d656e743d22746f417070726f766564546f417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313939352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22323038322220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f4e6f74417070726f766564546f4e6f74417070726f76656445646765222062706d6e456c656d656e743d22746f4e6f74417070726f766564546f4e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313939352220793d223130353022202f3e0a20202020202020203c64693a776179706f696e7420783d22323038322220793d223130353022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a', false, NULL, 1, '2026-11-30 00:53:57.401', NULL, NULL);
INSERT INTO public.act_ge_bytearray VALUES ('85f6b0ed-ec58-11f1-bd33-02fc00000001', 1, 'processes/recommendation-deletion.bpmn', '85f52a4a-ec58-11f1-bd33-02fc00000001', '\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44492220786d6c6e733a63616d756e64613d22687474703a2f2f63616d756e64612e6f72672f736368656d612f312e302f62706d6e2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e6365222069643d227265636f6d6d656e646174696f6e44656c6574696f6e446566696e6974696f6e7322207461726765744e616d6573706163653d2268747470733a2f2f726563666c6f772e6f72672f62706d6e22206578706f727465723d22726563666c6f7722206578706f7274657256657273696f6e3d2231223e0a20203c62706d6e3a70726f636573732069643d227265636f6d6d656e646174696f6e44656c6574696f6e22206e616d653d2244656c6574696f6e206f662061205265636f6d6d656e646174696f6e206265747765656e205754534173202857545341205265736f6c7574696f6e203120c2a7392e382e322c20412e3820c2a7382e32292220697345786563757461626c653d2274727565222063616d756e64613a686973746f727954696d65546f4c6976653d22313830223e0a202020203c62706d6e3a73746172744576656e742069643d2264656c6574696f6e41677265656422206e616d653d2244656c6574696f6e206167726565642c2063697263756c617220697373756564223e0a2020202020203c62706d6e3a6f7574676f696e673e64656c6574696f6e416772656564546f4f626a656374696f6e57696e646f77436c6f7365643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226f626a656374696f6e57696e646f77436c6f73656422206e616d653d224f626a656374696f6e2077696e646f7720636c6f736564202833206d6f6e74687329223e0a2020202020203c62706d6e3a696e636f6d696e673e64656c6574696f6e416772656564546f4f626a656374696f6e57696e646f77436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6f626a656374696f6e57696e646f77436c6f736564546f436865636b4f626a656374696f6e733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226f626a656374696f6e57696e646f77436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6f626a656374696f6e57696e646f77436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636865636b4f626a656374696f6e7322206e616d653d22436865636b20666f72206f626a656374696f6e73222063616d756e64613a64656c656761746545787072657373696f6e3d22247b64656c6574696f6e436c6f736557696e646f777d223e0a2020202020203c62706d6e3a696e636f6d696e673e6f626a656374696f6e57696e646f77436c6f736564546f436865636b4f626a656374696f6e733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636865636b4f626a656374696f6e73546f416e794f626a656374696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22616e794f626a656374696f6e22206e616d653d22416e79206f626a656374696f6e3f223e0a2020202020203c62706d6e3a696e636f6d696e673e636865636b4f626a656374696f6e73546f416e794f626a656374696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6e6f4f626a656374696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6f626a656374696f6e52656365697665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d2264656c6574656422206e616d653d2244656c65746564223e0a2020202020203c62706d6e3a696e636f6d696e673e6e6f4f626a656374696f6e3c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a656e644576656e742069643d2272657475726e6564546f537475647947726f757022206e616d653d2252657475726e656420746f207468652073747564792067726f7570223e0a2020202020203c62706d6e3a696e636f6d696e673e6f626a656374696f6e52656365697665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2264656c6574696f6e416772656564546f4f626a656374696f6e57696e646f77436c6f7365642220736f757263655265663d2264656c6574696f6e41677265656422207461726765745265663d226f626a656374696f6e57696e646f77436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226f626a656374696f6e57696e646f77436c6f736564546f436865636b4f626a656374696f6e732220736f757263655265663d226f626a656374696f6e57696e646f77436c6f73656422207461726765745265663d22636865636b4f626a656374696f6e7322202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636865636b4f626a656374696f6e73546f416e794f626a656374696f6e2220736f757263655265663d22636865636b4f626a656374696f6e7322207461726765745265663d22616e794f626a656374696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226e6f4f626a656374696f6e22206e616d653d226e6f2220736f757263655265663d22616e794f626a656374696f6e22207461726765745265663d2264656c65746564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b77696e646f77526573756c74203d3d202744454c45544544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226f626a656374696f6e526563656976656422206e616d653d227965732220736f757263655265663d22616e794f626a656374696f6e22207461726765745265663d2272657475726e6564546f537475647947726f7570223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b77696e646f77526573756c74203d3d202752455455524e45445f544f5f5347277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d2069643d227265636f6d6d656e646174696f6e44656c6574696f6e4469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d227265636f6d6d656e646174696f6e44656c6574696f6e506c616e65222062706d6e456c656d656e743d227265636f6d6d656e646174696f6e44656c6574696f6e223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2264656c6574696f6e4167726565645368617065222062706d6e456c656d656e743d2264656c6574696f6e416772656564223e0a20202020202020203c64633a426f756e647320783d2239372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d2236372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226f626a656374696f6e57696e646f77436c6f7365645368617065222062706d6e456c656d656e743d226f626a656374696f6e57696e646f77436c6f736564223e0a20202020202020203c64633a426f756e647320783d223234372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223231372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636865636b4f626a656374696f6e735368617065222062706d6e456c656d656e743d22636865636b4f626a656374696f6e73223e0a20202020202020203c64633a426f756e647320783d223336302220793d223630222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22616e794f626a656374696f6e5368617065222062706d6e456c656d656e743d22616e794f626a656374696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223534302220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223531302220793d223434222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2264656c657465645368617065222062706d6e456c656d656e743d2264656c65746564223e0a20202020202020203c64633a426f756e647320783d223639372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223636372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2272657475726e6564546f537475647947726f75705368617065222062706d6e456c656d656e743d2272657475726e6564546f537475647947726f7570223e0a20202020202020203c64633a426f756e647320783d223639372220793d22323032222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223636372220793d22323432222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2264656c6574696f6e416772656564546f4f626a656374696f6e57696e646f77436c6f73656445646765222062706d6e456c656d656e743d2264656c6574696f6e416772656564546f4f626a656374696f6e57696e646f77436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d223133332220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223234372220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226f626a656374696f6e57696e646f77436c6f736564546f436865636b4f626a656374696f6e7345646765222062706d6e456c656d656e743d226f626a656374696f6e57696e646f77436c6f736564546f436865636b4f626a656374696f6e73223e0a20202020202020203c64693a776179706f696e7420783d223238332220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223336302220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636865636b4f626a656374696f6e73546f416e794f626a656374696f6e45646765222062706d6e456c656d656e743d22636865636b4f626a656374696f6e73546f416e794f626a656374696f6e223e0a20202020202020203c64693a776179706f696e7420783d223437302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223534302220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226e6f4f626a656374696f6e45646765222062706d6e456c656d656e743d226e6f4f626a656374696f6e223e0a20202020202020203c64693a776179706f696e7420783d223539302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223639372220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223633302220793d223832222077696474683d22333022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226f626a656374696f6e526563656976656445646765222062706d6e456c656d656e743d226f626a656374696f6e5265636569766564223e0a20202020202020203c64693a776179706f696e7420783d223536352220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223536352220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223639372220793d2232323022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223537312220793d22313630222077696474683d22333022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a', false, NULL, 1, '2026-11-30 00:53:57.401', NULL, NULL);
INSERT INTO public.act_ge_bytearray VALUES ('85f6b0ee-ec58-11f1-bd33-02fc00000001', 1, 'processes/question-approval.bpmn', '85f52a4a-ec58-11f1-bd33-02fc00000001', '\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44492220786d6c6e733a63616d756e64613d22687474703a2f2f63616d756e64612e6f72672f736368656d612f312e302f62706d6e2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e6365222069643d227175657374696f6e417070726f76616c446566696e6974696f6e7322207461726765744e616d6573706163653d2268747470733a2f2f726563666c6f772e6f72672f62706d6e22206578706f727465723d22726563666c6f7722206578706f7274657256657273696f6e3d2231223e0a20203c62706d6e3a70726f636573732069643d227175657374696f6e417070726f76616c22206e616d653d22417070726f76616c206f662061206e6577206f722072657669736564205175657374696f6e206265747765656e205754534173202857545341205265736f6c7574696f6e203120c2a7372e33292220697345786563757461626c653d2274727565222063616d756e64613a686973746f727954696d65546f4c6976653d22313830223e0a202020203c62706d6e3a73746172744576656e742069643d227175657374696f6e41677265656422206e616d653d225175657374696f6e20616772656564223e0a2020202020203c62706d6e3a6f7574676f696e673e7175657374696f6e416772656564546f506f6c696379496d706c69636174696f6e733c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22706f6c696379496d706c69636174696f6e7322206e616d653d22506f6c69637920696d706c69636174696f6e73206f7220646f7562743f223e0a2020202020203c62706d6e3a696e636f6d696e673e7175657374696f6e416772656564546f506f6c696379496d706c69636174696f6e733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6e6f506f6c696379496d706c69636174696f6e733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e706f6c696379496d706c69636174696f6e734f72446f7562743c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d22636f6e73756c746174696f6e436c6f73656422206e616d653d22436f6e73756c746174696f6e20636c6f736564202832206d6f6e74687329223e0a2020202020203c62706d6e3a696e636f6d696e673e706f6c696379496d706c69636174696f6e734f72446f7562743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d22636f6e73756c746174696f6e436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f7365436f6e73756c746174696f6e22206e616d653d22436f756e7420746865204d656d626572205374617465207265706c696573222063616d756e64613a64656c656761746545787072657373696f6e3d22247b7175657374696f6e436c6f7365436f6e73756c746174696f6e7d223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65743c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d227468726573686f6c644d657422206e616d653d22373025206f72206d6f726520696e20737570706f72742c206f72206e6f207265706c793f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e537570706f7274733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e42656c6f775468726573686f6c643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f417070726f76656422206e616d653d22223e0a2020202020203c62706d6e3a696e636f6d696e673e6e6f506f6c696379496d706c69636174696f6e733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e537570706f7274733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d22617070726f76656422206e616d653d22417070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a656e644576656e742069643d2272657475726e6564546f537475647947726f757022206e616d653d2252657475726e656420746f207468652073747564792067726f7570223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e42656c6f775468726573686f6c643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226e6f506f6c696379496d706c69636174696f6e7322206e616d653d226e6f2028c2a7372e332e33292220736f757263655265663d22706f6c696379496d706c69636174696f6e7322207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b21706f6c696379496d706c69636174696f6e737d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22706f6c696379496d706c69636174696f6e734f72446f75627422206e616d653d227965733a20636f6e73756c7420746865204d656d626572205374617465732220736f757263655265663d22706f6c696379496d706c69636174696f6e7322207461726765745265663d22636f6e73756c746174696f6e436c6f736564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b706f6c696379496d706c69636174696f6e737d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227175657374696f6e416772656564546f506f6c696379496d706c69636174696f6e732220736f757263655265663d227175657374696f6e41677265656422207461726765745265663d22706f6c696379496d706c69636174696f6e7322202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e2220736f757263655265663d22636f6e73756c746174696f6e436c6f73656422207461726765745265663d22636c6f7365436f6e73756c746174696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65742220736f757263655265663d22636c6f7365436f6e73756c746174696f6e22207461726765745265663d227468726573686f6c644d657422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e537570706f72747322206e616d653d227965732220736f757263655265663d227468726573686f6c644d657422207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e526573756c74203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e42656c6f775468726573686f6c6422206e616d653d2262656c6f77203730252220736f757263655265663d227468726573686f6c644d657422207461726765745265663d2272657475726e6564546f537475647947726f7570223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e526573756c74203d3d202752455455524e45445f544f5f5347277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f417070726f766564546f417070726f7665642220736f757263655265663d22746f417070726f76656422207461726765745265663d22617070726f76656422202f3e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d2069643d227175657374696f6e417070726f76616c4469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d227175657374696f6e417070726f76616c506c616e65222062706d6e456c656d656e743d227175657374696f6e417070726f76616c223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227175657374696f6e4167726565645368617065222062706d6e456c656d656e743d227175657374696f6e416772656564223e0a20202020202020203c64633a426f756e647320783d2239372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d2236372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22706f6c696379496d706c69636174696f6e735368617065222062706d6e456c656d656e743d22706f6c696379496d706c69636174696f6e73222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223234302220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223231302220793d223430222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636f6e73756c746174696f6e436c6f7365645368617065222062706d6e456c656d656e743d22636f6e73756c746174696f6e436c6f736564223e0a20202020202020203c64633a426f756e647320783d223339372220793d22323032222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223336372220793d22323432222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f7365436f6e73756c746174696f6e5368617065222062706d6e456c656d656e743d22636c6f7365436f6e73756c746174696f6e223e0a20202020202020203c64633a426f756e647320783d223531302220793d22313830222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227468726573686f6c644d65745368617065222062706d6e456c656d656e743d227468726573686f6c644d6574222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223639302220793d22313935222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223636302220793d22313630222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f417070726f7665645368617065222062706d6e456c656d656e743d22746f417070726f766564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223834302220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223831302220793d22313239222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f7665645368617065222062706d6e456c656d656e743d22617070726f766564223e0a20202020202020203c64633a426f756e647320783d223939372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223936372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2272657475726e6564546f537475647947726f75705368617065222062706d6e456c656d656e743d2272657475726e6564546f537475647947726f7570223e0a20202020202020203c64633a426f756e647320783d223939372220793d22333232222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223936372220793d22333632222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226e6f506f6c696379496d706c69636174696f6e7345646765222062706d6e456c656d656e743d226e6f506f6c696379496d706c69636174696f6e73223e0a20202020202020203c64693a776179706f696e7420783d223239302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223834302220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223239342220793d223832222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22706f6c696379496d706c69636174696f6e734f72446f75627445646765222062706d6e456c656d656e743d22706f6c696379496d706c69636174696f6e734f72446f756274223e0a20202020202020203c64693a776179706f696e7420783d223236352220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223236352220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223339372220793d2232323022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223237322220793d22313530222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227175657374696f6e416772656564546f506f6c696379496d706c69636174696f6e7345646765222062706d6e456c656d656e743d227175657374696f6e416772656564546f506f6c696379496d706c69636174696f6e73223e0a20202020202020203c64693a776179706f696e7420783d223133332220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223234302220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e45646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e223e0a20202020202020203c64693a776179706f696e7420783d223433332220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223531302220793d2232323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d657445646765222062706d6e456c656d656e743d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d6574223e0a20202020202020203c64693a776179706f696e7420783d223632302220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223639302220793d2232323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e537570706f72747345646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e537570706f727473223e0a20202020202020203c64693a776179706f696e7420783d223734302220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223836352220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223836352220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223737302220793d22323032222077696474683d22333022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e42656c6f775468726573686f6c6445646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e42656c6f775468726573686f6c64223e0a20202020202020203c64693a776179706f696e7420783d223731352220793d2232343522202f3e0a20202020202020203c64693a776179706f696e7420783d223731352220793d2233343022202f3e0a20202020202020203c64693a776179706f696e7420783d223939372220793d2233343022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223732322220793d22323830222077696474683d22363022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f417070726f766564546f417070726f76656445646765222062706d6e456c656d656e743d22746f417070726f766564546f417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d223839302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223939372220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a', false, NULL, 1, '2026-11-30 00:53:57.401', NULL, NULL);


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
INSERT INTO public.act_ge_property VALUES ('camunda.installation.id', 'ecb08f43-fb7c-4264-b567-246449e9eec7', 1);


--
-- Data for Name: act_ge_schema_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ge_schema_log VALUES ('0', '2026-11-30 00:53:56.400734', '7.24.0');


--
-- Data for Name: act_hi_actinst; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_hi_actinst VALUES ('approvalRequested:875e092e-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', 'approvalRequested', NULL, NULL, NULL, 'Approval requested after determination', 'startEvent', NULL, '2027-01-04 09:00:00', '2027-01-04 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('consultationAnnounced:87602c11-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '875f68bf-ec58-11f1-bd33-02fc00000001', 'consultationAnnounced', NULL, NULL, NULL, 'Intent announced, consultation opened (3 months ahead)', 'intermediateMessageCatch', NULL, '2027-01-04 09:00:00', '2027-01-04 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('approvalRequested:8780102b-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'approvalRequested', NULL, NULL, NULL, 'Approval requested', 'startEvent', NULL, '2027-01-04 09:00:00', '2027-01-04 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallAnnounced:8780373e-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '8780373c-ec58-11f1-bd33-02fc00000001', 'lastCallAnnounced', NULL, NULL, NULL, 'Last Call announced', 'intermediateMessageCatch', NULL, '2027-01-04 09:00:00', '2027-01-04 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('closeLastCall:879e6da6-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'closeLastCall', NULL, NULL, NULL, 'Count Last Call comments', 'serviceTask', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 7, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallCommented:87a01b59-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'lastCallCommented', NULL, NULL, NULL, 'Any comment in Last Call?', 'exclusiveGateway', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 9, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallClosed:878a2252-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '878a2251-ec58-11f1-bd33-02fc00000001', 'lastCallClosed', NULL, NULL, NULL, 'Last Call closed', 'intermediateTimer', NULL, '2027-01-04 09:00:00', '2027-02-02 09:00:00', 2505600000, 4, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallRoute:87aaf0d0-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'lastCallRoute', NULL, NULL, NULL, 'Which route after Last Call?', 'exclusiveGateway', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 13, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('toMeeting:87ab17e1-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'toMeeting', NULL, NULL, NULL, 'Approve at the SG meeting', 'exclusiveGateway', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 15, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallJudged:87a0426c-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '87a0426a-ec58-11f1-bd33-02fc00000001', 'lastCallJudged', NULL, NULL, NULL, 'Last Call judged by the chairman', 'intermediateMessageCatch', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 11, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('meetingAnnounced:87ab17e4-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '87ab17e2-ec58-11f1-bd33-02fc00000001', 'meetingAnnounced', NULL, NULL, NULL, 'Meeting announced (3 weeks ahead)', 'intermediateMessageCatch', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 17, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('approvalRequested:87d8908c-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'approvalRequested', NULL, NULL, NULL, 'Approval requested', 'startEvent', NULL, '2027-04-05 09:00:00', '2027-04-05 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallAnnounced:87d8908f-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d8908d-ec58-11f1-bd33-02fc00000001', 'lastCallAnnounced', NULL, NULL, NULL, 'Last Call announced', 'intermediateMessageCatch', NULL, '2027-04-05 09:00:00', '2027-04-05 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('deletionAgreed:87eab90b-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', 'recommendationDeletion', 'recommendationDeletion:1:860a8716-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', 'deletionAgreed', NULL, NULL, NULL, 'Deletion agreed, circular issued', 'startEvent', NULL, '2027-04-05 09:00:00', '2027-04-05 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('objectionWindowClosed:87eae01d-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', 'recommendationDeletion', 'recommendationDeletion:1:860a8716-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', '87eae01c-ec58-11f1-bd33-02fc00000001', 'objectionWindowClosed', NULL, NULL, NULL, 'Objection window closed (3 months)', 'intermediateTimer', NULL, '2027-04-05 09:00:00', NULL, NULL, 0, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallClosed:87df2043-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87df2042-ec58-11f1-bd33-02fc00000001', 'lastCallClosed', NULL, NULL, NULL, 'Last Call closed', 'intermediateTimer', NULL, '2027-04-05 09:00:00', '2027-05-04 09:00:00', 2505600000, 4, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('approvalRequested:886c1e3e-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', 'approvalRequested', NULL, NULL, NULL, 'Approval requested', 'startEvent', NULL, '2027-05-24 09:00:00', '2027-05-24 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('consultationClosed:8772f0c5-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '8772f0c4-ec58-11f1-bd33-02fc00000001', 'consultationClosed', NULL, NULL, NULL, 'Consultation closed (7 working days before the meeting)', 'intermediateTimer', NULL, '2027-01-04 09:00:00', '2027-06-01 09:00:00', 12787200000, 4, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('consultationClosed:87ff528b-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', 'questionApproval', 'questionApproval:1:860aae28-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87ff528a-ec58-11f1-bd33-02fc00000001', 'consultationClosed', NULL, NULL, NULL, 'Consultation closed (2 months)', 'intermediateTimer', NULL, '2027-05-03 09:00:00', NULL, NULL, 0, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('policyImplications:87ff5289-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', 'questionApproval', 'questionApproval:1:860aae28-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', 'policyImplications', NULL, NULL, NULL, 'Policy implications or doubt?', 'exclusiveGateway', NULL, '2027-05-03 09:00:00', '2027-05-03 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('questionAgreed:87ff2b78-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', 'questionApproval', 'questionApproval:1:860aae28-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', 'questionAgreed', NULL, NULL, NULL, 'Question agreed', 'startEvent', NULL, '2027-05-03 09:00:00', '2027-05-03 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('approvalRequested:880d5c51-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', 'approvalRequested', NULL, NULL, NULL, 'Approval requested after determination', 'startEvent', NULL, '2027-05-03 09:00:00', '2027-05-03 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('consultationClosed:8812da98-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', '8812da97-ec58-11f1-bd33-02fc00000001', 'consultationClosed', NULL, NULL, NULL, 'Consultation closed (7 working days before the meeting)', 'intermediateTimer', NULL, '2027-05-03 09:00:00', NULL, NULL, 0, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('consultationAnnounced:880d5c54-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', '880d5c52-ec58-11f1-bd33-02fc00000001', 'consultationAnnounced', NULL, NULL, NULL, 'Intent announced, consultation opened (3 months ahead)', 'intermediateMessageCatch', NULL, '2027-05-03 09:00:00', '2027-05-03 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('closeLastCall:881d13cb-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'closeLastCall', NULL, NULL, NULL, 'Count Last Call comments', 'serviceTask', NULL, '2027-05-04 09:00:00', '2027-05-04 09:00:00', 0, 4, 7, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallCommented:881dfe2e-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'lastCallCommented', NULL, NULL, NULL, 'Any comment in Last Call?', 'exclusiveGateway', NULL, '2027-05-04 09:00:00', '2027-05-04 09:00:00', 0, 4, 9, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('commentsResolved:882948d9-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '882948d7-ec58-11f1-bd33-02fc00000001', 'commentsResolved', NULL, NULL, NULL, 'Comments resolved', 'intermediateMessageCatch', NULL, '2027-05-04 09:00:00', NULL, NULL, 0, 15, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallRoute:8828fab6-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'lastCallRoute', NULL, NULL, NULL, 'Which route after Last Call?', 'exclusiveGateway', NULL, '2027-05-04 09:00:00', '2027-05-04 09:00:00', 0, 4, 13, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallJudged:881e2541-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '881e253f-ec58-11f1-bd33-02fc00000001', 'lastCallJudged', NULL, NULL, NULL, 'Last Call judged by the chairman', 'intermediateMessageCatch', NULL, '2027-05-04 09:00:00', '2027-05-04 09:00:00', 0, 4, 11, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallClosed:8871c395-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', '8871c394-ec58-11f1-bd33-02fc00000001', 'lastCallClosed', NULL, NULL, NULL, 'Last Call closed', 'intermediateTimer', NULL, '2027-05-24 09:00:00', NULL, NULL, 0, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('meetingDecision:88ad941d-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'meetingDecision', NULL, NULL, NULL, 'What did the meeting decide?', 'exclusiveGateway', NULL, '2027-05-26 17:00:00', '2027-05-26 17:00:00', 0, 4, 21, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('moreTimeWindow:88ad9420-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '88ad941e-ec58-11f1-bd33-02fc00000001', 'moreTimeWindow', NULL, NULL, NULL, 'Objection within 4 weeks?', 'eventBasedGateway', NULL, '2027-05-26 17:00:00', NULL, NULL, 0, 23, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('meetingOutcomeRecorded:87b291f7-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '87b291f5-ec58-11f1-bd33-02fc00000001', 'meetingOutcomeRecorded', NULL, NULL, NULL, 'Meeting outcome recorded', 'intermediateMessageCatch', NULL, '2027-02-02 09:00:00', '2027-05-26 17:00:00', 9792000000, 4, 19, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('closeConsultation:88b84283-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', 'closeConsultation', NULL, NULL, NULL, 'Count the Member State replies', 'serviceTask', NULL, '2027-06-01 09:00:00', '2027-06-01 09:00:00', 0, 4, 7, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('meetingOutcomeRecorded:88b97b09-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '88b97b07-ec58-11f1-bd33-02fc00000001', 'meetingOutcomeRecorded', NULL, NULL, NULL, 'Meeting outcome recorded', 'intermediateMessageCatch', NULL, '2027-06-01 09:00:00', NULL, NULL, 0, 11, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('thresholdMet:88b97b06-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', 'thresholdMet', NULL, NULL, NULL, '70% or more in support, or no reply?', 'exclusiveGateway', NULL, '2027-06-01 09:00:00', '2027-06-01 09:00:00', 0, 4, 9, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallAnnounced:886c1e41-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', '886c1e3f-ec58-11f1-bd33-02fc00000001', 'lastCallAnnounced', NULL, NULL, NULL, 'Last Call announced', 'intermediateMessageCatch', NULL, '2027-05-24 09:00:00', '2027-05-24 09:00:00', 0, 4, 3, NULL, NULL);


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

INSERT INTO public.act_hi_detail VALUES ('875b982d-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, '87594e3b-ec58-11f1-bd33-02fc00000001', '875aadcc-ec58-11f1-bd33-02fc00000001', 'approvalId', 'long', 0, '2027-01-04 09:00:00', NULL, NULL, 1, '1', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('87725483-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationAnnounced:87602c11-ec58-11f1-bd33-02fc00000001', '87725482-ec58-11f1-bd33-02fc00000001', 'consultationClosesAt', 'string', 0, '2027-01-04 09:00:00', NULL, NULL, NULL, '2027-05-27T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('8780102a-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f73e9-ec58-11f1-bd33-02fc00000001', 'approvalId', 'long', 0, '2027-01-04 09:00:00', NULL, NULL, 2, '2', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('8789ad20-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallAnnounced:8780373e-ec58-11f1-bd33-02fc00000001', '8789ad1f-ec58-11f1-bd33-02fc00000001', 'lastCallClosesAt', 'string', 0, '2027-01-04 09:00:00', NULL, NULL, NULL, '2027-02-02T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('879ff448-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'closeLastCall:879e6da6-ec58-11f1-bd33-02fc00000001', '879ff447-ec58-11f1-bd33-02fc00000001', 'lastCallResult', 'string', 0, '2027-02-02 09:00:00', NULL, NULL, NULL, 'JUDGEMENT', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('87aaa2af-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallJudged:87a0426c-ec58-11f1-bd33-02fc00000001', '87aaa2ae-ec58-11f1-bd33-02fc00000001', 'route', 'string', 0, '2027-02-02 09:00:00', NULL, NULL, NULL, 'MEETING', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('87d8697b-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, '87d86979-ec58-11f1-bd33-02fc00000001', '87d8697a-ec58-11f1-bd33-02fc00000001', 'approvalId', 'long', 0, '2027-04-05 09:00:00', NULL, NULL, 3, '3', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('87ded221-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallAnnounced:87d8908f-ec58-11f1-bd33-02fc00000001', '87ded220-ec58-11f1-bd33-02fc00000001', 'lastCallClosesAt', 'string', 0, '2027-04-05 09:00:00', NULL, NULL, NULL, '2027-05-04T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('87ea91f8-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'recommendationDeletion', 'recommendationDeletion:1:860a8716-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, '87ea91f6-ec58-11f1-bd33-02fc00000001', '87ea91f7-ec58-11f1-bd33-02fc00000001', 'objectionWindowClosesAt', 'string', 0, '2027-04-05 09:00:00', NULL, NULL, NULL, '2027-07-06T00:00:00Z', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('87eab90a-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'recommendationDeletion', 'recommendationDeletion:1:860a8716-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, '87ea91f6-ec58-11f1-bd33-02fc00000001', '87eab909-ec58-11f1-bd33-02fc00000001', 'deletionId', 'long', 0, '2027-04-05 09:00:00', NULL, NULL, 1, '1', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('87feb643-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'questionApproval', 'questionApproval:1:860aae28-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, '87feb641-ec58-11f1-bd33-02fc00000001', '87feb642-ec58-11f1-bd33-02fc00000001', 'questionId', 'long', 0, '2027-05-03 09:00:00', NULL, NULL, 1, '1', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('87ff0465-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'questionApproval', 'questionApproval:1:860aae28-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, '87feb641-ec58-11f1-bd33-02fc00000001', '87fedd54-ec58-11f1-bd33-02fc00000001', 'policyImplications', 'boolean', 0, '2027-05-03 09:00:00', NULL, NULL, 1, NULL, NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('87ff0467-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'questionApproval', 'questionApproval:1:860aae28-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, '87feb641-ec58-11f1-bd33-02fc00000001', '87ff0466-ec58-11f1-bd33-02fc00000001', 'consultationClosesAt', 'string', 0, '2027-05-03 09:00:00', NULL, NULL, NULL, '2027-07-04T00:00:00Z', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('880d3540-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, '880d353e-ec58-11f1-bd33-02fc00000001', '880d353f-ec58-11f1-bd33-02fc00000001', 'approvalId', 'long', 0, '2027-05-03 09:00:00', NULL, NULL, 4, '4', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('8812b386-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationAnnounced:880d5c54-ec58-11f1-bd33-02fc00000001', '8812b385-ec58-11f1-bd33-02fc00000001', 'consultationClosesAt', 'string', 0, '2027-05-03 09:00:00', NULL, NULL, NULL, '2027-08-26T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('881dfe2d-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'closeLastCall:881d13cb-ec58-11f1-bd33-02fc00000001', '881dfe2c-ec58-11f1-bd33-02fc00000001', 'lastCallResult', 'string', 0, '2027-05-04 09:00:00', NULL, NULL, NULL, 'JUDGEMENT', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('8828d3a5-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallJudged:881e2541-ec58-11f1-bd33-02fc00000001', '8828d3a4-ec58-11f1-bd33-02fc00000001', 'route', 'string', 0, '2027-05-04 09:00:00', NULL, NULL, NULL, 'COMMENT_RESOLUTION', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('886c1e3d-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, '886bf72b-ec58-11f1-bd33-02fc00000001', '886c1e3c-ec58-11f1-bd33-02fc00000001', 'approvalId', 'long', 0, '2027-05-24 09:00:00', NULL, NULL, 5, '5', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('88719c83-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallAnnounced:886c1e41-ec58-11f1-bd33-02fc00000001', '88719c82-ec58-11f1-bd33-02fc00000001', 'lastCallClosesAt', 'string', 0, '2027-05-24 09:00:00', NULL, NULL, NULL, '2027-06-22T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('88ad6d0a-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'meetingOutcomeRecorded:87b291f7-ec58-11f1-bd33-02fc00000001', '88ad45f9-ec58-11f1-bd33-02fc00000001', 'meetingDecision', 'string', 0, '2027-05-26 17:00:00', NULL, NULL, NULL, 'MORE_TIME', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('88ad6d0c-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'meetingOutcomeRecorded:87b291f7-ec58-11f1-bd33-02fc00000001', '88ad6d0b-ec58-11f1-bd33-02fc00000001', 'moreTimeClosesAt', 'string', 0, '2027-05-26 17:00:00', NULL, NULL, NULL, '2027-06-24T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('88b97b05-ec58-11f1-bd33-02fc00000001', 'VariableUpdate', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'closeConsultation:88b84283-ec58-11f1-bd33-02fc00000001', '88b953f4-ec58-11f1-bd33-02fc00000001', 'consultationResult', 'string', 0, '2027-06-01 09:00:00', NULL, NULL, NULL, 'CONTINUE', NULL, 1, NULL, NULL, NULL, false);


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

INSERT INTO public.act_hi_job_log VALUES ('858d8ec1-ec58-11f1-bd33-02fc00000001', '2026-11-30 00:53:56.711', '858c7d50-ec58-11f1-bd33-02fc00000001', '2026-11-30 01:00:00', 3, 0, NULL, NULL, 0, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, NULL, 'vm/pid19610', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('8744b4ca-ec58-11f1-bd33-02fc00000001', '2027-01-04 09:00:00', '858c7d50-ec58-11f1-bd33-02fc00000001', '2026-11-30 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid19610', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('8776c157-ec58-11f1-bd33-02fc00000001', '2027-01-04 09:00:00', '87764c26-ec58-11f1-bd33-02fc00000001', '2027-05-27 00:00:00', 3, 0, NULL, NULL, 0, '8609c3c1-ec58-11f1-bd33-02fc00000001', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 'consultationClosed', NULL, '8772f0c4-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', 'tapApproval', '85f52a4a-ec58-11f1-bd33-02fc00000001', 1, NULL, 'vm/pid19610', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('878a4964-ec58-11f1-bd33-02fc00000001', '2027-01-04 09:00:00', '878a4963-ec58-11f1-bd33-02fc00000001', '2027-02-02 00:00:00', 3, 0, NULL, NULL, 0, '860a38f4-ec58-11f1-bd33-02fc00000001', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 'lastCallClosed', NULL, '878a2251-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', 'aapApproval', '85f52a4a-ec58-11f1-bd33-02fc00000001', 1, NULL, 'vm/pid19610', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('87978fd5-ec58-11f1-bd33-02fc00000001', '2027-02-02 09:00:00', '858c7d50-ec58-11f1-bd33-02fc00000001', '2027-01-05 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid19610', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('87a0697d-ec58-11f1-bd33-02fc00000001', '2027-02-02 09:00:00', '878a4963-ec58-11f1-bd33-02fc00000001', '2027-02-02 00:00:00', 3, 0, NULL, NULL, 2, '860a38f4-ec58-11f1-bd33-02fc00000001', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 'lastCallClosed', NULL, '878a2251-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', 'aapApproval', '85f52a4a-ec58-11f1-bd33-02fc00000001', 4, NULL, 'vm/pid19610', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('87d33958-ec58-11f1-bd33-02fc00000001', '2027-04-05 09:00:00', '858c7d50-ec58-11f1-bd33-02fc00000001', '2027-02-03 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid19610', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('87df4755-ec58-11f1-bd33-02fc00000001', '2027-04-05 09:00:00', '87df4754-ec58-11f1-bd33-02fc00000001', '2027-05-04 00:00:00', 3, 0, NULL, NULL, 0, '860a38f4-ec58-11f1-bd33-02fc00000001', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 'lastCallClosed', NULL, '87df2042-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', 'aapApproval', '85f52a4a-ec58-11f1-bd33-02fc00000001', 1, NULL, 'vm/pid19610', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('87eb072f-ec58-11f1-bd33-02fc00000001', '2027-04-05 09:00:00', '87eb072e-ec58-11f1-bd33-02fc00000001', '2027-07-06 00:00:00', 3, 0, NULL, NULL, 0, '860a8717-ec58-11f1-bd33-02fc00000001', 'timer-intermediate-transition', 'DATE: ${objectionWindowClosesAt}', 'objectionWindowClosed', NULL, '87eae01c-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', 'recommendationDeletion:1:860a8716-ec58-11f1-bd33-02fc00000001', 'recommendationDeletion', '85f52a4a-ec58-11f1-bd33-02fc00000001', 1, NULL, 'vm/pid19610', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('87f25a30-ec58-11f1-bd33-02fc00000001', '2027-05-03 09:00:00', '858c7d50-ec58-11f1-bd33-02fc00000001', '2027-04-06 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid19610', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('87ffc7bd-ec58-11f1-bd33-02fc00000001', '2027-05-03 09:00:00', '87ffc7bc-ec58-11f1-bd33-02fc00000001', '2027-07-04 00:00:00', 3, 0, NULL, NULL, 0, '860aae29-ec58-11f1-bd33-02fc00000001', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 'consultationClosed', NULL, '87ff528a-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', 'questionApproval:1:860aae28-ec58-11f1-bd33-02fc00000001', 'questionApproval', '85f52a4a-ec58-11f1-bd33-02fc00000001', 1, NULL, 'vm/pid19610', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('881301aa-ec58-11f1-bd33-02fc00000001', '2027-05-03 09:00:00', '881301a9-ec58-11f1-bd33-02fc00000001', '2027-08-26 00:00:00', 3, 0, NULL, NULL, 0, '8609c3c1-ec58-11f1-bd33-02fc00000001', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 'consultationClosed', NULL, '8812da97-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', 'tapApproval', '85f52a4a-ec58-11f1-bd33-02fc00000001', 1, NULL, 'vm/pid19610', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('881e2542-ec58-11f1-bd33-02fc00000001', '2027-05-04 09:00:00', '87df4754-ec58-11f1-bd33-02fc00000001', '2027-05-04 00:00:00', 3, 0, NULL, NULL, 2, '860a38f4-ec58-11f1-bd33-02fc00000001', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 'lastCallClosed', NULL, '87df2042-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', 'aapApproval', '85f52a4a-ec58-11f1-bd33-02fc00000001', 4, NULL, 'vm/pid19610', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('88204823-ec58-11f1-bd33-02fc00000001', '2027-05-04 09:00:00', '858c7d50-ec58-11f1-bd33-02fc00000001', '2027-05-04 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid19610', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('882db5aa-ec58-11f1-bd33-02fc00000001', '2027-05-24 09:00:00', '858c7d50-ec58-11f1-bd33-02fc00000001', '2027-05-05 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid19610', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('8871eaa7-ec58-11f1-bd33-02fc00000001', '2027-05-24 09:00:00', '8871eaa6-ec58-11f1-bd33-02fc00000001', '2027-06-22 00:00:00', 3, 0, NULL, NULL, 0, '860a38f4-ec58-11f1-bd33-02fc00000001', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 'lastCallClosed', NULL, '8871c394-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', 'aapApproval', '85f52a4a-ec58-11f1-bd33-02fc00000001', 1, NULL, 'vm/pid19610', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('8878a168-ec58-11f1-bd33-02fc00000001', '2027-05-26 17:00:00', '858c7d50-ec58-11f1-bd33-02fc00000001', '2027-05-25 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid19610', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('88adbb32-ec58-11f1-bd33-02fc00000001', '2027-05-26 17:00:00', '88adbb31-ec58-11f1-bd33-02fc00000001', '2027-06-24 00:00:00', 3, 0, NULL, NULL, 0, '860a38f3-ec58-11f1-bd33-02fc00000001', 'timer-intermediate-transition', 'DATE: ${moreTimeClosesAt}', 'moreTimeClosed', NULL, '88ad941e-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', 'aapApproval', '85f52a4a-ec58-11f1-bd33-02fc00000001', 1, NULL, 'vm/pid19610', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('88b9a21a-ec58-11f1-bd33-02fc00000001', '2027-06-01 09:00:00', '87764c26-ec58-11f1-bd33-02fc00000001', '2027-05-27 00:00:00', 3, 0, NULL, NULL, 2, '8609c3c1-ec58-11f1-bd33-02fc00000001', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 'consultationClosed', NULL, '8772f0c4-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', 'tapApproval', '85f52a4a-ec58-11f1-bd33-02fc00000001', 4, NULL, 'vm/pid19610', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('88ba8c7b-ec58-11f1-bd33-02fc00000001', '2027-06-01 09:00:00', '858c7d50-ec58-11f1-bd33-02fc00000001', '2027-05-27 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid19610', NULL, NULL);


--
-- Data for Name: act_hi_op_log; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_procinst; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_hi_procinst VALUES ('87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', 'APPROVAL-1', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '2027-01-04 09:00:00', NULL, NULL, NULL, NULL, 'approvalRequested', NULL, NULL, '87594e3b-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'APPROVAL-2', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '2027-01-04 09:00:00', NULL, NULL, NULL, NULL, 'approvalRequested', NULL, NULL, '877f4cd8-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'APPROVAL-3', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '2027-04-05 09:00:00', NULL, NULL, NULL, NULL, 'approvalRequested', NULL, NULL, '87d86979-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('87ea91f6-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', 'DELETION-1', 'recommendationDeletion', 'recommendationDeletion:1:860a8716-ec58-11f1-bd33-02fc00000001', '2027-04-05 09:00:00', NULL, NULL, NULL, NULL, 'deletionAgreed', NULL, NULL, '87ea91f6-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', 'QUESTION-1', 'questionApproval', 'questionApproval:1:860aae28-ec58-11f1-bd33-02fc00000001', '2027-05-03 09:00:00', NULL, NULL, NULL, NULL, 'questionAgreed', NULL, NULL, '87feb641-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('880d353e-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', 'APPROVAL-4', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '2027-05-03 09:00:00', NULL, NULL, NULL, NULL, 'approvalRequested', NULL, NULL, '880d353e-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('886bf72b-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', 'APPROVAL-5', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '2027-05-24 09:00:00', NULL, NULL, NULL, NULL, 'approvalRequested', NULL, NULL, '886bf72b-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);


--
-- Data for Name: act_hi_taskinst; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_varinst; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_hi_varinst VALUES ('875aadcc-ec58-11f1-bd33-02fc00000001', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'approvalId', 'long', '2027-01-04 09:00:00', 0, NULL, NULL, 1, '1', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('87725482-ec58-11f1-bd33-02fc00000001', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationClosesAt', 'string', '2027-01-04 09:00:00', 0, NULL, NULL, NULL, '2027-05-27T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('877f73e9-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'approvalId', 'long', '2027-01-04 09:00:00', 0, NULL, NULL, 2, '2', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('8789ad1f-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallClosesAt', 'string', '2027-01-04 09:00:00', 0, NULL, NULL, NULL, '2027-02-02T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('879ff447-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallResult', 'string', '2027-02-02 09:00:00', 0, NULL, NULL, NULL, 'JUDGEMENT', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('87aaa2ae-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'route', 'string', '2027-02-02 09:00:00', 0, NULL, NULL, NULL, 'MEETING', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('87d8697a-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'approvalId', 'long', '2027-04-05 09:00:00', 0, NULL, NULL, 3, '3', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('87ded220-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallClosesAt', 'string', '2027-04-05 09:00:00', 0, NULL, NULL, NULL, '2027-05-04T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('87ea91f7-ec58-11f1-bd33-02fc00000001', 'recommendationDeletion', 'recommendationDeletion:1:860a8716-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'objectionWindowClosesAt', 'string', '2027-04-05 09:00:00', 0, NULL, NULL, NULL, '2027-07-06T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('87eab909-ec58-11f1-bd33-02fc00000001', 'recommendationDeletion', 'recommendationDeletion:1:860a8716-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'deletionId', 'long', '2027-04-05 09:00:00', 0, NULL, NULL, 1, '1', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('87feb642-ec58-11f1-bd33-02fc00000001', 'questionApproval', 'questionApproval:1:860aae28-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'questionId', 'long', '2027-05-03 09:00:00', 0, NULL, NULL, 1, '1', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('87fedd54-ec58-11f1-bd33-02fc00000001', 'questionApproval', 'questionApproval:1:860aae28-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'policyImplications', 'boolean', '2027-05-03 09:00:00', 0, NULL, NULL, 1, NULL, NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('87ff0466-ec58-11f1-bd33-02fc00000001', 'questionApproval', 'questionApproval:1:860aae28-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationClosesAt', 'string', '2027-05-03 09:00:00', 0, NULL, NULL, NULL, '2027-07-04T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('880d353f-ec58-11f1-bd33-02fc00000001', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'approvalId', 'long', '2027-05-03 09:00:00', 0, NULL, NULL, 4, '4', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('8812b385-ec58-11f1-bd33-02fc00000001', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationClosesAt', 'string', '2027-05-03 09:00:00', 0, NULL, NULL, NULL, '2027-08-26T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('881dfe2c-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallResult', 'string', '2027-05-04 09:00:00', 0, NULL, NULL, NULL, 'JUDGEMENT', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('8828d3a4-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'route', 'string', '2027-05-04 09:00:00', 0, NULL, NULL, NULL, 'COMMENT_RESOLUTION', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('886c1e3c-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'approvalId', 'long', '2027-05-24 09:00:00', 0, NULL, NULL, 5, '5', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('88719c82-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallClosesAt', 'string', '2027-05-24 09:00:00', 0, NULL, NULL, NULL, '2027-06-22T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('88ad45f9-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'meetingDecision', 'string', '2027-05-26 17:00:00', 0, NULL, NULL, NULL, 'MORE_TIME', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('88ad6d0b-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'moreTimeClosesAt', 'string', '2027-05-26 17:00:00', 0, NULL, NULL, NULL, '2027-06-24T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('88b953f4-ec58-11f1-bd33-02fc00000001', 'tapApproval', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationResult', 'string', '2027-06-01 09:00:00', 0, NULL, NULL, NULL, 'CONTINUE', NULL, NULL, 'CREATED', NULL);


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

INSERT INTO public.act_id_user VALUES ('admin', 1, 'Camunda', 'Administrator', 'admin@localhost', '{SHA-512}ZWYC1+9RPIKh/adE+cxUYJvKJxlr+xCr2GlNDRwTRdUqrr8JNujR+yO46pkar3tL4EVrygWblE/iS8kc+Ge5Fg==', 'driBFf3thzxU0LrtEgG2aw==', NULL, NULL, NULL);


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

INSERT INTO public.act_re_deployment VALUES ('85f52a4a-ec58-11f1-bd33-02fc00000001', 'recflow', '2026-11-30 00:53:57.383', NULL, NULL);


--
-- Data for Name: act_re_procdef; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_re_procdef VALUES ('aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', 1, 'https://recflow.org/bpmn', 'AAP approval of a Recommendation (ITU-T A.8)', 'aapApproval', 1, '85f52a4a-ec58-11f1-bd33-02fc00000001', 'processes/aap-approval.bpmn', NULL, false, 1, NULL, NULL, 180, true);
INSERT INTO public.act_re_procdef VALUES ('questionApproval:1:860aae28-ec58-11f1-bd33-02fc00000001', 1, 'https://recflow.org/bpmn', 'Approval of a new or revised Question between WTSAs (WTSA Resolution 1 §7.3)', 'questionApproval', 1, '85f52a4a-ec58-11f1-bd33-02fc00000001', 'processes/question-approval.bpmn', NULL, false, 1, NULL, NULL, 180, true);
INSERT INTO public.act_re_procdef VALUES ('recommendationDeletion:1:860a8716-ec58-11f1-bd33-02fc00000001', 1, 'https://recflow.org/bpmn', 'Deletion of a Recommendation between WTSAs (WTSA Resolution 1 §9.8.2, A.8 §8.2)', 'recommendationDeletion', 1, '85f52a4a-ec58-11f1-bd33-02fc00000001', 'processes/recommendation-deletion.bpmn', NULL, false, 1, NULL, NULL, 180, true);
INSERT INTO public.act_re_procdef VALUES ('tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', 1, 'https://recflow.org/bpmn', 'TAP approval of a Recommendation (WTSA Resolution 1 §9)', 'tapApproval', 1, '85f52a4a-ec58-11f1-bd33-02fc00000001', 'processes/tap-approval.bpmn', NULL, false, 1, NULL, NULL, 180, true);


--
-- Data for Name: act_ru_authorization; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_authorization VALUES ('859752c2-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 0, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('85988b43-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 1, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('85999cb4-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 2, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('859a8715-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 3, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('859b2356-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 4, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('859bbf97-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 5, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('859c34c8-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 6, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('859ca9f9-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 7, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('859cd10a-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 8, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('859d463b-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 9, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('859d945c-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 10, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('859de27d-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 11, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('859e57ae-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 12, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('859ea5cf-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 13, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('859ecce0-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 14, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('859f4211-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 15, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('859fb742-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 16, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('85a02c73-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 17, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('85a07a94-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 18, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('85a0c8b5-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 19, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('85a116d6-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 20, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('85a18c07-ec58-11f1-bd33-02fc00000001', 1, 1, 'camunda-admin', NULL, 21, '*', 2147483647, NULL, NULL);


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

INSERT INTO public.act_ru_event_subscr VALUES ('882948d8-ec58-11f1-bd33-02fc00000001', 1, 'message', 'AapCommentsResolved', '882948d7-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'commentsResolved', NULL, '2027-05-04 09:00:00', NULL);
INSERT INTO public.act_ru_event_subscr VALUES ('88ad941f-ec58-11f1-bd33-02fc00000001', 1, 'message', 'AapMoreTimeDecided', '88ad941e-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'secondObjection', NULL, '2027-05-26 17:00:00', NULL);
INSERT INTO public.act_ru_event_subscr VALUES ('88b97b08-ec58-11f1-bd33-02fc00000001', 1, 'message', 'TapMeetingOutcomeRecorded', '88b97b07-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', 'meetingOutcomeRecorded', NULL, '2027-06-01 09:00:00', NULL);


--
-- Data for Name: act_ru_execution; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_execution VALUES ('8812da97-ec58-11f1-bd33-02fc00000001', 1, NULL, '880d353e-ec58-11f1-bd33-02fc00000001', NULL, '880d353e-ec58-11f1-bd33-02fc00000001', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, 'consultationClosed', 'consultationClosed:8812da98-ec58-11f1-bd33-02fc00000001', true, false, true, false, 1, 4, 5, NULL, 'tapApproval');
INSERT INTO public.act_ru_execution VALUES ('880d353e-ec58-11f1-bd33-02fc00000001', 2, '880d353e-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', 'APPROVAL-4', NULL, 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, '880d353e-ec58-11f1-bd33-02fc00000001', false, false, true, false, 1, 16, 4, NULL, 'tapApproval');
INSERT INTO public.act_ru_execution VALUES ('88b97b07-ec58-11f1-bd33-02fc00000001', 1, NULL, '87594e3b-ec58-11f1-bd33-02fc00000001', NULL, '87594e3b-ec58-11f1-bd33-02fc00000001', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, 'meetingOutcomeRecorded', 'meetingOutcomeRecorded:88b97b09-ec58-11f1-bd33-02fc00000001', true, false, true, false, 1, 1, 11, NULL, 'tapApproval');
INSERT INTO public.act_ru_execution VALUES ('87ea91f6-ec58-11f1-bd33-02fc00000001', 1, '87ea91f6-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', 'DELETION-1', NULL, 'recommendationDeletion:1:860a8716-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, '87ea91f6-ec58-11f1-bd33-02fc00000001', false, false, true, false, 1, 16, 2, NULL, 'recommendationDeletion');
INSERT INTO public.act_ru_execution VALUES ('87eae01c-ec58-11f1-bd33-02fc00000001', 1, NULL, '87ea91f6-ec58-11f1-bd33-02fc00000001', NULL, '87ea91f6-ec58-11f1-bd33-02fc00000001', 'recommendationDeletion:1:860a8716-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, 'objectionWindowClosed', 'objectionWindowClosed:87eae01d-ec58-11f1-bd33-02fc00000001', true, false, true, false, 1, 4, 3, NULL, 'recommendationDeletion');
INSERT INTO public.act_ru_execution VALUES ('87feb641-ec58-11f1-bd33-02fc00000001', 1, '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', 'QUESTION-1', NULL, 'questionApproval:1:860aae28-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, '87feb641-ec58-11f1-bd33-02fc00000001', false, false, true, false, 1, 16, 4, NULL, 'questionApproval');
INSERT INTO public.act_ru_execution VALUES ('87ff528a-ec58-11f1-bd33-02fc00000001', 1, NULL, '87feb641-ec58-11f1-bd33-02fc00000001', NULL, '87feb641-ec58-11f1-bd33-02fc00000001', 'questionApproval:1:860aae28-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, 'consultationClosed', 'consultationClosed:87ff528b-ec58-11f1-bd33-02fc00000001', true, false, true, false, 1, 4, 5, NULL, 'questionApproval');
INSERT INTO public.act_ru_execution VALUES ('87594e3b-ec58-11f1-bd33-02fc00000001', 3, '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', 'APPROVAL-1', NULL, 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, '87594e3b-ec58-11f1-bd33-02fc00000001', false, false, true, false, 1, 16, 10, NULL, 'tapApproval');
INSERT INTO public.act_ru_execution VALUES ('882948d7-ec58-11f1-bd33-02fc00000001', 1, NULL, '87d86979-ec58-11f1-bd33-02fc00000001', NULL, '87d86979-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, 'commentsResolved', 'commentsResolved:882948d9-ec58-11f1-bd33-02fc00000001', true, false, true, false, 1, 1, 15, NULL, 'aapApproval');
INSERT INTO public.act_ru_execution VALUES ('87d86979-ec58-11f1-bd33-02fc00000001', 4, '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'APPROVAL-3', NULL, 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, '87d86979-ec58-11f1-bd33-02fc00000001', false, false, true, false, 1, 16, 14, NULL, 'aapApproval');
INSERT INTO public.act_ru_execution VALUES ('8871c394-ec58-11f1-bd33-02fc00000001', 1, NULL, '886bf72b-ec58-11f1-bd33-02fc00000001', NULL, '886bf72b-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, 'lastCallClosed', 'lastCallClosed:8871c395-ec58-11f1-bd33-02fc00000001', true, false, true, false, 1, 4, 5, NULL, 'aapApproval');
INSERT INTO public.act_ru_execution VALUES ('886bf72b-ec58-11f1-bd33-02fc00000001', 2, '886bf72b-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', 'APPROVAL-5', NULL, 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, '886bf72b-ec58-11f1-bd33-02fc00000001', false, false, true, false, 1, 16, 4, NULL, 'aapApproval');
INSERT INTO public.act_ru_execution VALUES ('88ad941e-ec58-11f1-bd33-02fc00000001', 1, NULL, '877f4cd8-ec58-11f1-bd33-02fc00000001', NULL, '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, 'moreTimeWindow', 'moreTimeWindow:88ad9420-ec58-11f1-bd33-02fc00000001', true, false, true, false, 1, 5, 23, NULL, 'aapApproval');
INSERT INTO public.act_ru_execution VALUES ('877f4cd8-ec58-11f1-bd33-02fc00000001', 6, '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'APPROVAL-2', NULL, 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, '877f4cd8-ec58-11f1-bd33-02fc00000001', false, false, true, false, 1, 16, 22, NULL, 'aapApproval');


--
-- Data for Name: act_ru_ext_task; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_filter; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_filter VALUES ('85a339b9-ec58-11f1-bd33-02fc00000001', 1, 'Task', 'All tasks', NULL, '{}', '{}');


--
-- Data for Name: act_ru_identitylink; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_incident; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_job; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_job VALUES ('87eb072e-ec58-11f1-bd33-02fc00000001', 1, 'timer', NULL, NULL, true, '87eae01c-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', 'recommendationDeletion:1:860a8716-ec58-11f1-bd33-02fc00000001', 'recommendationDeletion', 3, NULL, NULL, NULL, '2027-07-06 00:00:00', NULL, 0, 'timer-intermediate-transition', 'objectionWindowClosed', '85f52a4a-ec58-11f1-bd33-02fc00000001', 1, '860a8717-ec58-11f1-bd33-02fc00000001', 0, 1, NULL, '2027-04-05 09:00:00', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('87ffc7bc-ec58-11f1-bd33-02fc00000001', 1, 'timer', NULL, NULL, true, '87ff528a-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', 'questionApproval:1:860aae28-ec58-11f1-bd33-02fc00000001', 'questionApproval', 3, NULL, NULL, NULL, '2027-07-04 00:00:00', NULL, 0, 'timer-intermediate-transition', 'consultationClosed', '85f52a4a-ec58-11f1-bd33-02fc00000001', 1, '860aae29-ec58-11f1-bd33-02fc00000001', 0, 1, NULL, '2027-05-03 09:00:00', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('881301a9-ec58-11f1-bd33-02fc00000001', 1, 'timer', NULL, NULL, true, '8812da97-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', 'tapApproval', 3, NULL, NULL, NULL, '2027-08-26 00:00:00', NULL, 0, 'timer-intermediate-transition', 'consultationClosed', '85f52a4a-ec58-11f1-bd33-02fc00000001', 1, '8609c3c1-ec58-11f1-bd33-02fc00000001', 0, 1, NULL, '2027-05-03 09:00:00', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('8871eaa6-ec58-11f1-bd33-02fc00000001', 1, 'timer', NULL, NULL, true, '8871c394-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', 'aapApproval', 3, NULL, NULL, NULL, '2027-06-22 00:00:00', NULL, 0, 'timer-intermediate-transition', 'lastCallClosed', '85f52a4a-ec58-11f1-bd33-02fc00000001', 1, '860a38f4-ec58-11f1-bd33-02fc00000001', 0, 1, NULL, '2027-05-24 09:00:00', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('88adbb31-ec58-11f1-bd33-02fc00000001', 1, 'timer', NULL, NULL, true, '88ad941e-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', 'aapApproval', 3, NULL, NULL, NULL, '2027-06-24 00:00:00', NULL, 0, 'timer-intermediate-transition', 'moreTimeClosed', '85f52a4a-ec58-11f1-bd33-02fc00000001', 1, '860a38f3-ec58-11f1-bd33-02fc00000001', 0, 1, NULL, '2027-05-26 17:00:00', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('858c7d50-ec58-11f1-bd33-02fc00000001', 9, 'ever-living', NULL, NULL, true, NULL, NULL, NULL, NULL, NULL, 3, NULL, NULL, NULL, '2027-06-02 01:00:00', NULL, 0, 'history-cleanup', '{"countEmptyRuns":0,"immediatelyDue":false,"minuteFrom":0,"minuteTo":59}', NULL, 1, NULL, 0, 1, NULL, '2026-11-30 00:53:56.705', NULL, NULL);


--
-- Data for Name: act_ru_jobdef; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_jobdef VALUES ('8609c3c0-ec58-11f1-bd33-02fc00000001', 1, 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', 'tapApproval', 'moreTimeClosed', 'timer-intermediate-transition', 'DATE: ${moreTimeClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('8609c3c1-ec58-11f1-bd33-02fc00000001', 1, 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', 'tapApproval', 'consultationClosed', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('860a38f3-ec58-11f1-bd33-02fc00000001', 1, 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'moreTimeClosed', 'timer-intermediate-transition', 'DATE: ${moreTimeClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('860a38f4-ec58-11f1-bd33-02fc00000001', 1, 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'lastCallClosed', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('860a38f5-ec58-11f1-bd33-02fc00000001', 1, 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', 'aapApproval', 'additionalReviewClosed', 'timer-intermediate-transition', 'DATE: ${additionalReviewClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('860a8717-ec58-11f1-bd33-02fc00000001', 1, 'recommendationDeletion:1:860a8716-ec58-11f1-bd33-02fc00000001', 'recommendationDeletion', 'objectionWindowClosed', 'timer-intermediate-transition', 'DATE: ${objectionWindowClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('860aae29-ec58-11f1-bd33-02fc00000001', 1, 'questionApproval:1:860aae28-ec58-11f1-bd33-02fc00000001', 'questionApproval', 'consultationClosed', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 1, NULL, NULL, NULL);


--
-- Data for Name: act_ru_meter_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_meter_log VALUES ('88e40d7c-ec58-11f1-bd33-02fc00000001', 'root-process-instance-start', 'vm/pid19610', 7, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('88e40d7d-ec58-11f1-bd33-02fc00000001', 'activity-instance-start', 'vm/pid19610', 37, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('88e40d7e-ec58-11f1-bd33-02fc00000001', 'job-acquired-failure', 'vm/pid19610', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('88e40d7f-ec58-11f1-bd33-02fc00000001', 'job-locked-exclusive', 'vm/pid19610', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('88e40d80-ec58-11f1-bd33-02fc00000001', 'job-execution-rejected', 'vm/pid19610', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('88e40d81-ec58-11f1-bd33-02fc00000001', 'executed-decision-elements', 'vm/pid19610', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('88e40d82-ec58-11f1-bd33-02fc00000001', 'activity-instance-end', 'vm/pid19610', 30, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('88e40d83-ec58-11f1-bd33-02fc00000001', 'job-successful', 'vm/pid19610', 11, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('88e40d84-ec58-11f1-bd33-02fc00000001', 'job-acquired-success', 'vm/pid19610', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('88e40d85-ec58-11f1-bd33-02fc00000001', 'job-acquisition-attempt', 'vm/pid19610', 1, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('88e40d86-ec58-11f1-bd33-02fc00000001', 'executed-decision-instances', 'vm/pid19610', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('88e40d87-ec58-11f1-bd33-02fc00000001', 'job-failed', 'vm/pid19610', 0, '2027-06-01 09:00:00', 1811840400000);


--
-- Data for Name: act_ru_task; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_task_meter_log; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_variable; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_variable VALUES ('875aadcc-ec58-11f1-bd33-02fc00000001', 1, 'long', 'approvalId', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 1, '1', NULL, '87594e3b-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('87725482-ec58-11f1-bd33-02fc00000001', 1, 'string', 'consultationClosesAt', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-05-27T00:00:00Z', NULL, '87594e3b-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('877f73e9-ec58-11f1-bd33-02fc00000001', 1, 'long', 'approvalId', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 2, '2', NULL, '877f4cd8-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('8789ad1f-ec58-11f1-bd33-02fc00000001', 1, 'string', 'lastCallClosesAt', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-02-02T00:00:00Z', NULL, '877f4cd8-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('879ff447-ec58-11f1-bd33-02fc00000001', 1, 'string', 'lastCallResult', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'JUDGEMENT', NULL, '877f4cd8-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('87aaa2ae-ec58-11f1-bd33-02fc00000001', 1, 'string', 'route', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'MEETING', NULL, '877f4cd8-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('87d8697a-ec58-11f1-bd33-02fc00000001', 1, 'long', 'approvalId', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 3, '3', NULL, '87d86979-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('87ded220-ec58-11f1-bd33-02fc00000001', 1, 'string', 'lastCallClosesAt', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-05-04T00:00:00Z', NULL, '87d86979-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('87ea91f7-ec58-11f1-bd33-02fc00000001', 1, 'string', 'objectionWindowClosesAt', '87ea91f6-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', 'recommendationDeletion:1:860a8716-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-07-06T00:00:00Z', NULL, '87ea91f6-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('87eab909-ec58-11f1-bd33-02fc00000001', 1, 'long', 'deletionId', '87ea91f6-ec58-11f1-bd33-02fc00000001', '87ea91f6-ec58-11f1-bd33-02fc00000001', 'recommendationDeletion:1:860a8716-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 1, '1', NULL, '87ea91f6-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('87feb642-ec58-11f1-bd33-02fc00000001', 1, 'long', 'questionId', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', 'questionApproval:1:860aae28-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 1, '1', NULL, '87feb641-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('87fedd54-ec58-11f1-bd33-02fc00000001', 1, 'boolean', 'policyImplications', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', 'questionApproval:1:860aae28-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 1, NULL, NULL, '87feb641-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('87ff0466-ec58-11f1-bd33-02fc00000001', 1, 'string', 'consultationClosesAt', '87feb641-ec58-11f1-bd33-02fc00000001', '87feb641-ec58-11f1-bd33-02fc00000001', 'questionApproval:1:860aae28-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-07-04T00:00:00Z', NULL, '87feb641-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('880d353f-ec58-11f1-bd33-02fc00000001', 1, 'long', 'approvalId', '880d353e-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 4, '4', NULL, '880d353e-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('8812b385-ec58-11f1-bd33-02fc00000001', 1, 'string', 'consultationClosesAt', '880d353e-ec58-11f1-bd33-02fc00000001', '880d353e-ec58-11f1-bd33-02fc00000001', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-08-26T00:00:00Z', NULL, '880d353e-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('881dfe2c-ec58-11f1-bd33-02fc00000001', 1, 'string', 'lastCallResult', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'JUDGEMENT', NULL, '87d86979-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('8828d3a4-ec58-11f1-bd33-02fc00000001', 1, 'string', 'route', '87d86979-ec58-11f1-bd33-02fc00000001', '87d86979-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'COMMENT_RESOLUTION', NULL, '87d86979-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('886c1e3c-ec58-11f1-bd33-02fc00000001', 1, 'long', 'approvalId', '886bf72b-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 5, '5', NULL, '886bf72b-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('88719c82-ec58-11f1-bd33-02fc00000001', 1, 'string', 'lastCallClosesAt', '886bf72b-ec58-11f1-bd33-02fc00000001', '886bf72b-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-06-22T00:00:00Z', NULL, '886bf72b-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('88ad45f9-ec58-11f1-bd33-02fc00000001', 1, 'string', 'meetingDecision', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'MORE_TIME', NULL, '877f4cd8-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('88ad6d0b-ec58-11f1-bd33-02fc00000001', 1, 'string', 'moreTimeClosesAt', '877f4cd8-ec58-11f1-bd33-02fc00000001', '877f4cd8-ec58-11f1-bd33-02fc00000001', 'aapApproval:1:860a38f2-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-06-24T00:00:00Z', NULL, '877f4cd8-ec58-11f1-bd33-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('88b953f4-ec58-11f1-bd33-02fc00000001', 1, 'string', 'consultationResult', '87594e3b-ec58-11f1-bd33-02fc00000001', '87594e3b-ec58-11f1-bd33-02fc00000001', 'tapApproval:1:8609759f-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CONTINUE', NULL, '87594e3b-ec58-11f1-bd33-02fc00000001', 1, false, NULL);


--
-- Data for Name: announcement; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.announcement VALUES (1, 'APPROVAL', 1, 'ITU-T D.50 (revised) International Internet connectivity', 'SG3', 'CONSULTATION_OPENED', '2027-01-04 09:00:00+00', 'Intent to approve ITU-T D.50 (revised) International Internet connectivity at the meeting of 2027-06-07 to 2027-06-16; Member States reply by 2027-05-26T23:59:59Z (Res. 1 §9.4.1)');
INSERT INTO recflow.announcement VALUES (2, 'APPROVAL', 2, 'ITU-T H.810 (new) Metaverse interoperability framework', 'SG21', 'LAST_CALL_OPENED', '2027-01-04 09:00:00+00', 'Last Call on ITU-T H.810 (new) Metaverse interoperability framework announced on 2027-01-04; comments by 2027-02-01T23:59:59Z (A.8 §4.1)');
INSERT INTO recflow.announcement VALUES (3, 'APPROVAL', 3, 'ITU-T X.1500 (revised) Cybersecurity information exchange', 'SG17', 'LAST_CALL_OPENED', '2027-04-05 09:00:00+00', 'Last Call on ITU-T X.1500 (revised) Cybersecurity information exchange announced on 2027-04-05; comments by 2027-05-03T23:59:59Z (A.8 §4.1)');
INSERT INTO recflow.announcement VALUES (4, 'DELETION', 1, 'Deletion of ITU-T Y.2060', 'SG20', 'OBJECTION_PERIOD_OPENED', '2027-04-05 09:00:00+00', 'Deletion of ITU-T Y.2060 announced on 2027-04-05; objections by 2027-07-05T23:59:59Z (Res. 1 §9.8.2, A.8 §8.2)');
INSERT INTO recflow.announcement VALUES (5, 'QUESTION', 1, 'Question Q5/20 – Digital identity for IoT devices', 'SG20', 'CONSULTATION_OPENED', '2027-05-03 09:00:00+00', 'Consultation of the Member States on Question Q5/20 – Digital identity for IoT devices from 2027-05-03; replies by 2027-07-03T23:59:59Z (Res. 1 §7.3.2)');
INSERT INTO recflow.announcement VALUES (6, 'APPROVAL', 4, 'ITU-T D.52 (new) Charging of international mobile roaming', 'SG3', 'CONSULTATION_OPENED', '2027-05-03 09:00:00+00', 'Intent to approve ITU-T D.52 (new) Charging of international mobile roaming at the meeting of 2027-09-06 to 2027-09-15; Member States reply by 2027-08-25T23:59:59Z (Res. 1 §9.4.1)');
INSERT INTO recflow.announcement VALUES (7, 'APPROVAL', 5, 'ITU-T Y.4480 (new) Digital twin reference model for smart cities', 'SG20', 'LAST_CALL_OPENED', '2027-05-24 09:00:00+00', 'Last Call on ITU-T Y.4480 (new) Digital twin reference model for smart cities announced on 2027-05-24; comments by 2027-06-21T23:59:59Z (A.8 §4.1)');


--
-- Data for Name: approval; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.approval VALUES (4, 'TAP', 'D.52', 'NEW', 'Charging of international mobile roaming', 'SG3', '["Q6/3"]', 'Principles for charging international mobile roaming.', 'SG3-TD210', '2027-04-30', NULL, 'CONSULTATION', NULL, NULL, NULL, NULL, NULL, '880d353e-ec58-11f1-bd33-02fc00000001', '2027-09-06', '2027-09-15', NULL, 'CONSULTATION', '2027-05-03', '2027-08-25 23:59:59+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, 1, '2027-05-03 09:00:00+00', 'chair-sg3', NULL, '2027-08-25 23:59:59+00', NULL, 3);
INSERT INTO recflow.approval VALUES (3, 'AAP', 'X.1500', 'REVISED', 'Cybersecurity information exchange', 'SG17', '[]', 'Overview of cybersecurity information exchange.', 'SG17-TD300', '2027-03-26', NULL, 'COMMENT_RESOLUTION', NULL, NULL, NULL, NULL, NULL, '87d86979-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, 'LAST_CALL', '2027-04-05', '2027-05-03 23:59:59+00', '2027-05-03 23:59:59+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, 1, '2027-04-05 09:00:00+00', 'chair-sg17', NULL, NULL, NULL, NULL);
INSERT INTO recflow.approval VALUES (5, 'AAP', 'Y.4480', 'NEW', 'Digital twin reference model for smart cities', 'SG20', '["Q2/20"]', 'Defines a reference model for digital twins of cities.', 'SG20-TD1234', '2027-05-21', NULL, 'LAST_CALL', NULL, NULL, NULL, NULL, NULL, '886bf72b-ec58-11f1-bd33-02fc00000001', NULL, NULL, NULL, 'LAST_CALL', '2027-05-24', '2027-06-21 23:59:59+00', '2027-06-21 23:59:59+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, 1, '2027-05-24 09:00:00+00', 'chair-sg20', NULL, NULL, NULL, NULL);
INSERT INTO recflow.approval VALUES (2, 'AAP', 'H.810', 'NEW', 'Metaverse interoperability framework', 'SG21', '[]', 'Framework for interoperable metaverse services.', 'SG21-TD500', '2026-12-18', NULL, 'MORE_TIME', NULL, NULL, NULL, NULL, NULL, '877f4cd8-ec58-11f1-bd33-02fc00000001', '2027-05-17', '2027-05-26', '2027-02-02', 'LAST_CALL', '2027-01-04', '2027-02-01 23:59:59+00', '2027-02-01 23:59:59+00', NULL, NULL, NULL, '{"meetingEnd":"2027-05-26","objections":[],"moreTimeRequestedBy":["BRA"],"abstentions":[],"reservations":[],"policyImplicationsRaisedBy":null}', '2027-06-23 23:59:59+00', NULL, NULL, false, 1, '2027-01-04 09:00:00+00', 'chair-sg21', NULL, NULL, NULL, 2);
INSERT INTO recflow.approval VALUES (1, 'TAP', 'D.50', 'REVISED', 'International Internet connectivity', 'SG3', '["Q1/3"]', 'Principles for charging international Internet connectivity.', 'SG3-TD100', '2026-12-18', NULL, 'AWAITING_MEETING', NULL, NULL, NULL, NULL, NULL, '87594e3b-ec58-11f1-bd33-02fc00000001', '2027-06-07', '2027-06-16', NULL, 'CONSULTATION', '2027-01-04', '2027-05-26 23:59:59+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, 1, '2027-01-04 09:00:00+00', 'chair-sg3', '2027-05-03', '2027-05-26 23:59:59+00', NULL, 1);


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
-- Data for Name: consultation_reply_first; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.consultation_reply_first VALUES (1, 'APPROVAL', 1, 1, 'DEU', '2027-02-02 09:00:00+00');
INSERT INTO recflow.consultation_reply_first VALUES (2, 'APPROVAL', 1, 1, 'BRA', '2027-02-02 09:00:00+00');
INSERT INTO recflow.consultation_reply_first VALUES (3, 'APPROVAL', 1, 1, 'IND', '2027-02-02 09:00:00+00');
INSERT INTO recflow.consultation_reply_first VALUES (4, 'APPROVAL', 1, 1, 'KEN', '2027-02-02 09:00:00+00');
INSERT INTO recflow.consultation_reply_first VALUES (5, 'APPROVAL', 1, 1, 'JPN', '2027-02-02 09:00:00+00');
INSERT INTO recflow.consultation_reply_first VALUES (6, 'APPROVAL', 1, 1, 'MEX', '2027-02-02 09:00:00+00');
INSERT INTO recflow.consultation_reply_first VALUES (7, 'APPROVAL', 1, 1, 'EGY', '2027-02-02 09:00:00+00');
INSERT INTO recflow.consultation_reply_first VALUES (8, 'APPROVAL', 1, 1, 'USA', '2027-02-02 09:00:00+00');
INSERT INTO recflow.consultation_reply_first VALUES (9, 'QUESTION', 1, 1, 'FRA', '2027-05-03 09:00:00+00');
INSERT INTO recflow.consultation_reply_first VALUES (10, 'APPROVAL', 4, 1, 'DEU', '2027-05-03 09:00:00+00');


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

INSERT INTO recflow.deletion VALUES (1, 'Y.2060', 'SG20', 'AAP', 'Superseded by ITU-T Y.4000.', '2027-03-26', 'OBJECTION_PERIOD', NULL, NULL, '2027-04-05', '2027-07-05 23:59:59+00', '87ea91f6-ec58-11f1-bd33-02fc00000001', '2027-04-05 09:00:00+00', 'chair-sg20');


--
-- Data for Name: deletion_objection; Type: TABLE DATA; Schema: recflow; Owner: -
--



--
-- Data for Name: event_publication; Type: TABLE DATA; Schema: recflow; Owner: -
--



--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.flyway_schema_history VALUES (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"recflow"', NULL, 'recflow', '2026-11-30 00:53:53.860637', 0, true);
INSERT INTO recflow.flyway_schema_history VALUES (1, '1', 'approvals', 'SQL', 'V1__approvals.sql', -289992000, 'recflow', '2026-11-30 00:53:53.891011', 19, true);
INSERT INTO recflow.flyway_schema_history VALUES (2, '2', 'consultations', 'SQL', 'V2__consultations.sql', -1594511580, 'recflow', '2026-11-30 00:53:53.943478', 6, true);
INSERT INTO recflow.flyway_schema_history VALUES (3, '3', 'questions', 'SQL', 'V3__questions.sql', -2010326711, 'recflow', '2026-11-30 00:53:53.958124', 6, true);
INSERT INTO recflow.flyway_schema_history VALUES (4, '4', 'deletions', 'SQL', 'V4__deletions.sql', -1747482161, 'recflow', '2026-11-30 00:53:53.97177', 11, true);
INSERT INTO recflow.flyway_schema_history VALUES (5, '5', 'idempotency', 'SQL', 'V5__idempotency.sql', 592740841, 'recflow', '2026-11-30 00:53:53.988479', 5, true);
INSERT INTO recflow.flyway_schema_history VALUES (6, '6', 'history request id', 'SQL', 'V6__history_request_id.sql', 458126352, 'recflow', '2026-11-30 00:53:53.999239', 2, true);
INSERT INTO recflow.flyway_schema_history VALUES (7, '7', 'deadline open order', 'SQL', 'V7__deadline_open_order.sql', -646040063, 'recflow', '2026-11-30 00:53:54.005276', 3, true);
INSERT INTO recflow.flyway_schema_history VALUES (8, '8', 'reply versions', 'SQL', 'V8__reply_versions.sql', 1893641211, 'recflow', '2026-11-30 00:53:54.011782', 4, true);
INSERT INTO recflow.flyway_schema_history VALUES (9, '9', 'circulars', 'SQL', 'V9__circulars.sql', 1508904740, 'recflow', '2026-11-30 00:53:54.020744', 15, true);
INSERT INTO recflow.flyway_schema_history VALUES (10, '10', 'meetings', 'SQL', 'V10__meetings.sql', 412080793, 'recflow', '2026-11-30 00:53:54.041871', 11, true);
INSERT INTO recflow.flyway_schema_history VALUES (11, '11', 'deadline open by study group', 'SQL', 'V11__deadline_open_by_study_group.sql', -97444021, 'recflow', '2026-11-30 00:53:54.059264', 3, true);
INSERT INTO recflow.flyway_schema_history VALUES (12, '12', 'meeting outcome wider', 'SQL', 'V12__meeting_outcome_wider.sql', -90295327, 'recflow', '2026-11-30 00:53:54.075812', 2, true);
INSERT INTO recflow.flyway_schema_history VALUES (13, '13', 'notifications', 'SQL', 'V13__notifications.sql', 2028848813, 'recflow', '2026-11-30 00:53:54.081422', 18, true);
INSERT INTO recflow.flyway_schema_history VALUES (14, '15', 'reminders and announcements', 'SQL', 'V15__reminders_and_announcements.sql', 1139798942, 'recflow', '2026-11-30 00:53:54.105649', 8, true);
INSERT INTO recflow.flyway_schema_history VALUES (15, '16', 'approval meeting backfill', 'SQL', 'V16__approval_meeting_backfill.sql', -350110632, 'recflow', '2026-11-30 00:53:54.12131', 3, true);
INSERT INTO recflow.flyway_schema_history VALUES (16, '17', 'reply versions only', 'SQL', 'V17__reply_versions_only.sql', 1147677676, 'recflow', '2026-11-30 00:53:54.129402', 10, true);


--
-- Data for Name: history_entry; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.history_entry VALUES (1, 'MEETING', 1, '2027-01-04 09:00:00+00', 'chair-sg3', 'CHAIR', 'MEETING_SCHEDULED', 'SG3 2027-06-07..2027-06-16 (named by a text''s nextMeeting)', 'b066295b-b768-4d62-ab01-aae7e0ac6e9b');
INSERT INTO recflow.history_entry VALUES (2, 'APPROVAL', 1, '2027-01-04 09:00:00+00', 'chair-sg3', 'CHAIR', 'REQUESTED', 'approval of ITU-T D.50 (revised) requested by TAP after determination on 2026-12-18', 'b066295b-b768-4d62-ab01-aae7e0ac6e9b');
INSERT INTO recflow.history_entry VALUES (3, 'APPROVAL', 1, '2027-01-04 09:00:00+00', 'tsb', 'TSB', 'CONSULTATION_ANNOUNCED', 'intent to approve at the meeting of 2027-06-07 to 2027-06-16 announced on 2027-01-04; consultation of the Member States closes 2027-05-26T23:59:59Z', '4d476b1d-36ed-4658-90ce-938a2ee525a4');
INSERT INTO recflow.history_entry VALUES (4, 'APPROVAL', 2, '2027-01-04 09:00:00+00', 'chair-sg21', 'CHAIR', 'REQUESTED', 'approval of ITU-T H.810 (new) requested by AAP after consent on 2026-12-18', 'c51abbe6-4608-49ce-90d7-5cec97ce2d65');
INSERT INTO recflow.history_entry VALUES (5, 'APPROVAL', 2, '2027-01-04 09:00:00+00', 'tsb', 'TSB', 'LAST_CALL_ANNOUNCED', 'Last Call announced on 2027-01-04, closes 2027-02-01T23:59:59Z', 'db7c8bdd-3b67-48c2-b12f-2024e30ee6cf');
INSERT INTO recflow.history_entry VALUES (6, 'APPROVAL', 2, '2027-01-04 09:00:00+00', 'ms-jpn', 'MEMBER_STATE', 'COMMENT_SUBMITTED', 'SUBSTANTIVE comment in LAST_CALL by JPN', '19674005-2942-4c60-95f0-e39b469abbaa');
INSERT INTO recflow.history_entry VALUES (7, 'APPROVAL', 2, '2027-02-02 09:00:00+00', 'recflow', 'TSB', 'LAST_CALL_CLOSED', '1 comment(s) received', '3c9a37e8-eb98-4a37-ba6a-aa648be1c879');
INSERT INTO recflow.history_entry VALUES (8, 'APPROVAL', 2, '2027-02-02 09:00:00+00', 'chair-sg21', 'CHAIR', 'JUDGED', 'route MEETING chosen at LAST_CALL_JUDGEMENT', '898e432f-9c58-4b90-9981-a0f262c10c19');
INSERT INTO recflow.history_entry VALUES (9, 'MEETING', 2, '2027-02-02 09:00:00+00', 'tsb', 'TSB', 'MEETING_SCHEDULED', 'SG21 2027-05-17..2027-05-26 (named by a text''s nextMeeting)', '690b5f61-b039-4f87-ad95-aaf02ae619f2');
INSERT INTO recflow.history_entry VALUES (10, 'APPROVAL', 2, '2027-02-02 09:00:00+00', 'tsb', 'TSB', 'MEETING_ANNOUNCED', 'approval at the meeting of 2027-05-17 to 2027-05-26 announced', '690b5f61-b039-4f87-ad95-aaf02ae619f2');
INSERT INTO recflow.history_entry VALUES (11, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-deu', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'DEU replied SUPPORT', '195d19ef-094d-4552-9535-e791ed369854');
INSERT INTO recflow.history_entry VALUES (12, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-bra', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'BRA replied SUPPORT', 'd941395b-6d7e-48b0-9b79-bee6cd33ef6b');
INSERT INTO recflow.history_entry VALUES (13, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-ind', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'IND replied SUPPORT', 'af7c9f5b-c3c6-4895-b57b-e5f7ca79636f');
INSERT INTO recflow.history_entry VALUES (14, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-ken', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'KEN replied SUPPORT', '91d0d02e-acf2-46fc-8009-a743af463ee3');
INSERT INTO recflow.history_entry VALUES (15, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-jpn', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'JPN replied SUPPORT', '87cf92cf-4e2b-4fef-9ceb-02e8e2dfeb6b');
INSERT INTO recflow.history_entry VALUES (16, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-mex', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'MEX replied SUPPORT', 'd9d54646-d2ab-4e04-8f1e-04ecac68f6fb');
INSERT INTO recflow.history_entry VALUES (17, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-egy', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'EGY replied SUPPORT', '907e73d1-bbe7-41b1-b7ed-be3a741ac1e1');
INSERT INTO recflow.history_entry VALUES (18, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-usa', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'USA replied AGAINST', 'a2f12d65-aaeb-48c6-9a2d-824ef93bfbc1');
INSERT INTO recflow.history_entry VALUES (19, 'APPROVAL', 3, '2027-04-05 09:00:00+00', 'chair-sg17', 'CHAIR', 'REQUESTED', 'approval of ITU-T X.1500 (revised) requested by AAP after consent on 2027-03-26', '712bb37a-2a13-4e4c-bb63-490213c158e1');
INSERT INTO recflow.history_entry VALUES (20, 'APPROVAL', 3, '2027-04-05 09:00:00+00', 'tsb', 'TSB', 'LAST_CALL_ANNOUNCED', 'Last Call announced on 2027-04-05, closes 2027-05-03T23:59:59Z', 'b11738d4-092b-41b2-ae9e-afd60ef6e498');
INSERT INTO recflow.history_entry VALUES (21, 'APPROVAL', 3, '2027-04-05 09:00:00+00', 'sm-ericsson', 'SECTOR_MEMBER', 'COMMENT_SUBMITTED', 'SUBSTANTIVE comment in LAST_CALL by ericsson', '8e752ada-c930-42ff-8e94-fc62ad37dafc');
INSERT INTO recflow.history_entry VALUES (22, 'DELETION', 1, '2027-04-05 09:00:00+00', 'chair-sg20', 'CHAIR', 'DELETION_AGREED', 'deletion of ITU-T Y.2060 agreed by SG20 on 2027-03-26 (AAP)', '28aa41bf-aca7-499d-b7ff-2dcd5c680cc4');
INSERT INTO recflow.history_entry VALUES (23, 'DELETION', 1, '2027-04-05 09:00:00+00', 'recflow', 'TSB', 'OBJECTION_PERIOD_OPENED', 'circular issued on 2027-04-05; objections by 2027-07-05T23:59:59Z (3 months, Res. 1 §9.8.2.1, A.8 §8.2.1)', '28aa41bf-aca7-499d-b7ff-2dcd5c680cc4');
INSERT INTO recflow.history_entry VALUES (24, 'APPROVAL', 1, '2027-05-03 09:00:00+00', 'tsb', 'TSB', 'TEXTS_DISTRIBUTED', 'texts in the official languages distributed on 2027-05-03', '7f6305fb-33bc-406f-adec-93de10fa6214');
INSERT INTO recflow.history_entry VALUES (25, 'QUESTION', 1, '2027-05-03 09:00:00+00', 'chair-sg20', 'CHAIR', 'REQUESTED', 'approval of Question Q5/20 – Digital identity for IoT devices requested, with policy or regulatory implications or doubt about its scope (Res. 1 §7.3.2.1)', 'c2b38797-fc0d-41c7-bf77-8a8292e2afa3');
INSERT INTO recflow.history_entry VALUES (26, 'QUESTION', 1, '2027-05-03 09:00:00+00', 'recflow', 'TSB', 'CONSULTATION_OPENED', 'the Director consults the Member States from 2027-05-03; replies by 2027-07-03T23:59:59Z (2 months, Res. 1 §7.3.2.2)', 'c2b38797-fc0d-41c7-bf77-8a8292e2afa3');
INSERT INTO recflow.history_entry VALUES (27, 'QUESTION', 1, '2027-05-03 09:00:00+00', 'ms-fra', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'FRA replied SUPPORT', 'c79b1c08-1c8c-453b-8f88-600cabac083a');
INSERT INTO recflow.history_entry VALUES (28, 'MEETING', 3, '2027-05-03 09:00:00+00', 'chair-sg3', 'CHAIR', 'MEETING_SCHEDULED', 'SG3 2027-09-06..2027-09-15 (named by a text''s nextMeeting)', 'ec419735-d076-4ae8-a858-f17428d008db');
INSERT INTO recflow.history_entry VALUES (29, 'APPROVAL', 4, '2027-05-03 09:00:00+00', 'chair-sg3', 'CHAIR', 'REQUESTED', 'approval of ITU-T D.52 (new) requested by TAP after determination on 2027-04-30', 'ec419735-d076-4ae8-a858-f17428d008db');
INSERT INTO recflow.history_entry VALUES (30, 'APPROVAL', 4, '2027-05-03 09:00:00+00', 'tsb', 'TSB', 'CONSULTATION_ANNOUNCED', 'intent to approve at the meeting of 2027-09-06 to 2027-09-15 announced on 2027-05-03; consultation of the Member States closes 2027-08-25T23:59:59Z', '8d282fdd-d247-414c-ad9c-a4def6c1d179');
INSERT INTO recflow.history_entry VALUES (31, 'APPROVAL', 4, '2027-05-03 09:00:00+00', 'ms-deu', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'DEU replied SUPPORT', 'a738005e-86e4-4984-8916-02ace0f58ebb');
INSERT INTO recflow.history_entry VALUES (32, 'APPROVAL', 3, '2027-05-04 09:00:00+00', 'recflow', 'TSB', 'LAST_CALL_CLOSED', '1 comment(s) received', 'deb2ddfc-2728-42f0-87f6-194209f8eb71');
INSERT INTO recflow.history_entry VALUES (33, 'APPROVAL', 3, '2027-05-04 09:00:00+00', 'chair-sg17', 'CHAIR', 'JUDGED', 'route COMMENT_RESOLUTION chosen at LAST_CALL_JUDGEMENT', 'a7aa028e-f742-4694-833b-c8361b0277ba');
INSERT INTO recflow.history_entry VALUES (34, 'APPROVAL', 5, '2027-05-24 09:00:00+00', 'chair-sg20', 'CHAIR', 'REQUESTED', 'approval of ITU-T Y.4480 (new) requested by AAP after consent on 2027-05-21', '4ef338b0-d414-4fcb-b3c8-9dfaba197124');
INSERT INTO recflow.history_entry VALUES (35, 'APPROVAL', 5, '2027-05-24 09:00:00+00', 'tsb', 'TSB', 'LAST_CALL_ANNOUNCED', 'Last Call announced on 2027-05-24, closes 2027-06-21T23:59:59Z', '5642c6ab-1ac5-43b3-aae4-5686ffc8c25f');
INSERT INTO recflow.history_entry VALUES (36, 'APPROVAL', 5, '2027-05-24 09:00:00+00', 'ms-fra', 'MEMBER_STATE', 'COMMENT_SUBMITTED', 'TYPOGRAPHICAL comment in LAST_CALL by FRA', '6be91eab-c015-497d-a75d-8a5539518fef');
INSERT INTO recflow.history_entry VALUES (37, 'APPROVAL', 2, '2027-05-26 17:00:00+00', 'chair-sg21', 'CHAIR', 'MEETING_OUTCOME_RECORDED', 'objections [], more time asked by [BRA], abstentions [], no reservation → MORE_TIME', 'b5bdbb0b-adab-44e4-b0b7-5ac5896e3c61');
INSERT INTO recflow.history_entry VALUES (38, 'APPROVAL', 1, '2027-06-01 09:00:00+00', 'recflow', 'TSB', 'CONSULTATION_CLOSED', '7 support, 1 against, 0 without position (87.5% support): the procedure continues at the meeting', '94a7e9e1-3fc1-4e68-b107-6c8299ed9a2c');


--
-- Data for Name: idempotent_request; Type: TABLE DATA; Schema: recflow; Owner: -
--



--
-- Data for Name: meeting; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.meeting VALUES (1, 'SG3', '2027-06-07', '2027-06-16', NULL, 'SCHEDULED', '2027-01-04 09:00:00+00', '2027-01-04 09:00:00+00', 0);
INSERT INTO recflow.meeting VALUES (2, 'SG21', '2027-05-17', '2027-05-26', NULL, 'SCHEDULED', '2027-02-02 09:00:00+00', '2027-02-02 09:00:00+00', 0);
INSERT INTO recflow.meeting VALUES (3, 'SG3', '2027-09-06', '2027-09-15', NULL, 'SCHEDULED', '2027-05-03 09:00:00+00', '2027-05-03 09:00:00+00', 0);


--
-- Data for Name: notification_delivery; Type: TABLE DATA; Schema: recflow; Owner: -
--



--
-- Data for Name: notification_event; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.notification_event VALUES ('7dd01961-1f1e-47a5-8ef9-38afd7f7e410', 'PERIOD_OPENED', '2027-01-04 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7dd01961-1f1e-47a5-8ef9-38afd7f7e410","type":"PERIOD_OPENED","occurredAt":"2027-01-04T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"CONSULTATION","dueAt":"2027-05-26T23:59:59Z","summary":"Consultation of the Member States opened for ITU-T D.50 (revised) International Internet connectivity until 2027-05-26T23:59:59Z","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c78ec16a-4b4f-49a7-b0a8-d995c31924af', 'ACTION_DUE', '2027-01-04 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c78ec16a-4b4f-49a7-b0a8-d995c31924af","type":"ACTION_DUE","occurredAt":"2027-01-04T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"TEXT_DISTRIBUTION","dueAt":"2027-05-07T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: TEXT_DISTRIBUTION due at 2027-05-07T23:59:59Z (OPENED)","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3e9a4293-2758-416b-bef8-5876e2c777af', 'PERIOD_OPENED', '2027-01-04 09:00:00+00', 'APPROVAL', 2, 'SG21', '{"id":"3e9a4293-2758-416b-bef8-5876e2c777af","type":"PERIOD_OPENED","occurredAt":"2027-01-04T09:00:00Z","subject":{"type":"APPROVAL","id":2,"label":"ITU-T H.810 (new) Metaverse interoperability framework","studyGroup":"SG21"},"kind":"LAST_CALL","dueAt":"2027-02-01T23:59:59Z","summary":"Last Call opened for ITU-T H.810 (new) Metaverse interoperability framework until 2027-02-01T23:59:59Z","href":"http://localhost:8080/dashboard/approvals/2"}');
INSERT INTO recflow.notification_event VALUES ('6a2ebe71-7bd8-4073-a35e-a3d3efa25721', 'PERIOD_CLOSED', '2027-02-02 09:00:00+00', 'APPROVAL', 2, 'SG21', '{"id":"6a2ebe71-7bd8-4073-a35e-a3d3efa25721","type":"PERIOD_CLOSED","occurredAt":"2027-02-02T09:00:00Z","subject":{"type":"APPROVAL","id":2,"label":"ITU-T H.810 (new) Metaverse interoperability framework","studyGroup":"SG21"},"kind":"LAST_CALL","dueAt":null,"summary":"Last Call closed for ITU-T H.810 (new) Metaverse interoperability framework with 1 comment(s)","href":"http://localhost:8080/dashboard/approvals/2"}');
INSERT INTO recflow.notification_event VALUES ('53aa3790-03b0-4549-a225-b9d8447f6f8f', 'ACTION_DUE', '2027-02-02 09:00:00+00', 'APPROVAL', 2, 'SG21', '{"id":"53aa3790-03b0-4549-a225-b9d8447f6f8f","type":"ACTION_DUE","occurredAt":"2027-02-02T09:00:00Z","subject":{"type":"APPROVAL","id":2,"label":"ITU-T H.810 (new) Metaverse interoperability framework","studyGroup":"SG21"},"kind":"COMMENT_COMPILATION","dueAt":"2027-02-15T23:59:59Z","summary":"ITU-T H.810 (new) Metaverse interoperability framework: COMMENT_COMPILATION due at 2027-02-15T23:59:59Z (OPENED)","href":"http://localhost:8080/dashboard/approvals/2"}');
INSERT INTO recflow.notification_event VALUES ('7b33625f-e572-4ce5-93af-afc3cc5f4672', 'PERIOD_OPENED', '2027-04-05 09:00:00+00', 'APPROVAL', 3, 'SG17', '{"id":"7b33625f-e572-4ce5-93af-afc3cc5f4672","type":"PERIOD_OPENED","occurredAt":"2027-04-05T09:00:00Z","subject":{"type":"APPROVAL","id":3,"label":"ITU-T X.1500 (revised) Cybersecurity information exchange","studyGroup":"SG17"},"kind":"LAST_CALL","dueAt":"2027-05-03T23:59:59Z","summary":"Last Call opened for ITU-T X.1500 (revised) Cybersecurity information exchange until 2027-05-03T23:59:59Z","href":"http://localhost:8080/dashboard/approvals/3"}');
INSERT INTO recflow.notification_event VALUES ('5e745f8b-124d-4b4e-8d22-542830e8f553', 'PERIOD_OPENED', '2027-04-05 09:00:00+00', 'DELETION', 1, 'SG20', '{"id":"5e745f8b-124d-4b4e-8d22-542830e8f553","type":"PERIOD_OPENED","occurredAt":"2027-04-05T09:00:00Z","subject":{"type":"DELETION","id":1,"label":"Deletion of ITU-T Y.2060","studyGroup":"SG20"},"kind":"DELETION","dueAt":"2027-07-05T23:59:59Z","summary":"Objections to deleting Deletion of ITU-T Y.2060 may be made until 2027-07-05T23:59:59Z","href":"http://localhost:8080/dashboard"}');
INSERT INTO recflow.notification_event VALUES ('b7e09710-3fc9-4871-93e1-182cb83aa502', 'PERIOD_OPENED', '2027-05-03 09:00:00+00', 'QUESTION', 1, 'SG20', '{"id":"b7e09710-3fc9-4871-93e1-182cb83aa502","type":"PERIOD_OPENED","occurredAt":"2027-05-03T09:00:00Z","subject":{"type":"QUESTION","id":1,"label":"Question Q5/20 – Digital identity for IoT devices","studyGroup":"SG20"},"kind":"QUESTION_CONSULTATION","dueAt":"2027-07-03T23:59:59Z","summary":"Consultation of the Member States opened for Question Q5/20 – Digital identity for IoT devices until 2027-07-03T23:59:59Z","href":"http://localhost:8080/dashboard"}');
INSERT INTO recflow.notification_event VALUES ('2daa2b78-46e6-4a01-9ab0-7fb37a77f111', 'PERIOD_OPENED', '2027-05-03 09:00:00+00', 'APPROVAL', 4, 'SG3', '{"id":"2daa2b78-46e6-4a01-9ab0-7fb37a77f111","type":"PERIOD_OPENED","occurredAt":"2027-05-03T09:00:00Z","subject":{"type":"APPROVAL","id":4,"label":"ITU-T D.52 (new) Charging of international mobile roaming","studyGroup":"SG3"},"kind":"CONSULTATION","dueAt":"2027-08-25T23:59:59Z","summary":"Consultation of the Member States opened for ITU-T D.52 (new) Charging of international mobile roaming until 2027-08-25T23:59:59Z","href":"http://localhost:8080/dashboard/approvals/4"}');
INSERT INTO recflow.notification_event VALUES ('8f93e5e6-443b-44a9-9720-21fbb6411037', 'PERIOD_CLOSED', '2027-05-04 09:00:00+00', 'APPROVAL', 3, 'SG17', '{"id":"8f93e5e6-443b-44a9-9720-21fbb6411037","type":"PERIOD_CLOSED","occurredAt":"2027-05-04T09:00:00Z","subject":{"type":"APPROVAL","id":3,"label":"ITU-T X.1500 (revised) Cybersecurity information exchange","studyGroup":"SG17"},"kind":"LAST_CALL","dueAt":null,"summary":"Last Call closed for ITU-T X.1500 (revised) Cybersecurity information exchange with 1 comment(s)","href":"http://localhost:8080/dashboard/approvals/3"}');
INSERT INTO recflow.notification_event VALUES ('1cf4f0cc-9a59-4309-899c-e47014d3170b', 'ACTION_DUE', '2027-05-04 09:00:00+00', 'APPROVAL', 3, 'SG17', '{"id":"1cf4f0cc-9a59-4309-899c-e47014d3170b","type":"ACTION_DUE","occurredAt":"2027-05-04T09:00:00Z","subject":{"type":"APPROVAL","id":3,"label":"ITU-T X.1500 (revised) Cybersecurity information exchange","studyGroup":"SG17"},"kind":"COMMENT_COMPILATION","dueAt":"2027-05-17T23:59:59Z","summary":"ITU-T X.1500 (revised) Cybersecurity information exchange: COMMENT_COMPILATION due at 2027-05-17T23:59:59Z (OPENED)","href":"http://localhost:8080/dashboard/approvals/3"}');
INSERT INTO recflow.notification_event VALUES ('77e76999-5e34-44f0-bdcd-e4db219e0e78', 'ACTION_DUE', '2027-05-04 09:00:00+00', 'APPROVAL', 4, 'SG3', '{"id":"77e76999-5e34-44f0-bdcd-e4db219e0e78","type":"ACTION_DUE","occurredAt":"2027-05-04T09:00:00Z","subject":{"type":"APPROVAL","id":4,"label":"ITU-T D.52 (new) Charging of international mobile roaming","studyGroup":"SG3"},"kind":"TEXT_DISTRIBUTION","dueAt":"2027-08-06T23:59:59Z","summary":"ITU-T D.52 (new) Charging of international mobile roaming: TEXT_DISTRIBUTION due at 2027-08-06T23:59:59Z (OPENED)","href":"http://localhost:8080/dashboard/approvals/4"}');
INSERT INTO recflow.notification_event VALUES ('fe6638ba-98c1-4a27-9977-2cf86eb7062f', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fe6638ba-98c1-4a27-9977-2cf86eb7062f","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AFG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c7028970-34bb-4d18-84ba-fdc3f00d2611', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c7028970-34bb-4d18-84ba-fdc3f00d2611","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ALB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('09497a34-95b1-42b5-98ab-805af673639b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"09497a34-95b1-42b5-98ab-805af673639b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AGO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('32faa07f-9954-408c-908e-802ac2703960', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"32faa07f-9954-408c-908e-802ac2703960","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ARE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e443ba15-0f48-4033-8ab2-d67975f1ec57', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e443ba15-0f48-4033-8ab2-d67975f1ec57","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ARG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('74de7671-0161-47b1-9b99-5a4c658e19d1', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"74de7671-0161-47b1-9b99-5a4c658e19d1","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ATG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('32b84ac3-2ad2-4d74-a6b1-fb0140da88a3', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"32b84ac3-2ad2-4d74-a6b1-fb0140da88a3","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AUT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8e9b2f38-7ad2-48c5-aa08-cb43ae528a98', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8e9b2f38-7ad2-48c5-aa08-cb43ae528a98","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BDI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1d7b3487-2df9-4919-9bb4-3294c599eff3', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1d7b3487-2df9-4919-9bb4-3294c599eff3","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BEN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('18e5444e-ce23-43ad-b7b0-9c3dbeac2022', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"18e5444e-ce23-43ad-b7b0-9c3dbeac2022","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BGD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('21bff151-66eb-49c7-957c-a045376e8925', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"21bff151-66eb-49c7-957c-a045376e8925","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BGR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7d3ceaa9-4696-4944-a2fa-59973fe0bcda', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7d3ceaa9-4696-4944-a2fa-59973fe0bcda","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BHR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c88ba280-910b-4c5a-befe-912b7ab2af0a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c88ba280-910b-4c5a-befe-912b7ab2af0a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BIH has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('099c7c63-b94f-4a73-80a8-604863986012', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"099c7c63-b94f-4a73-80a8-604863986012","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BLZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('402e88e5-cc16-4040-b37b-c057cb140275', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"402e88e5-cc16-4040-b37b-c057cb140275","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BOL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5e4cdcc0-bf84-499a-8359-3e8c7c51902c', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5e4cdcc0-bf84-499a-8359-3e8c7c51902c","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BRN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('cdea3816-0e3b-421a-8238-c167d5b50bfc', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"cdea3816-0e3b-421a-8238-c167d5b50bfc","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AND has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('03a48538-7c56-47c4-b579-04af71905afa', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"03a48538-7c56-47c4-b579-04af71905afa","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ARM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('75abd47f-97ed-4ede-bb6c-fe6d8db171ef', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"75abd47f-97ed-4ede-bb6c-fe6d8db171ef","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AUS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('aa317559-105f-495e-95c7-28ecc2987534', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"aa317559-105f-495e-95c7-28ecc2987534","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AZE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a98e38c2-bdb5-46d1-959b-6e444511707a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a98e38c2-bdb5-46d1-959b-6e444511707a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BEL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1ba322ee-82a9-4499-80e3-bd2e89e31881', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1ba322ee-82a9-4499-80e3-bd2e89e31881","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BFA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('06e0d0f2-8e45-425c-94b7-358d779c10f3', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"06e0d0f2-8e45-425c-94b7-358d779c10f3","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BHS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1299b432-9b59-40df-8f9c-40d18c45f72a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1299b432-9b59-40df-8f9c-40d18c45f72a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BLR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('610f5816-cbdc-45f3-97d0-b1c7fb2d0d10', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"610f5816-cbdc-45f3-97d0-b1c7fb2d0d10","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BRB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8ccf6a1d-f61f-41b1-b61d-5367a00d9f4b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8ccf6a1d-f61f-41b1-b61d-5367a00d9f4b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BTN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0c32d474-689f-45e1-b29f-c83e60a9c93d', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0c32d474-689f-45e1-b29f-c83e60a9c93d","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CAF has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9223a567-3ca0-4624-a852-d6a53a22f5ed', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9223a567-3ca0-4624-a852-d6a53a22f5ed","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CHE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e6f4d3ba-2438-4d20-a0e2-2f30490e2cee', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e6f4d3ba-2438-4d20-a0e2-2f30490e2cee","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CIV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d74b8ca3-813c-4e9b-8367-96d63db0b159', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d74b8ca3-813c-4e9b-8367-96d63db0b159","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6adf7ad9-b111-466a-9c70-b9610954b66b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6adf7ad9-b111-466a-9c70-b9610954b66b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BWA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3f310fdb-37b7-4294-aec9-61f6e72204a5', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3f310fdb-37b7-4294-aec9-61f6e72204a5","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CAN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('65780318-f2cd-4c44-a013-b2fde39c6029', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"65780318-f2cd-4c44-a013-b2fde39c6029","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CHL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9c336ecd-6a97-4978-a54b-d181deb5cc1f', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9c336ecd-6a97-4978-a54b-d181deb5cc1f","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CHN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8132dd95-6022-45bb-9c6c-99ce583aa887', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8132dd95-6022-45bb-9c6c-99ce583aa887","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CMR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('614f083c-b8ca-4627-8d48-c3e16dad2d26', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"614f083c-b8ca-4627-8d48-c3e16dad2d26","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6c77fe0c-f459-42a8-bdda-b8f9e68fcf64', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6c77fe0c-f459-42a8-bdda-b8f9e68fcf64","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b7ea658a-2e08-4cc5-b2a0-59a6ea1682fc', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b7ea658a-2e08-4cc5-b2a0-59a6ea1682fc","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CPV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2be69439-a7fa-4f93-926d-a1b4774bdb6a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2be69439-a7fa-4f93-926d-a1b4774bdb6a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CUB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e95006b9-067a-421d-b288-226b0e844f5a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e95006b9-067a-421d-b288-226b0e844f5a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CZE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e5c284d5-7f31-4485-a423-d89e15db79dd', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e5c284d5-7f31-4485-a423-d89e15db79dd","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DJI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6325a8ed-daf4-425b-9c0a-aff1bcee351b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6325a8ed-daf4-425b-9c0a-aff1bcee351b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DNK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e9b99ea3-5f15-452e-9fb5-e2fc5184f686', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e9b99ea3-5f15-452e-9fb5-e2fc5184f686","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DOM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('08469158-9a60-428a-8816-58b403a8c4e3', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"08469158-9a60-428a-8816-58b403a8c4e3","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ECU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8428ddc6-9c49-4619-9f9a-0ca745fab054', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8428ddc6-9c49-4619-9f9a-0ca745fab054","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('63c04077-0dff-49f7-af77-3f1fcc521b05', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"63c04077-0dff-49f7-af77-3f1fcc521b05","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CRI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('961afc72-ae53-4736-b9a4-bac0b3c31c03', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"961afc72-ae53-4736-b9a4-bac0b3c31c03","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CYP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('62b3eaa7-220b-4a12-ae7b-4948cd697219', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"62b3eaa7-220b-4a12-ae7b-4948cd697219","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DMA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d49891b1-4463-4584-bb76-bf6ba463ed92', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d49891b1-4463-4584-bb76-bf6ba463ed92","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DZA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7ed7afb7-594b-416a-852d-819de1d6a51b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7ed7afb7-594b-416a-852d-819de1d6a51b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ESP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d47f744d-20c0-493a-bc39-4c3008654169', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d47f744d-20c0-493a-bc39-4c3008654169","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ETH has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('04ddd25f-6aef-4035-a0b7-7f38d617866b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"04ddd25f-6aef-4035-a0b7-7f38d617866b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FJI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('43feb3e1-5eb4-46e5-a2f6-2f6cafe36b73', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"43feb3e1-5eb4-46e5-a2f6-2f6cafe36b73","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FSM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b4ab715a-7cf2-4431-bc2b-45e06397c3ba', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b4ab715a-7cf2-4431-bc2b-45e06397c3ba","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GAB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8b7f8451-9336-4bfa-8ba6-968c8da83bc4', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8b7f8451-9336-4bfa-8ba6-968c8da83bc4","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GEO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e5080657-74d1-4e19-b786-36f7118b5f57', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e5080657-74d1-4e19-b786-36f7118b5f57","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GIN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8d767ec7-7fd5-44b9-85f8-82e6e9a991fe', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8d767ec7-7fd5-44b9-85f8-82e6e9a991fe","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GNB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ce418a12-d803-4cb3-bf83-a9f3d4f85bfd', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ce418a12-d803-4cb3-bf83-a9f3d4f85bfd","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GRC has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('758a3ef6-07e9-4455-bc51-66bf0e77a0dd', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"758a3ef6-07e9-4455-bc51-66bf0e77a0dd","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ERI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9249845f-308b-4041-a750-4b898b3c4ec0', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9249845f-308b-4041-a750-4b898b3c4ec0","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and EST has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d0fb5ca1-fdf5-4f99-941f-28a131340f7c', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d0fb5ca1-fdf5-4f99-941f-28a131340f7c","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FIN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('66fdca31-e5a2-4807-b6ab-a323cf924b61', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"66fdca31-e5a2-4807-b6ab-a323cf924b61","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FRA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e672d740-9999-40fa-acc5-649c4398bc36', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e672d740-9999-40fa-acc5-649c4398bc36","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GBR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7e74571a-8f12-47f7-95e9-998b4fa6373d', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7e74571a-8f12-47f7-95e9-998b4fa6373d","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GHA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4ea7e8d6-4f60-4549-91b6-b64dcc8f41a4', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4ea7e8d6-4f60-4549-91b6-b64dcc8f41a4","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GMB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b859b437-c1de-4aee-8464-4f3236a8ee60', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b859b437-c1de-4aee-8464-4f3236a8ee60","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GNQ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('66452a71-2226-4a30-8f78-49d58602633f', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"66452a71-2226-4a30-8f78-49d58602633f","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GRD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('72d98b0f-6cdd-49cc-a4e2-ff267407e48e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"72d98b0f-6cdd-49cc-a4e2-ff267407e48e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GUY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d7d1c5e8-d9dc-4f75-a033-f01afd7c0688', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d7d1c5e8-d9dc-4f75-a033-f01afd7c0688","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HRV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c3bd1b68-b93c-4a63-9202-fd127017d53e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c3bd1b68-b93c-4a63-9202-fd127017d53e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HTI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4a5cb9c3-30d8-46b6-8755-28a07ae666d4', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4a5cb9c3-30d8-46b6-8755-28a07ae666d4","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HUN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6fc5a092-6828-4f01-bb5a-24a8c569c23b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6fc5a092-6828-4f01-bb5a-24a8c569c23b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IDN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c31a6e59-b373-4d43-ac88-09ac51009676', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c31a6e59-b373-4d43-ac88-09ac51009676","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GTM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2ff1b15f-eac5-4962-bfee-7971c6d1101e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2ff1b15f-eac5-4962-bfee-7971c6d1101e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HND has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fafac0e0-3e6f-4c88-867c-dfaa85f3b8af', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fafac0e0-3e6f-4c88-867c-dfaa85f3b8af","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IRL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6ee2cfa9-7715-4fae-882c-af751554e177', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6ee2cfa9-7715-4fae-882c-af751554e177","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IRN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('81fefd6b-1825-41c0-95d9-9fa31a1baa71', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"81fefd6b-1825-41c0-95d9-9fa31a1baa71","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ITA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('96e76365-7637-42bf-b78c-ab0786d26ace', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"96e76365-7637-42bf-b78c-ab0786d26ace","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and JOR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('03bdcff0-89ed-4a02-9492-d089c28abdac', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"03bdcff0-89ed-4a02-9492-d089c28abdac","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KGZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('89582a25-168b-42e4-b6e6-edc436646114', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"89582a25-168b-42e4-b6e6-edc436646114","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KWT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('db61fc94-f766-4235-a0f3-38da73aaba79', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"db61fc94-f766-4235-a0f3-38da73aaba79","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LBN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d627cb53-6623-44e9-bb6d-0c5a70bf26d5', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d627cb53-6623-44e9-bb6d-0c5a70bf26d5","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LBR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('854d5315-2759-4ba5-bf15-6a3e93ea07f7', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"854d5315-2759-4ba5-bf15-6a3e93ea07f7","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LBY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('81e35bd5-6963-4afb-8a8d-d283963d5f9d', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"81e35bd5-6963-4afb-8a8d-d283963d5f9d","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LIE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fe3f7e65-7733-44b5-bbdf-dc07a5081334', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fe3f7e65-7733-44b5-bbdf-dc07a5081334","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LSO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('af70d4ff-f31c-411a-89d5-4568c4367589', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"af70d4ff-f31c-411a-89d5-4568c4367589","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LUX has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1a9c75b6-91f7-4a2d-8e9c-4e84aea2bd45', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1a9c75b6-91f7-4a2d-8e9c-4e84aea2bd45","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IRQ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('acc33279-cdc6-4165-858b-807743f67953', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"acc33279-cdc6-4165-858b-807743f67953","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ISL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('06b87461-b7ba-4645-bc7d-3ae347665e36', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"06b87461-b7ba-4645-bc7d-3ae347665e36","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ISR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e629d88d-77a7-4ef3-b2c9-01d18ba12b00', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e629d88d-77a7-4ef3-b2c9-01d18ba12b00","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and JAM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ce89d656-f825-4fa2-baff-9820501e3736', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ce89d656-f825-4fa2-baff-9820501e3736","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KAZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e4cf7821-9e45-417a-9c5e-a61c95b68cd4', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e4cf7821-9e45-417a-9c5e-a61c95b68cd4","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KHM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4d1e52c9-8e20-4e25-bf8c-ad6f53199334', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4d1e52c9-8e20-4e25-bf8c-ad6f53199334","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KIR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('03c87528-07b1-4e11-bf0a-6034ba185ff0', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"03c87528-07b1-4e11-bf0a-6034ba185ff0","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KNA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('36559303-f6b3-4b78-b375-f4260bc8eee5', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"36559303-f6b3-4b78-b375-f4260bc8eee5","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KOR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('00c2a284-50bb-4213-8f67-f04deb629688', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"00c2a284-50bb-4213-8f67-f04deb629688","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LAO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('dc92c16f-6e0f-4a8e-af4a-c98fbb564a6c', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"dc92c16f-6e0f-4a8e-af4a-c98fbb564a6c","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LCA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6c466488-8d64-42e8-89d3-f58998b35aa4', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6c466488-8d64-42e8-89d3-f58998b35aa4","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LKA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5feefc67-0a09-4541-b1a4-2e17c8e498b4', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5feefc67-0a09-4541-b1a4-2e17c8e498b4","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LTU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6eaa1a5f-cbfc-4f5d-9c01-7c7ec0f4e769', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6eaa1a5f-cbfc-4f5d-9c01-7c7ec0f4e769","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LVA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('49a403af-76ab-43b7-b316-bdc1615378fe', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"49a403af-76ab-43b7-b316-bdc1615378fe","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MAR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('65f03cb4-e7da-46dd-9dd7-1b2fc5e345b2', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"65f03cb4-e7da-46dd-9dd7-1b2fc5e345b2","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MDA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('254246de-7932-4280-a627-011a0036bd1a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"254246de-7932-4280-a627-011a0036bd1a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MDV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('69cd2742-adba-4838-8fd6-d3c5e35bdc42', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"69cd2742-adba-4838-8fd6-d3c5e35bdc42","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MKD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f1a18ad7-71fa-4490-a9bd-d6967c05f204', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f1a18ad7-71fa-4490-a9bd-d6967c05f204","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MLT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6ef4a32e-27ab-4eaa-9eb7-0e8575fc5ddc', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6ef4a32e-27ab-4eaa-9eb7-0e8575fc5ddc","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MNE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('cdd928c5-f438-4de7-b045-08cd758f4dd2', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"cdd928c5-f438-4de7-b045-08cd758f4dd2","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MNG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1e0d2c35-f182-42eb-a43d-f47e349e9e55', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1e0d2c35-f182-42eb-a43d-f47e349e9e55","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NAM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('69169aa5-c8d8-4062-a9f2-acbc09cf1412', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"69169aa5-c8d8-4062-a9f2-acbc09cf1412","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NLD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('52d340d9-e9e6-4f07-8264-5074f647a835', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"52d340d9-e9e6-4f07-8264-5074f647a835","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NPL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c21c560c-61d6-42e4-94c7-eb34abc6f3eb', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c21c560c-61d6-42e4-94c7-eb34abc6f3eb","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NRU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6ff7ff7b-670a-495d-a27a-4fb194a3380c', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6ff7ff7b-670a-495d-a27a-4fb194a3380c","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and OMN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b1aa06ac-0b71-4ffc-bc42-ee4ad8e35292', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b1aa06ac-0b71-4ffc-bc42-ee4ad8e35292","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PHL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('75fc95ad-8398-45dd-a182-52371ac38aec', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"75fc95ad-8398-45dd-a182-52371ac38aec","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and POL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('be606c43-51bc-499a-b831-fd110e3990be', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"be606c43-51bc-499a-b831-fd110e3990be","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MCO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8817f5fe-4b40-48df-b723-3f01c1b38520', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8817f5fe-4b40-48df-b723-3f01c1b38520","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MDG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('82778560-57c0-4317-9ef7-c2db20931ba0', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"82778560-57c0-4317-9ef7-c2db20931ba0","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MHL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2c5c9e7c-daa0-4669-8945-41c3f0d3a57f', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2c5c9e7c-daa0-4669-8945-41c3f0d3a57f","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MLI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c732ae55-5cda-4d61-b620-3bad0e2cec8e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c732ae55-5cda-4d61-b620-3bad0e2cec8e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MMR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6e159b4b-1da6-4cc6-9cb4-eed6c006f83f', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6e159b4b-1da6-4cc6-9cb4-eed6c006f83f","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MOZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('da1eb78a-236e-42e2-a6d3-f26856ca69ce', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"da1eb78a-236e-42e2-a6d3-f26856ca69ce","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MRT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ae6e49ae-6f9c-4a7b-9c3a-4aa6d8ab59ba', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ae6e49ae-6f9c-4a7b-9c3a-4aa6d8ab59ba","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MUS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a21059c4-4854-41fb-9b9e-41d36268f92e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a21059c4-4854-41fb-9b9e-41d36268f92e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MWI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8209854e-9137-4a39-be53-75a912f5b8f7', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8209854e-9137-4a39-be53-75a912f5b8f7","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MYS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7ad534a4-e5fb-4676-a37f-0f53e2c7ab40', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7ad534a4-e5fb-4676-a37f-0f53e2c7ab40","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NER has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c955ec7f-5119-4b42-ab1e-a886fe09e0dd', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c955ec7f-5119-4b42-ab1e-a886fe09e0dd","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NGA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('44192d96-decb-4575-a4a1-e856543b640e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"44192d96-decb-4575-a4a1-e856543b640e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NIC has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('295ce48a-e7d9-4e62-aec5-3863af41bbf1', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"295ce48a-e7d9-4e62-aec5-3863af41bbf1","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NOR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bf8a726c-5bfb-423e-979f-0ea3bcff6210', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bf8a726c-5bfb-423e-979f-0ea3bcff6210","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NZL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6fb82932-92ad-4ce5-ae46-18bd38219f0b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6fb82932-92ad-4ce5-ae46-18bd38219f0b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PAK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('386f57a0-c1e4-4332-a476-2b8922839aea', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"386f57a0-c1e4-4332-a476-2b8922839aea","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PAN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('44b584c0-7964-40a5-97f3-83f68953aebd', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"44b584c0-7964-40a5-97f3-83f68953aebd","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PER has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('94dae463-ea28-4e0d-96fc-f148ddb4fbb0', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"94dae463-ea28-4e0d-96fc-f148ddb4fbb0","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PLW has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d111e73a-db0d-4a6a-a916-548eb8b95af4', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d111e73a-db0d-4a6a-a916-548eb8b95af4","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PNG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b0df3ecc-58f2-4723-a4ba-3aa8ba8e071e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b0df3ecc-58f2-4723-a4ba-3aa8ba8e071e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PRK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b8bfff27-8f87-4f70-acd9-51a8361dd0e4', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b8bfff27-8f87-4f70-acd9-51a8361dd0e4","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PRY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3163c8af-6bfe-477e-8d29-38f61daa3af3', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3163c8af-6bfe-477e-8d29-38f61daa3af3","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ROU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('838bce4a-f490-4d6d-aa3f-f52e76ec4313', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"838bce4a-f490-4d6d-aa3f-f52e76ec4313","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and RWA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('797c63bf-9604-42ac-8272-74ec05b94ded', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"797c63bf-9604-42ac-8272-74ec05b94ded","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SDN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d9992a88-efb7-4e17-850b-025b7983b812', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d9992a88-efb7-4e17-850b-025b7983b812","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SEN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c1b37ea7-b911-4b39-afa6-58f6b9a06bd0', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c1b37ea7-b911-4b39-afa6-58f6b9a06bd0","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SGP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bf91c499-fe4d-4f4e-baf1-476a53ed5d76', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bf91c499-fe4d-4f4e-baf1-476a53ed5d76","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SLE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b21c4597-68b8-486f-b252-129e94af84e1', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b21c4597-68b8-486f-b252-129e94af84e1","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PRT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('66c652c4-ea70-4404-a1b7-ea11e9f7f387', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"66c652c4-ea70-4404-a1b7-ea11e9f7f387","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and QAT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2d010f9a-0557-488b-b059-d358b586d96b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2d010f9a-0557-488b-b059-d358b586d96b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and RUS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f20037a2-9665-4fac-9900-2a4561388cc0', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f20037a2-9665-4fac-9900-2a4561388cc0","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SAU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1ef497fd-de3c-4a10-8d95-6fcd0655fdd8', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1ef497fd-de3c-4a10-8d95-6fcd0655fdd8","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SLB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('db398b43-b3db-4bcb-a604-ed35b9fe0107', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"db398b43-b3db-4bcb-a604-ed35b9fe0107","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SLV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bcc2ca2a-7274-4307-9ce1-2288b9f1a386', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bcc2ca2a-7274-4307-9ce1-2288b9f1a386","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SOM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6005f8f7-5d5e-4167-8e6e-3ea03c517fbd', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6005f8f7-5d5e-4167-8e6e-3ea03c517fbd","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SSD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('055b56ab-c656-4c81-be38-2af1f78872e9', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"055b56ab-c656-4c81-be38-2af1f78872e9","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and STP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('490c7780-a76f-43fe-8ce9-4edb5d6b74ba', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"490c7780-a76f-43fe-8ce9-4edb5d6b74ba","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SVK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ed19ebd2-650c-477a-afbf-88e5d1ff8b3f', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ed19ebd2-650c-477a-afbf-88e5d1ff8b3f","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SWE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d87cbb7c-c210-48d7-a020-62c6d297c0ef', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d87cbb7c-c210-48d7-a020-62c6d297c0ef","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SWZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c8e864c4-c3db-45bc-a2fc-552d93c4de72', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c8e864c4-c3db-45bc-a2fc-552d93c4de72","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SYR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c4c76ae9-1879-4524-ba19-49ecd2a88e60', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c4c76ae9-1879-4524-ba19-49ecd2a88e60","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TGO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b86787ae-2491-48be-acb2-6372a529467b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b86787ae-2491-48be-acb2-6372a529467b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SMR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('40938d9c-de0c-4c0f-8923-681f82646f4f', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"40938d9c-de0c-4c0f-8923-681f82646f4f","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SRB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('65e22820-15f7-4256-b153-f79219fa3231', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"65e22820-15f7-4256-b153-f79219fa3231","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SUR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('98deb116-a1a1-4cc8-a0fb-e088fb68abdb', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"98deb116-a1a1-4cc8-a0fb-e088fb68abdb","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SVN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('25b322d6-58d2-4139-8325-a24940f492ad', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"25b322d6-58d2-4139-8325-a24940f492ad","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SYC has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f2aa31b1-1ab5-409c-a12e-5c4913b0502e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f2aa31b1-1ab5-409c-a12e-5c4913b0502e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TCD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('747357ed-138c-4388-bf10-d04767946af8', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"747357ed-138c-4388-bf10-d04767946af8","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and THA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ac28412a-aeb0-410f-9e31-0fbd02eee59a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ac28412a-aeb0-410f-9e31-0fbd02eee59a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TKM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('413adc91-7052-492d-ab59-25fa42b37be8', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"413adc91-7052-492d-ab59-25fa42b37be8","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TON has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a7ea9bc0-7b5b-4858-bbc7-d060207907d6', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a7ea9bc0-7b5b-4858-bbc7-d060207907d6","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TUN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('be76cbb6-0793-40ac-aad2-d6b7bf63c4d7', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"be76cbb6-0793-40ac-aad2-d6b7bf63c4d7","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TUV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('775241c2-7e2f-4e39-9a64-3e4e38a5579c', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"775241c2-7e2f-4e39-9a64-3e4e38a5579c","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and UGA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('061d5c2a-7ac7-4795-a125-17ff474f9b55', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"061d5c2a-7ac7-4795-a125-17ff474f9b55","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and URY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4d758576-ad78-4914-83b1-866a8376c851', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4d758576-ad78-4914-83b1-866a8376c851","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VAT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f3983651-1943-4e5f-a42b-de6203aca07a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f3983651-1943-4e5f-a42b-de6203aca07a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TJK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ec863252-a26a-435a-87bf-1027a82b21bc', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ec863252-a26a-435a-87bf-1027a82b21bc","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TLS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fa1f4e4f-4de3-4e4b-8d4a-f40ac04cec3a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fa1f4e4f-4de3-4e4b-8d4a-f40ac04cec3a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TTO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bc591f8d-b03d-4737-87d9-6bc9b9511e32', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bc591f8d-b03d-4737-87d9-6bc9b9511e32","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TUR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('71c58773-1de5-4142-8360-e0ea0841bc45', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"71c58773-1de5-4142-8360-e0ea0841bc45","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TZA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('40d9752d-d05e-41e5-9cfb-114e739a225b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"40d9752d-d05e-41e5-9cfb-114e739a225b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and UKR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('328fb028-642c-4813-b1ea-09bbded56252', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"328fb028-642c-4813-b1ea-09bbded56252","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and UZB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('53cda32e-f5b4-4e23-af64-2219884da1c8', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"53cda32e-f5b4-4e23-af64-2219884da1c8","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VCT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2a6782c8-d1c0-4b59-a324-856d40eec925', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2a6782c8-d1c0-4b59-a324-856d40eec925","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VNM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d3b28f0f-0594-4925-a45d-8d3b4333ba54', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d3b28f0f-0594-4925-a45d-8d3b4333ba54","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and WSM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('538e82c4-a564-427a-8a77-76992f4c2550', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"538e82c4-a564-427a-8a77-76992f4c2550","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ZAF has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ae26de46-797b-45c7-906f-090285869f4b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ae26de46-797b-45c7-906f-090285869f4b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ZWE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('22a92a8b-79b8-4194-b86c-697fcd2fcc74', 'PERIOD_OPENED', '2027-05-24 09:00:00+00', 'APPROVAL', 5, 'SG20', '{"id":"22a92a8b-79b8-4194-b86c-697fcd2fcc74","type":"PERIOD_OPENED","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":5,"label":"ITU-T Y.4480 (new) Digital twin reference model for smart cities","studyGroup":"SG20"},"kind":"LAST_CALL","dueAt":"2027-06-21T23:59:59Z","summary":"Last Call opened for ITU-T Y.4480 (new) Digital twin reference model for smart cities until 2027-06-21T23:59:59Z","href":"http://localhost:8080/dashboard/approvals/5"}');
INSERT INTO recflow.notification_event VALUES ('a8d1d0e6-df22-48c7-bb5d-1c8397d84987', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a8d1d0e6-df22-48c7-bb5d-1c8397d84987","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AGO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8300ca91-46ab-4240-b5e2-b4bdaac89c1a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8300ca91-46ab-4240-b5e2-b4bdaac89c1a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VEN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0140d0a2-3e1d-408d-addf-210d9eea3b02', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0140d0a2-3e1d-408d-addf-210d9eea3b02","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VUT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7cf47ab6-c53f-400d-902e-ee5d157e2107', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7cf47ab6-c53f-400d-902e-ee5d157e2107","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and YEM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('04afd9fe-adbb-43e7-9b02-396966e18a1b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"04afd9fe-adbb-43e7-9b02-396966e18a1b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ZMB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8c8772ef-767c-4714-9541-7d4e5d3917c5', 'ACTION_DUE', '2027-05-24 09:00:00+00', 'APPROVAL', 3, 'SG17', '{"id":"8c8772ef-767c-4714-9541-7d4e5d3917c5","type":"ACTION_DUE","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":3,"label":"ITU-T X.1500 (revised) Cybersecurity information exchange","studyGroup":"SG17"},"kind":"COMMENT_COMPILATION","dueAt":"2027-05-17T23:59:59Z","summary":"ITU-T X.1500 (revised) Cybersecurity information exchange: COMMENT_COMPILATION due at 2027-05-17T23:59:59Z (OVERDUE)","href":"http://localhost:8080/dashboard/approvals/3"}');
INSERT INTO recflow.notification_event VALUES ('d1ab5ce7-c802-40fe-9ba3-197cd8a76a62', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d1ab5ce7-c802-40fe-9ba3-197cd8a76a62","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AFG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4cfdf9fd-e19a-44e9-a501-26f17f395b11', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4cfdf9fd-e19a-44e9-a501-26f17f395b11","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ALB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ac8af10b-89c1-49f3-8e31-8d422b398533', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ac8af10b-89c1-49f3-8e31-8d422b398533","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ARE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5943a4ea-a995-42c5-b51d-64666a131cc9', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5943a4ea-a995-42c5-b51d-64666a131cc9","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AUS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('35b5fda4-c47d-4c75-b86e-aa45de3334dc', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"35b5fda4-c47d-4c75-b86e-aa45de3334dc","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AZE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4645995a-16cb-4932-b9c2-50e9b82c29b1', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4645995a-16cb-4932-b9c2-50e9b82c29b1","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BEL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9a99ab1d-22a0-4a70-b8f8-46d847caaf5b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9a99ab1d-22a0-4a70-b8f8-46d847caaf5b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BFA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ec4a3ae7-ada3-4d29-8282-da0959575b13', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ec4a3ae7-ada3-4d29-8282-da0959575b13","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BGR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e4350f97-d3f4-465f-a879-af389e139076', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e4350f97-d3f4-465f-a879-af389e139076","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BHS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('706f4790-07cf-4809-b24c-7a70b093f740', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"706f4790-07cf-4809-b24c-7a70b093f740","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AND has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5881f219-5bb5-4fcf-8302-0489cfe6774a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5881f219-5bb5-4fcf-8302-0489cfe6774a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ARG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d78fc2de-0e7a-4b35-a8b3-216641f61ccc', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d78fc2de-0e7a-4b35-a8b3-216641f61ccc","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ARM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5b08869f-8220-4053-9012-b465862d5c26', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5b08869f-8220-4053-9012-b465862d5c26","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ATG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c6208694-ad2c-420a-93b8-4ed2d63e80b3', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c6208694-ad2c-420a-93b8-4ed2d63e80b3","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AUT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('24780c00-0bea-4c5c-87d2-16c2d8571802', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"24780c00-0bea-4c5c-87d2-16c2d8571802","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BDI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2bc5edf2-9849-48b6-bdfc-35ecd7ffc62e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2bc5edf2-9849-48b6-bdfc-35ecd7ffc62e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BEN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('056245fd-6588-4442-ba31-610d79b3d640', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"056245fd-6588-4442-ba31-610d79b3d640","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BGD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('56054891-3732-446e-a13a-cded3c425a11', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"56054891-3732-446e-a13a-cded3c425a11","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BHR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('dc53dcd6-3423-4ff3-b217-171e2c388997', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"dc53dcd6-3423-4ff3-b217-171e2c388997","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BIH has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3b555826-52ca-4930-ba0a-d449f372314b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3b555826-52ca-4930-ba0a-d449f372314b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BLZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ec20d144-eb86-45a3-ba87-457364e2c487', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ec20d144-eb86-45a3-ba87-457364e2c487","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BRB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b7ac9202-5c20-4afb-ac0d-8ac7e0fee550', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b7ac9202-5c20-4afb-ac0d-8ac7e0fee550","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BRN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('33cbd666-cee4-4655-a0ff-06ffe64b7e85', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"33cbd666-cee4-4655-a0ff-06ffe64b7e85","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BWA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e35ef18a-5c68-4917-a7c9-3e2f29ec3834', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e35ef18a-5c68-4917-a7c9-3e2f29ec3834","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BLR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('03448ba6-89c4-4ec0-9568-5e93c6590330', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"03448ba6-89c4-4ec0-9568-5e93c6590330","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BOL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c85fdedb-4be9-4cba-b37d-1978f69ab1f2', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c85fdedb-4be9-4cba-b37d-1978f69ab1f2","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BTN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9a4c9ff3-2cc7-4f9a-89ab-98adc4bb91a8', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9a4c9ff3-2cc7-4f9a-89ab-98adc4bb91a8","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CAN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('124da66c-ba20-4672-aac0-a957f5484312', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"124da66c-ba20-4672-aac0-a957f5484312","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CHL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('cc5eb520-3171-4683-a86e-12dd40f4456e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"cc5eb520-3171-4683-a86e-12dd40f4456e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CHN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('167bd8ac-d601-455b-8212-152035ee25d3', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"167bd8ac-d601-455b-8212-152035ee25d3","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CMR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('aabf4714-8cf4-4feb-bd3b-1f488b798c6a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"aabf4714-8cf4-4feb-bd3b-1f488b798c6a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1d209f39-d20f-4673-95a1-0654217d4e98', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1d209f39-d20f-4673-95a1-0654217d4e98","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7986cb64-18f7-470f-b767-1092283548b5', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7986cb64-18f7-470f-b767-1092283548b5","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CRI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('44bf5af0-76cd-49df-a8a8-ff33982eb615', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"44bf5af0-76cd-49df-a8a8-ff33982eb615","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CYP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a4ccc27f-57f8-4b56-8293-e7cc25e86ca7', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a4ccc27f-57f8-4b56-8293-e7cc25e86ca7","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DJI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8a9dbf50-55ff-4dc5-a115-5c1922c2c397', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8a9dbf50-55ff-4dc5-a115-5c1922c2c397","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DNK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5f006e32-c51f-4607-9b9b-ff84ccacdb09', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5f006e32-c51f-4607-9b9b-ff84ccacdb09","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DZA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('055e64c1-7691-420e-8d44-d0966e08b30c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"055e64c1-7691-420e-8d44-d0966e08b30c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CAF has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c9dc2987-8ed8-4ea1-9545-638224b56adc', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c9dc2987-8ed8-4ea1-9545-638224b56adc","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CHE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7f6ec72a-584d-41f6-b9d4-42d1057be9eb', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7f6ec72a-584d-41f6-b9d4-42d1057be9eb","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CIV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d06bbf56-88e4-4fae-ab52-86f524192f59', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d06bbf56-88e4-4fae-ab52-86f524192f59","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b114feae-65ea-42b5-96a3-0dd0421e9281', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b114feae-65ea-42b5-96a3-0dd0421e9281","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('706a6397-2b9a-4352-bb50-dc3e36502c73', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"706a6397-2b9a-4352-bb50-dc3e36502c73","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CPV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('77eb734b-368b-4340-b4a3-d83e2c42de0a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"77eb734b-368b-4340-b4a3-d83e2c42de0a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CUB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e5031e3c-d72f-433c-9093-78b2bcd37817', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e5031e3c-d72f-433c-9093-78b2bcd37817","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CZE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f0d8b67a-852e-4762-b530-63c58dcfccd9', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f0d8b67a-852e-4762-b530-63c58dcfccd9","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DMA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a7a929dc-046d-4895-afdb-60280c379c83', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a7a929dc-046d-4895-afdb-60280c379c83","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DOM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d395dc89-b440-4fc6-b32e-f08bb8575add', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d395dc89-b440-4fc6-b32e-f08bb8575add","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ECU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('49c57190-ed77-4fec-819a-8de2a151e6ef', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"49c57190-ed77-4fec-819a-8de2a151e6ef","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ESP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a7cefc11-1e4a-4965-9924-4427f4162e41', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a7cefc11-1e4a-4965-9924-4427f4162e41","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FIN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('aec3323c-a25d-4fd2-8276-0b816ca227c0', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"aec3323c-a25d-4fd2-8276-0b816ca227c0","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FJI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a0f0c4d8-9d63-422a-b525-8e683a46dc4b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a0f0c4d8-9d63-422a-b525-8e683a46dc4b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ERI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('59e51569-9f1e-4853-a5b6-565b988f7d24', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"59e51569-9f1e-4853-a5b6-565b988f7d24","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and EST has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9725fdf8-5b97-428f-a40e-9c82498d1f02', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9725fdf8-5b97-428f-a40e-9c82498d1f02","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ETH has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('09ed516f-1da8-4d0d-bdda-c611625e3100', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"09ed516f-1da8-4d0d-bdda-c611625e3100","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FRA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c90a8ec5-26d6-480f-9631-b5d33b7e030e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c90a8ec5-26d6-480f-9631-b5d33b7e030e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GAB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('31775aaf-e275-4d84-bffa-a51a98ae720a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"31775aaf-e275-4d84-bffa-a51a98ae720a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GEO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('acb7d354-c227-4866-a8de-ac3487672e61', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"acb7d354-c227-4866-a8de-ac3487672e61","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GHA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('516d9f65-2c76-4984-af25-d58661967e47', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"516d9f65-2c76-4984-af25-d58661967e47","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GNB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5e4f7635-4db1-4f7d-9a7b-3d0eef7b1e9f', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5e4f7635-4db1-4f7d-9a7b-3d0eef7b1e9f","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GRC has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bc354da7-5c14-415a-98aa-0d71b9c9ca26', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bc354da7-5c14-415a-98aa-0d71b9c9ca26","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GTM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0567d6a1-47f7-4313-ac2c-bff8d1b9d477', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0567d6a1-47f7-4313-ac2c-bff8d1b9d477","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HND has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('48e1d98d-73f1-4b8d-95dd-da8e1b91a209', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"48e1d98d-73f1-4b8d-95dd-da8e1b91a209","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HTI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a0f24073-0507-447d-bb36-2b6f3fb5cb86', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a0f24073-0507-447d-bb36-2b6f3fb5cb86","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IRL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bba2788d-2b50-468d-9a10-16693b9b2371', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bba2788d-2b50-468d-9a10-16693b9b2371","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IRQ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('34a3b885-1794-4232-9bb3-352ce7fe5f00', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"34a3b885-1794-4232-9bb3-352ce7fe5f00","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FSM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f97de437-28b8-43e6-ad58-ff5dc8583be4', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f97de437-28b8-43e6-ad58-ff5dc8583be4","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GBR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d676f9dd-61e7-4749-ada3-52fafa5be238', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d676f9dd-61e7-4749-ada3-52fafa5be238","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GIN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('548d83fc-1dbc-4380-809b-4ce3e6d48251', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"548d83fc-1dbc-4380-809b-4ce3e6d48251","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GMB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7089c054-14fe-4044-b0f8-cb2c45751ed1', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7089c054-14fe-4044-b0f8-cb2c45751ed1","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GNQ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('043c31d6-7f9f-49bc-b4db-3b52bf21baba', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"043c31d6-7f9f-49bc-b4db-3b52bf21baba","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GRD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('45a1de75-6cc9-476b-bf2f-85e63bbbc817', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"45a1de75-6cc9-476b-bf2f-85e63bbbc817","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GUY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9fc463c5-06a6-4488-84a4-289413dad44b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9fc463c5-06a6-4488-84a4-289413dad44b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HRV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('dfece68b-90ac-49a8-99b9-0f5056fe6b3e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"dfece68b-90ac-49a8-99b9-0f5056fe6b3e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HUN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f0133e11-62ec-4453-96de-08af785fe9ce', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f0133e11-62ec-4453-96de-08af785fe9ce","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IDN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('200b35d9-bd5a-4ddf-8d5c-62dec61c00ec', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"200b35d9-bd5a-4ddf-8d5c-62dec61c00ec","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IRN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8d552ded-f9ea-4654-847c-fc0690f95def', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8d552ded-f9ea-4654-847c-fc0690f95def","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ISL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a76ff948-2c4f-4851-bf92-d16de95d407f', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a76ff948-2c4f-4851-bf92-d16de95d407f","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ITA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6e6af8a8-010f-4520-b3d1-0289700b4cab', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6e6af8a8-010f-4520-b3d1-0289700b4cab","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and JOR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c781b465-9efc-4ad4-b797-953d50bdaf2c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c781b465-9efc-4ad4-b797-953d50bdaf2c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ISR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('01f772ad-2853-4646-a4d8-5c78d48eb502', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"01f772ad-2853-4646-a4d8-5c78d48eb502","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and JAM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('88d847ae-3904-49f9-9e80-e4ee9170888e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"88d847ae-3904-49f9-9e80-e4ee9170888e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KAZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b544e9dd-9924-4de7-b4fd-39572cb94c0c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b544e9dd-9924-4de7-b4fd-39572cb94c0c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KHM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ac89688d-8e0b-413c-a07b-03ef3f81471e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ac89688d-8e0b-413c-a07b-03ef3f81471e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KIR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3c1220c9-a4d2-4ac7-a077-84d95900f6d2', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3c1220c9-a4d2-4ac7-a077-84d95900f6d2","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KOR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1f113ca2-2b63-413f-9555-698f1f65545a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1f113ca2-2b63-413f-9555-698f1f65545a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LBR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('54f5e3f8-0b62-41d8-bfc4-158e3d922d50', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"54f5e3f8-0b62-41d8-bfc4-158e3d922d50","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LCA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ea259d15-898d-4969-aca0-f7e1db92135e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ea259d15-898d-4969-aca0-f7e1db92135e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LKA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f620c3ab-4aba-43f9-bcde-211e3b270474', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f620c3ab-4aba-43f9-bcde-211e3b270474","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LUX has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bc5d38db-ae9c-4ca7-ae5d-0fe27424b255', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bc5d38db-ae9c-4ca7-ae5d-0fe27424b255","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MAR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2ce866cf-2908-4e48-95bc-e879444effea', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2ce866cf-2908-4e48-95bc-e879444effea","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MDA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('99cfc160-c2c2-4907-8dca-2d08e45bce1c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"99cfc160-c2c2-4907-8dca-2d08e45bce1c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MDV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('59a81756-74b8-4861-bf28-db6756f83795', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"59a81756-74b8-4861-bf28-db6756f83795","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MHL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a9ff336c-d708-447e-9c91-9e23c9129622', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a9ff336c-d708-447e-9c91-9e23c9129622","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KGZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f1ab18e4-3175-41c2-a8dc-338992ac29e2', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f1ab18e4-3175-41c2-a8dc-338992ac29e2","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KNA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9bafe80e-1bea-450c-b84c-edc0dcffba6a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9bafe80e-1bea-450c-b84c-edc0dcffba6a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KWT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6b186f5c-5666-4412-8eaf-85a847122151', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6b186f5c-5666-4412-8eaf-85a847122151","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LAO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9355d512-f10f-45fd-94fb-afd98767ec0d', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9355d512-f10f-45fd-94fb-afd98767ec0d","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LBN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('51355a65-c64d-435d-b0c6-56902f1ad1ba', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"51355a65-c64d-435d-b0c6-56902f1ad1ba","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LBY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('59175590-c173-4d66-9504-6376664b18fd', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"59175590-c173-4d66-9504-6376664b18fd","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LIE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('23975f75-553e-4488-85c2-b25cabbd0a82', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"23975f75-553e-4488-85c2-b25cabbd0a82","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LSO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bf9bd9d9-3c17-4760-a5e5-9b99ec07a1a3', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bf9bd9d9-3c17-4760-a5e5-9b99ec07a1a3","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LTU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c2d58fd3-6dcc-41e0-b32c-9a392f6e5591', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c2d58fd3-6dcc-41e0-b32c-9a392f6e5591","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LVA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('51f7afb9-ca19-452a-9043-01b3b500d264', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"51f7afb9-ca19-452a-9043-01b3b500d264","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MCO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bd0f8e6a-abff-45b9-8b26-dd6d40bd1dd1', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bd0f8e6a-abff-45b9-8b26-dd6d40bd1dd1","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MDG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1f048798-6090-4f5b-bbdb-078ed06c4d0f', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1f048798-6090-4f5b-bbdb-078ed06c4d0f","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MKD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f074353a-25e0-4e5f-a061-ad77de4a143f', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f074353a-25e0-4e5f-a061-ad77de4a143f","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MLT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('afc4bc21-d9d1-4633-959b-7b9d4bfba4f5', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"afc4bc21-d9d1-4633-959b-7b9d4bfba4f5","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MLI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('738d6b7a-67fa-4613-8578-78c08f9b5121', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"738d6b7a-67fa-4613-8578-78c08f9b5121","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MMR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('15036c48-4462-46a3-b4a5-4f2ceaa7458b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"15036c48-4462-46a3-b4a5-4f2ceaa7458b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MNG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a6e62aab-cb67-4d36-9d2d-2d16d2921288', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a6e62aab-cb67-4d36-9d2d-2d16d2921288","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MRT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('934321c4-e7c7-4a19-a9cc-203f58852958', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"934321c4-e7c7-4a19-a9cc-203f58852958","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MWI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('43a3789a-29e7-461d-9f8f-314fdeca1057', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"43a3789a-29e7-461d-9f8f-314fdeca1057","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NAM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('cf180bdc-01c6-48ab-9c57-e21c336f8c47', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"cf180bdc-01c6-48ab-9c57-e21c336f8c47","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NIC has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bdf49fed-ea8a-489b-a292-500f0bf6b16f', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bdf49fed-ea8a-489b-a292-500f0bf6b16f","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NOR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('736f0216-047c-4208-9243-150baa8c542a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"736f0216-047c-4208-9243-150baa8c542a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NRU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9d4020ce-4418-4c6d-bf2f-c3e470639ae2', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9d4020ce-4418-4c6d-bf2f-c3e470639ae2","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and OMN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('93e6848a-8a96-4355-854c-e28f60aee7fd', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"93e6848a-8a96-4355-854c-e28f60aee7fd","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PAN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('181f082e-5d51-4eda-b11f-375b821c86f1', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"181f082e-5d51-4eda-b11f-375b821c86f1","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PLW has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('dcde6977-7c75-493a-8ea0-b3c92a671028', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"dcde6977-7c75-493a-8ea0-b3c92a671028","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and POL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('097bf2d4-dc24-45f6-9036-16113f5bb52d', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"097bf2d4-dc24-45f6-9036-16113f5bb52d","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PRT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3b8e3b21-71f7-40a9-8b18-60a379e9ae8c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3b8e3b21-71f7-40a9-8b18-60a379e9ae8c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MNE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1aa07fa5-fc5b-4cd1-a520-1ff1688b1d63', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1aa07fa5-fc5b-4cd1-a520-1ff1688b1d63","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MOZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('679ce53a-654d-4eb0-a6b4-517b0d7d4fb1', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"679ce53a-654d-4eb0-a6b4-517b0d7d4fb1","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MUS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d0fe7ce1-2304-4757-8c72-15db16963a82', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d0fe7ce1-2304-4757-8c72-15db16963a82","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MYS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a2e5bc1b-e99d-430d-8379-c963cc0866d3', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a2e5bc1b-e99d-430d-8379-c963cc0866d3","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NER has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('00b95b41-95ec-413d-a9d0-7afc9ba4e98f', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"00b95b41-95ec-413d-a9d0-7afc9ba4e98f","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NGA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fbe33412-80fd-4cab-b3c2-1a942d1ef7a8', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fbe33412-80fd-4cab-b3c2-1a942d1ef7a8","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NLD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4ba72c1f-22ce-44ca-b522-b68ba428bdc6', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4ba72c1f-22ce-44ca-b522-b68ba428bdc6","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NPL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2124146f-b632-471c-ba0f-55fa2e594509', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2124146f-b632-471c-ba0f-55fa2e594509","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NZL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b4f04ccc-1bd7-4e80-8420-615583f33fe9', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b4f04ccc-1bd7-4e80-8420-615583f33fe9","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PAK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ba1b82b6-97e1-4ee2-b478-5415b5dc6520', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ba1b82b6-97e1-4ee2-b478-5415b5dc6520","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PER has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('513ecf59-3d54-4ddf-a065-08aaee004d10', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"513ecf59-3d54-4ddf-a065-08aaee004d10","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PHL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('18876df6-23f2-4b04-ae94-a15e93fc37c9', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"18876df6-23f2-4b04-ae94-a15e93fc37c9","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PNG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6b2c455a-f02f-4d2f-b57d-0d0c7b5b61cf', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6b2c455a-f02f-4d2f-b57d-0d0c7b5b61cf","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PRK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1b2c813d-bc64-4e4b-922c-3762474f9a70', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1b2c813d-bc64-4e4b-922c-3762474f9a70","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PRY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('cc3ba4fc-fbb3-4e18-905a-bae1e20f5088', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"cc3ba4fc-fbb3-4e18-905a-bae1e20f5088","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ROU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c888847d-7a84-4929-afe3-b5c354563772', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c888847d-7a84-4929-afe3-b5c354563772","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and RWA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c5829b91-c723-477a-b0d8-d1baaabf798a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c5829b91-c723-477a-b0d8-d1baaabf798a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SDN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d1929135-921f-4908-a928-e5151f1339dc', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d1929135-921f-4908-a928-e5151f1339dc","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SGP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1e193f80-64e9-461f-93c8-e4db141cefdc', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1e193f80-64e9-461f-93c8-e4db141cefdc","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SLE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b0178c1f-bc2d-4e5a-93f4-8c851e3ea45f', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b0178c1f-bc2d-4e5a-93f4-8c851e3ea45f","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SMR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a7f2ddda-0243-43fb-b601-0a54fa6ce012', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a7f2ddda-0243-43fb-b601-0a54fa6ce012","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SRB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b07fc4e0-258b-4180-bb04-2efad7ad4942', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b07fc4e0-258b-4180-bb04-2efad7ad4942","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and STP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b95977cd-a734-42df-93f0-4b249f2b61dd', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b95977cd-a734-42df-93f0-4b249f2b61dd","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SWZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7524c79e-f1bd-4566-ac17-84acacc4db97', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7524c79e-f1bd-4566-ac17-84acacc4db97","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TCD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1b7135fc-4f16-470c-b8f4-aeea7693142f', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1b7135fc-4f16-470c-b8f4-aeea7693142f","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and THA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('861dff03-d607-4d7f-bef6-99fe67bfa3f5', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"861dff03-d607-4d7f-bef6-99fe67bfa3f5","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TUN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('eb1144db-b821-437a-b619-71df00b5128b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"eb1144db-b821-437a-b619-71df00b5128b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TUV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1f31122f-9e79-4efe-a54e-07ecb143760c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1f31122f-9e79-4efe-a54e-07ecb143760c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and QAT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('353b3005-b67f-49d8-8851-a48917e3dafa', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"353b3005-b67f-49d8-8851-a48917e3dafa","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and RUS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b290481e-b3f9-4244-a340-549230f25263', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b290481e-b3f9-4244-a340-549230f25263","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SAU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d5ae3d5f-75d3-489a-b756-8d3ea13fcb52', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d5ae3d5f-75d3-489a-b756-8d3ea13fcb52","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SEN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8a28bc16-d1c9-4431-af88-a2ae144ebcda', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8a28bc16-d1c9-4431-af88-a2ae144ebcda","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SLB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('21c188bc-2cb7-4248-a01f-1b415bfb41e2', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"21c188bc-2cb7-4248-a01f-1b415bfb41e2","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SLV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('df830a7f-1ef7-4469-919c-eaf882fc2353', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"df830a7f-1ef7-4469-919c-eaf882fc2353","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SOM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8d03ce9e-4e42-48cf-89c5-ad2dd4eb342a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8d03ce9e-4e42-48cf-89c5-ad2dd4eb342a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SSD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4128f5e4-f7c1-421e-8031-3daea755982b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4128f5e4-f7c1-421e-8031-3daea755982b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SUR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b51057da-d795-4290-b928-9e162874829e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b51057da-d795-4290-b928-9e162874829e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SVK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9cecaf9c-f401-4590-bec4-2be5efb7e703', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9cecaf9c-f401-4590-bec4-2be5efb7e703","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SVN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4277ef00-9e49-44c9-b196-acd9fd92ed82', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4277ef00-9e49-44c9-b196-acd9fd92ed82","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SWE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d789362c-2cce-4aea-a7b0-5ef068fef454', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d789362c-2cce-4aea-a7b0-5ef068fef454","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SYC has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('afdf0722-44d1-47b9-b7e0-1240c5a8cc2d', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"afdf0722-44d1-47b9-b7e0-1240c5a8cc2d","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SYR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a52d31ea-00fa-474f-8c58-b2305ecaddcb', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a52d31ea-00fa-474f-8c58-b2305ecaddcb","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TGO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e5685180-d700-4a58-9bbc-ff63dc7415a0', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e5685180-d700-4a58-9bbc-ff63dc7415a0","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TJK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e1a7c4a8-1f63-40e4-b337-bc04c59b76c7', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e1a7c4a8-1f63-40e4-b337-bc04c59b76c7","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TKM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('14147b4a-8a2f-46ff-8096-77f54a3e4108', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"14147b4a-8a2f-46ff-8096-77f54a3e4108","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TLS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('81ed8955-6cc4-4f88-bf37-780f17eb61c6', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"81ed8955-6cc4-4f88-bf37-780f17eb61c6","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TON has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('aab3c7c2-ca7b-4d23-bb5e-9ce3b7c4c730', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"aab3c7c2-ca7b-4d23-bb5e-9ce3b7c4c730","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TTO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f476407a-30f0-46e6-ada5-76c3a26c673e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f476407a-30f0-46e6-ada5-76c3a26c673e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TUR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1522801b-3d77-48ec-bd91-c09aae48709f', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1522801b-3d77-48ec-bd91-c09aae48709f","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TZA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1affec26-6475-4644-9148-b25bbb612e9a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1affec26-6475-4644-9148-b25bbb612e9a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and UKR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d5605cbf-8ede-4112-96b5-4886ee6ad890', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d5605cbf-8ede-4112-96b5-4886ee6ad890","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and UZB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e1ba3da2-e975-4667-97ce-488067c90730', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e1ba3da2-e975-4667-97ce-488067c90730","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VCT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('df746796-8a86-4a17-9bce-12484c01ff1a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"df746796-8a86-4a17-9bce-12484c01ff1a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VEN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('70c34c1a-3f57-44c3-a54b-b0ff0eb6f2f0', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"70c34c1a-3f57-44c3-a54b-b0ff0eb6f2f0","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VUT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1fdf0cde-1b07-4cc1-aaeb-c427e0e479e2', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1fdf0cde-1b07-4cc1-aaeb-c427e0e479e2","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and YEM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e9662c4d-5bea-44de-a30d-2d1fe3672358', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e9662c4d-5bea-44de-a30d-2d1fe3672358","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and UGA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9f234676-ad54-4b91-b05f-788eda11b4b6', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9f234676-ad54-4b91-b05f-788eda11b4b6","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and URY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1746ba56-2f05-45c2-84c5-e2e6634e145a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1746ba56-2f05-45c2-84c5-e2e6634e145a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VAT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d16ca5d2-8267-4937-829f-dcc1455c2d5f', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d16ca5d2-8267-4937-829f-dcc1455c2d5f","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VNM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('530ac1d3-4b36-4373-a9ab-f3216e468549', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"530ac1d3-4b36-4373-a9ab-f3216e468549","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and WSM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a7e0340e-dd30-4327-8afe-a7e86c19c47a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a7e0340e-dd30-4327-8afe-a7e86c19c47a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ZAF has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b385eee6-82e9-471a-9efa-504c52d25301', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b385eee6-82e9-471a-9efa-504c52d25301","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ZWE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3fa7f9dc-9254-42aa-9dd5-6241d1410394', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3fa7f9dc-9254-42aa-9dd5-6241d1410394","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ZMB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5fc0ffe6-2bf1-4b96-9b98-0be4f71aa37f', 'PERIOD_CLOSED', '2027-06-01 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5fc0ffe6-2bf1-4b96-9b98-0be4f71aa37f","type":"PERIOD_CLOSED","occurredAt":"2027-06-01T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"CONSULTATION","dueAt":null,"summary":"Consultation closed for ITU-T D.50 (revised) International Internet connectivity","href":"http://localhost:8080/dashboard/approvals/1"}');


--
-- Data for Name: notification_subscription; Type: TABLE DATA; Schema: recflow; Owner: -
--



--
-- Data for Name: question; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.question VALUES (1, 'SG20', 'Q5/20', 'Digital identity for IoT devices', 'SG20-TD2001', true, 'CONSULTATION', NULL, NULL, '2027-05-03', '2027-07-03 23:59:59+00', '87feb641-ec58-11f1-bd33-02fc00000001', '2027-05-03 09:00:00+00', 'chair-sg20');


--
-- Data for Name: reminder_trigger; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.reminder_trigger VALUES (3, 'TSB', 'OPENED', '2027-01-04 09:00:00+00', 'APPROVAL', 1, '2027-01-04 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (5, 'CHAIR', 'OPENED', '2027-02-02 09:00:00+00', 'APPROVAL', 2, '2027-02-02 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (12, 'CHAIR', 'OPENED', '2027-05-04 09:00:00+00', 'APPROVAL', 3, '2027-05-04 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (11, 'TSB', 'OPENED', '2027-05-03 09:00:00+00', 'APPROVAL', 4, '2027-05-04 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'AFG', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'AGO', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ALB', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'AND', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ARE', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ARG', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ARM', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ATG', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'AUS', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'AUT', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'AZE', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BDI', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BEL', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BEN', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BFA', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BGD', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BGR', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BHR', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BHS', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BIH', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BLR', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BLZ', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BOL', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BRB', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BRN', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BTN', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BWA', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CAF', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CAN', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CHE', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CHL', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CHN', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CIV', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CMR', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'COD', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'COG', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'COL', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'COM', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CPV', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CRI', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CUB', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CYP', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CZE', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'DJI', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'DMA', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'DNK', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'DOM', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'DZA', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ECU', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ERI', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ESP', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'EST', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ETH', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'FIN', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'FJI', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'FRA', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'FSM', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GAB', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GBR', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GEO', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GHA', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GIN', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GMB', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GNB', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GNQ', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GRC', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GRD', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GTM', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GUY', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'HND', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'HRV', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'HTI', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'HUN', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'IDN', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'IRL', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'IRN', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'IRQ', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ISL', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ISR', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ITA', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'JAM', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'JOR', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'KAZ', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'KGZ', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'KHM', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'KIR', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'KNA', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'KOR', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'KWT', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LAO', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LBN', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LBR', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LBY', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LCA', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LIE', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LKA', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LSO', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LTU', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LUX', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LVA', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MAR', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MCO', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MDA', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MDG', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MDV', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MHL', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MKD', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MLI', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MLT', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MMR', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MNE', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MNG', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MOZ', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MRT', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MUS', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MWI', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MYS', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'NAM', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'NER', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'NGA', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'NIC', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'NLD', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'NOR', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'NPL', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'NRU', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'NZL', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'OMN', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'PAK', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'PAN', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'PER', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'PHL', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'PLW', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'PNG', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'POL', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'PRK', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'PRT', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'PRY', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'QAT', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ROU', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'RUS', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'RWA', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SAU', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SDN', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SEN', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SGP', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SLB', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SLE', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SLV', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SMR', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SOM', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SRB', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SSD', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'STP', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SUR', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SVK', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SVN', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SWE', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SWZ', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SYC', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SYR', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TCD', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TGO', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'THA', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TJK', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TKM', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TLS', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TON', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TTO', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TUN', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TUR', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TUV', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TZA', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'UGA', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'UKR', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'URY', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'UZB', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'VAT', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'VCT', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'VEN', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'VNM', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'VUT', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'WSM', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'YEM', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ZAF', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ZMB', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ZWE', 'PT168H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (12, 'CHAIR', 'OVERDUE', '2027-05-17 23:59:59+00', 'APPROVAL', 3, '2027-05-24 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'AFG', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'AGO', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ALB', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'AND', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ARE', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ARG', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ARM', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ATG', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'AUS', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'AUT', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'AZE', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BDI', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BEL', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BEN', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BFA', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BGD', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BGR', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BHR', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BHS', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BIH', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BLR', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BLZ', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BOL', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BRB', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BRN', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BTN', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'BWA', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CAF', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CAN', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CHE', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CHL', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CHN', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CIV', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CMR', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'COD', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'COG', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'COL', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'COM', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CPV', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CRI', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CUB', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CYP', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'CZE', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'DJI', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'DMA', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'DNK', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'DOM', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'DZA', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ECU', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ERI', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ESP', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'EST', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ETH', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'FIN', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'FJI', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'FRA', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'FSM', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GAB', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GBR', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GEO', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GHA', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GIN', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GMB', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GNB', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GNQ', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GRC', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GRD', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GTM', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'GUY', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'HND', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'HRV', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'HTI', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'HUN', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'IDN', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'IRL', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'IRN', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'IRQ', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ISL', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ISR', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ITA', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'JAM', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'JOR', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'KAZ', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'KGZ', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'KHM', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'KIR', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'KNA', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'KOR', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'KWT', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LAO', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LBN', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LBR', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LBY', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LCA', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LIE', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LKA', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LSO', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LTU', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LUX', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'LVA', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MAR', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MCO', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MDA', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MDG', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MDV', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MHL', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MKD', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MLI', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MLT', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MMR', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MNE', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MNG', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MOZ', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MRT', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MUS', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MWI', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'MYS', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'NAM', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'NER', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'NGA', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'NIC', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'NLD', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'NOR', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'NPL', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'NRU', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'NZL', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'OMN', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'PAK', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'PAN', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'PER', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'PHL', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'PLW', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'PNG', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'POL', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'PRK', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'PRT', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'PRY', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'QAT', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ROU', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'RUS', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'RWA', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SAU', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SDN', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SEN', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SGP', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SLB', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SLE', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SLV', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SMR', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SOM', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SRB', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SSD', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'STP', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SUR', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SVK', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SVN', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SWE', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SWZ', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SYC', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'SYR', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TCD', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TGO', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'THA', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TJK', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TKM', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TLS', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TON', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TTO', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TUN', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TUR', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TUV', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'TZA', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'UGA', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'UKR', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'URY', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'UZB', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'VAT', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'VCT', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'VEN', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'VNM', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'VUT', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'WSM', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'YEM', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ZAF', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ZMB', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (2, 'ZWE', 'PT24H', '2027-05-26 23:59:59+00', 'APPROVAL', 1, '2027-05-26 17:00:00+00');


--
-- Data for Name: sim_clock; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.sim_clock VALUES (1, '2027-06-01 09:00:00+00');


--
-- Name: announcement_id_seq; Type: SEQUENCE SET; Schema: recflow; Owner: -
--

SELECT pg_catalog.setval('recflow.announcement_id_seq', 7, true);


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

SELECT pg_catalog.setval('recflow.history_entry_id_seq', 38, true);


--
-- Name: idempotent_request_id_seq; Type: SEQUENCE SET; Schema: recflow; Owner: -
--

SELECT pg_catalog.setval('recflow.idempotent_request_id_seq', 1, false);


--
-- Name: meeting_id_seq; Type: SEQUENCE SET; Schema: recflow; Owner: -
--

SELECT pg_catalog.setval('recflow.meeting_id_seq', 3, true);


--
-- Name: notification_delivery_id_seq; Type: SEQUENCE SET; Schema: recflow; Owner: -
--

SELECT pg_catalog.setval('recflow.notification_delivery_id_seq', 1, false);


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
-- Name: announcement announcement_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.announcement
    ADD CONSTRAINT announcement_pkey PRIMARY KEY (id);


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
-- Name: consultation_reply_first consultation_reply_once; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.consultation_reply_first
    ADD CONSTRAINT consultation_reply_once UNIQUE (subject_type, subject_id, round, member_state);


--
-- Name: consultation_reply_first consultation_reply_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.consultation_reply_first
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
-- Name: event_publication event_publication_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.event_publication
    ADD CONSTRAINT event_publication_pkey PRIMARY KEY (id);


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
-- Name: notification_delivery notification_delivery_once; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.notification_delivery
    ADD CONSTRAINT notification_delivery_once UNIQUE (event_id, recipient, channel);


--
-- Name: notification_delivery notification_delivery_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.notification_delivery
    ADD CONSTRAINT notification_delivery_pkey PRIMARY KEY (id);


--
-- Name: notification_event notification_event_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.notification_event
    ADD CONSTRAINT notification_event_pkey PRIMARY KEY (id);


--
-- Name: notification_subscription notification_subscription_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.notification_subscription
    ADD CONSTRAINT notification_subscription_pkey PRIMARY KEY (account);


--
-- Name: question question_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.question
    ADD CONSTRAINT question_pkey PRIMARY KEY (id);


--
-- Name: reminder_trigger reminder_trigger_once; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.reminder_trigger
    ADD CONSTRAINT reminder_trigger_once PRIMARY KEY (deadline_id, recipient, moment, due_at);


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
-- Name: announcement_newest; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX announcement_newest ON recflow.announcement USING btree (announced_at, id);


--
-- Name: announcement_newest_by_group; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX announcement_newest_by_group ON recflow.announcement USING btree (study_group, announced_at, id);


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
-- Name: event_publication_by_completion_date; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX event_publication_by_completion_date ON recflow.event_publication USING btree (completion_date);


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
-- Name: notification_delivery_due; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX notification_delivery_due ON recflow.notification_delivery USING btree (status, next_attempt_at);


--
-- Name: notification_delivery_recipient; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX notification_delivery_recipient ON recflow.notification_delivery USING btree (recipient);


--
-- Name: notification_event_subject; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX notification_event_subject ON recflow.notification_event USING btree (subject_type, subject_id);


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
-- Name: notification_delivery notification_delivery_event_id_fkey; Type: FK CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.notification_delivery
    ADD CONSTRAINT notification_delivery_event_id_fkey FOREIGN KEY (event_id) REFERENCES recflow.notification_event(id);


--
-- PostgreSQL database dump complete
--

\unrestrict PoLxcOqmkeTW9gxXvKIRdz4RPdq0x1NZIltTL3u1jjHo62wBAcg7XEF7ldG3VQF

