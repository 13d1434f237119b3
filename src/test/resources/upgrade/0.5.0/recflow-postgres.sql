--
-- PostgreSQL database dump
--

\restrict kJv0LOdKZKWxwkSSoXrLLIPfqvf04DlrA3KePqdyRGRXAiiRjPDIzcX9rYZgc4X

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
-- Name: history_order; Type: SEQUENCE; Schema: recflow; Owner: -
--

CREATE SEQUENCE recflow.history_order
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


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
    submitted_at timestamp with time zone NOT NULL,
    history_order bigint DEFAULT nextval('recflow.history_order'::regclass),
    role character varying(20),
    request_id character varying(64)
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
-- Name: history_entry_0_4; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.history_entry_0_4 (
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
-- Name: history_step; Type: TABLE; Schema: recflow; Owner: -
--

CREATE TABLE recflow.history_step (
    id bigint DEFAULT nextval('recflow.history_order'::regclass) NOT NULL,
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
-- Name: history_entry; Type: VIEW; Schema: recflow; Owner: -
--

CREATE VIEW recflow.history_entry AS
 SELECT 0 AS era,
    h.id,
    h.subject_type,
    h.subject_id,
    h.at,
    h.actor,
    h.role,
    h.action,
    h.detail,
    h.request_id
   FROM recflow.history_entry_0_4 h
UNION ALL
 SELECT 1 AS era,
    s.id,
    s.subject_type,
    s.subject_id,
    s.at,
    s.actor,
    s.role,
    s.action,
    s.detail,
    s.request_id
   FROM recflow.history_step s
UNION ALL
 SELECT 1 AS era,
    v.history_order AS id,
    v.subject_type,
    v.subject_id,
    v.submitted_at AS at,
    v.author AS actor,
    v.role,
    'REPLY_SUBMITTED'::character varying(60) AS action,
    ((((v.member_state)::text ||
        CASE
            WHEN (v.version > 1) THEN ' changed its reply to '::text
            ELSE ' replied '::text
        END) || (v."position")::text))::character varying(4000) AS detail,
    v.request_id
   FROM recflow.consultation_reply_version v
  WHERE (v.history_order IS NOT NULL);


--
-- Name: history_entry_id_seq; Type: SEQUENCE; Schema: recflow; Owner: -
--

ALTER TABLE recflow.history_entry_0_4 ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
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

INSERT INTO public.act_ge_bytearray VALUES ('2d079736-ec65-11f1-9326-02fc00000001', 1, 'processes/tap-approval.bpmn', '2d06faf5-ec65-11f1-9326-02fc00000001', '\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44492220786d6c6e733a63616d756e64613d22687474703a2f2f63616d756e64612e6f72672f736368656d612f312e302f62706d6e2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e6365222069643d22746170417070726f76616c446566696e6974696f6e7322207461726765744e616d6573706163653d2268747470733a2f2f726563666c6f772e6f72672f62706d6e22206578706f727465723d22726563666c6f7722206578706f7274657256657273696f6e3d2231223e0a20203c62706d6e3a6d6573736167652069643d22546170436f6e73756c746174696f6e416e6e6f756e63656422206e616d653d22546170436f6e73756c746174696f6e416e6e6f756e63656422202f3e0a20203c62706d6e3a6d6573736167652069643d225461704d656574696e674f7574636f6d655265636f7264656422206e616d653d225461704d656574696e674f7574636f6d655265636f7264656422202f3e0a20203c62706d6e3a6d6573736167652069643d225461704d6f726554696d654465636964656422206e616d653d225461704d6f726554696d654465636964656422202f3e0a20203c62706d6e3a70726f636573732069643d22746170417070726f76616c22206e616d653d2254415020617070726f76616c206f662061205265636f6d6d656e646174696f6e202857545341205265736f6c7574696f6e203120c2a739292220697345786563757461626c653d2274727565222063616d756e64613a686973746f727954696d65546f4c6976653d22313830223e0a202020203c62706d6e3a73746172744576656e742069643d22617070726f76616c52657175657374656422206e616d653d22417070726f76616c207265717565737465642061667465722064657465726d696e6174696f6e223e0a2020202020203c62706d6e3a6f7574676f696e673e617070726f76616c526571756573746564546f436f6e73756c746174696f6e416e6e6f756e6365643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d22636f6e73756c746174696f6e416e6e6f756e63656422206e616d653d22496e74656e7420616e6e6f756e6365642c20636f6e73756c746174696f6e206f70656e6564202833206d6f6e74687320616865616429223e0a2020202020203c62706d6e3a696e636f6d696e673e617070726f76616c526571756573746564546f436f6e73756c746174696f6e416e6e6f756e6365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e416e6e6f756e636564546f436f6e73756c746174696f6e436c6f7365643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d22636f6e73756c746174696f6e416e6e6f756e6365644d65737361676522206d6573736167655265663d22546170436f6e73756c746174696f6e416e6e6f756e63656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d22636f6e73756c746174696f6e436c6f73656422206e616d653d22436f6e73756c746174696f6e20636c6f73656420283720776f726b696e672064617973206265666f726520746865206d656574696e6729223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e416e6e6f756e636564546f436f6e73756c746174696f6e436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d22636f6e73756c746174696f6e436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f7365436f6e73756c746174696f6e22206e616d653d22436f756e7420746865204d656d626572205374617465207265706c696573222063616d756e64613a64656c656761746545787072657373696f6e3d22247b746170436c6f7365436f6e73756c746174696f6e7d223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65743c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d227468726573686f6c644d657422206e616d653d22373025206f72206d6f726520696e20737570706f72742c206f72206e6f207265706c793f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e537570706f7274733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e42656c6f775468726573686f6c643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226d656574696e674f7574636f6d655265636f7264656422206e616d653d224d656574696e67206f7574636f6d65207265636f72646564223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e537570706f7274733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226d656574696e674f7574636f6d655265636f726465644d65737361676522206d6573736167655265663d225461704d656574696e674f7574636f6d655265636f7264656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226d656574696e674465636973696f6e22206e616d653d22576861742064696420746865206d656574696e67206465636964653f223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e67417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674d6f726554696d653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a6576656e744261736564476174657761792069643d226d6f726554696d6557696e646f7722206e616d653d224f626a656374696f6e2077697468696e2034207765656b733f223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674d6f726554696d653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d6557696e646f77546f4f626a656374696f6e52656365697665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6576656e744261736564476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226d6f726554696d65436c6f73656422206e616d653d224d6f72652074696d6520636c6f736564223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d65436c6f736564546f436c6f73654d6f726554696d653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226d6f726554696d65436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d65436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f73654d6f726554696d6522206e616d653d22446563696465206166746572206d6f72652074696d65222063616d756e64613a64656c656761746545787072657373696f6e3d22247b636c6f73654d6f726554696d657d223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d65436c6f736564546f436c6f73654d6f726554696d653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226d6f726554696d654465636973696f6e22206e616d653d22417070726f766564206166746572206d6f72652074696d653f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d65417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d654e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226f626a656374696f6e526563656976656422206e616d653d224f626a656374696f6e207265636569766564223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d6557696e646f77546f4f626a656374696f6e52656365697665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6f626a656374696f6e5265636569766564546f546f4e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226f626a656374696f6e52656365697665644d65737361676522206d6573736167655265663d225461704d6f726554696d654465636964656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f417070726f76656422206e616d653d22223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e67417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d65417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d22617070726f76656422206e616d653d22417070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f4e6f74417070726f76656422206e616d653d22223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e42656c6f775468726573686f6c643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d654e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6f626a656374696f6e5265636569766564546f546f4e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f4e6f74417070726f766564546f4e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d226e6f74417070726f76656422206e616d653d224e6f7420617070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e746f4e6f74417070726f766564546f4e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22617070726f76616c526571756573746564546f436f6e73756c746174696f6e416e6e6f756e6365642220736f757263655265663d22617070726f76616c52657175657374656422207461726765745265663d22636f6e73756c746174696f6e416e6e6f756e63656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e416e6e6f756e636564546f436f6e73756c746174696f6e436c6f7365642220736f757263655265663d22636f6e73756c746174696f6e416e6e6f756e63656422207461726765745265663d22636f6e73756c746174696f6e436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e2220736f757263655265663d22636f6e73756c746174696f6e436c6f73656422207461726765745265663d22636c6f7365436f6e73756c746174696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65742220736f757263655265663d22636c6f7365436f6e73756c746174696f6e22207461726765745265663d227468726573686f6c644d657422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e537570706f72747322206e616d653d227965732220736f757263655265663d227468726573686f6c644d657422207461726765745265663d226d656574696e674f7574636f6d655265636f72646564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e526573756c74203d3d2027434f4e54494e5545277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e42656c6f775468726573686f6c6422206e616d653d2262656c6f77203730252220736f757263655265663d227468726573686f6c644d657422207461726765745265663d22746f4e6f74417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e526573756c74203d3d202742454c4f575f5448524553484f4c44277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e2220736f757263655265663d226d656574696e674f7574636f6d655265636f7264656422207461726765745265663d226d656574696e674465636973696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e67417070726f76656422206e616d653d226e6f206f626a656374696f6e2220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674e6f74417070726f76656422206e616d653d22616e206f626a656374696f6e2220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d22746f4e6f74417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d20274e4f545f415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674d6f726554696d6522206e616d653d226d6f72652074696d652061736b65642220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d226d6f726554696d6557696e646f77223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d20274d4f52455f54494d45277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365642220736f757263655265663d226d6f726554696d6557696e646f7722207461726765745265663d226d6f726554696d65436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d6557696e646f77546f4f626a656374696f6e52656365697665642220736f757263655265663d226d6f726554696d6557696e646f7722207461726765745265663d226f626a656374696f6e526563656976656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d652220736f757263655265663d226d6f726554696d65436c6f73656422207461726765745265663d22636c6f73654d6f726554696d6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e2220736f757263655265663d22636c6f73654d6f726554696d6522207461726765745265663d226d6f726554696d654465636973696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d65417070726f76656422206e616d653d22617070726f7665642220736f757263655265663d226d6f726554696d654465636973696f6e22207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d654465636973696f6e203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d654e6f74417070726f76656422206e616d653d226e6f7420617070726f7665642220736f757263655265663d226d6f726554696d654465636973696f6e22207461726765745265663d22746f4e6f74417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d654465636973696f6e203d3d20274e4f545f415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226f626a656374696f6e5265636569766564546f546f4e6f74417070726f7665642220736f757263655265663d226f626a656374696f6e526563656976656422207461726765745265663d22746f4e6f74417070726f76656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f417070726f766564546f417070726f7665642220736f757263655265663d22746f417070726f76656422207461726765745265663d22617070726f76656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f4e6f74417070726f766564546f4e6f74417070726f7665642220736f757263655265663d22746f4e6f74417070726f76656422207461726765745265663d226e6f74417070726f76656422202f3e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d2069643d22746170417070726f76616c4469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22746170417070726f76616c506c616e65222062706d6e456c656d656e743d22746170417070726f76616c223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76616c5265717565737465645368617065222062706d6e456c656d656e743d22617070726f76616c526571756573746564223e0a20202020202020203c64633a426f756e647320783d223130322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d2237352220793d22313232222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636f6e73756c746174696f6e416e6e6f756e6365645368617065222062706d6e456c656d656e743d22636f6e73756c746174696f6e416e6e6f756e636564223e0a20202020202020203c64633a426f756e647320783d223233322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223230352220793d22313232222077696474683d22393022206865696768743d22373022202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636f6e73756c746174696f6e436c6f7365645368617065222062706d6e456c656d656e743d22636f6e73756c746174696f6e436c6f736564223e0a20202020202020203c64633a426f756e647320783d223336322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223333352220793d22313232222077696474683d22393022206865696768743d22373022202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f7365436f6e73756c746174696f6e5368617065222062706d6e456c656d656e743d22636c6f7365436f6e73756c746174696f6e223e0a20202020202020203c64633a426f756e647320783d223435352220793d223630222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227468726573686f6c644d65745368617065222062706d6e456c656d656e743d227468726573686f6c644d6574222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223631352220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223539352220793d223239222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d656574696e674f7574636f6d655265636f726465645368617065222062706d6e456c656d656e743d226d656574696e674f7574636f6d655265636f72646564223e0a20202020202020203c64633a426f756e647320783d223735322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223732352220793d22313232222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d656574696e674465636973696f6e5368617065222062706d6e456c656d656e743d226d656574696e674465636973696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223837352220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223835352220793d223433222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f417070726f7665645368617065222062706d6e456c656d656e743d22746f417070726f766564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313532352220793d223735222077696474683d22353022206865696768743d22353022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f7665645368617065222062706d6e456c656d656e743d22617070726f766564223e0a20202020202020203c64633a426f756e647320783d22313636322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313634392220793d22313232222077696474683d22363222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d6557696e646f775368617065222062706d6e456c656d656e743d226d6f726554696d6557696e646f77223e0a20202020202020203c64633a426f756e647320783d22313030352220793d22323235222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223934382220793d22313933222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d65436c6f7365645368617065222062706d6e456c656d656e743d226d6f726554696d65436c6f736564223e0a20202020202020203c64633a426f756e647320783d22313134322220793d22323332222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313131352220793d22323732222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f73654d6f726554696d655368617065222062706d6e456c656d656e743d22636c6f73654d6f726554696d65223e0a20202020202020203c64633a426f756e647320783d22313233352220793d22323130222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d654465636973696f6e5368617065222062706d6e456c656d656e743d226d6f726554696d654465636973696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313339352220793d22323235222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313337352220793d22313933222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226f626a656374696f6e52656365697665645368617065222062706d6e456c656d656e743d226f626a656374696f6e5265636569766564223e0a20202020202020203c64633a426f756e647320783d22313134322220793d22333532222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313131352220793d22333230222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f4e6f74417070726f7665645368617065222062706d6e456c656d656e743d22746f4e6f74417070726f766564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313532352220793d22343535222077696474683d22353022206865696768743d22353022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226e6f74417070726f7665645368617065222062706d6e456c656d656e743d226e6f74417070726f766564223e0a20202020202020203c64633a426f756e647320783d22313636322220793d22343632222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313633372220793d22353032222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22617070726f76616c526571756573746564546f436f6e73756c746174696f6e416e6e6f756e63656445646765222062706d6e456c656d656e743d22617070726f76616c526571756573746564546f436f6e73756c746174696f6e416e6e6f756e636564223e0a20202020202020203c64693a776179706f696e7420783d223133382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223233322220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e416e6e6f756e636564546f436f6e73756c746174696f6e436c6f73656445646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e416e6e6f756e636564546f436f6e73756c746174696f6e436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d223236382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223336322220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e45646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e223e0a20202020202020203c64693a776179706f696e7420783d223339382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223435352220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d657445646765222062706d6e456c656d656e743d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d6574223e0a20202020202020203c64693a776179706f696e7420783d223536352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223631352220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e537570706f72747345646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e537570706f727473223e0a20202020202020203c64693a776179706f696e7420783d223636352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223735322220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223637312220793d223832222077696474683d22333222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e42656c6f775468726573686f6c6445646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e42656c6f775468726573686f6c64223e0a20202020202020203c64693a776179706f696e7420783d223634302220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223634302220793d2234383022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2234383022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223634362220793d22343632222077696474683d22363822206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e45646765222062706d6e456c656d656e743d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e223e0a20202020202020203c64693a776179706f696e7420783d223738382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223837352220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e67417070726f76656445646765222062706d6e456c656d656e743d226d656574696e67417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d223932352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223933312220793d223832222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674d6f726554696d6545646765222062706d6e456c656d656e743d226d656574696e674d6f726554696d65223e0a20202020202020203c64693a776179706f696e7420783d223930302220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223930302220793d2232353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313030352220793d2232353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223930362220793d22323332222077696474683d22393622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674e6f74417070726f76656445646765222062706d6e456c656d656e743d226d656574696e674e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d223930302220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223930302220793d2234383022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2234383022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223930362220793d22343632222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f73656445646765222062706d6e456c656d656e743d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d22313035352220793d2232353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313134322220793d2232353022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d6557696e646f77546f4f626a656374696f6e526563656976656445646765222062706d6e456c656d656e743d226d6f726554696d6557696e646f77546f4f626a656374696f6e5265636569766564223e0a20202020202020203c64693a776179706f696e7420783d22313033302220793d2232373522202f3e0a20202020202020203c64693a776179706f696e7420783d22313033302220793d2233373022202f3e0a20202020202020203c64693a776179706f696e7420783d22313134322220793d2233373022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d6545646765222062706d6e456c656d656e743d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d65223e0a20202020202020203c64693a776179706f696e7420783d22313137382220793d2232353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313233352220793d2232353022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e45646765222062706d6e456c656d656e743d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e223e0a20202020202020203c64693a776179706f696e7420783d22313334352220793d2232353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313339352220793d2232353022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d65417070726f76656445646765222062706d6e456c656d656e743d226d6f726554696d65417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313434352220793d2232353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313535302220793d2232353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313535302220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313435312220793d22323534222077696474683d22363222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d654e6f74417070726f76656445646765222062706d6e456c656d656e743d226d6f726554696d654e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313432302220793d2232373522202f3e0a20202020202020203c64693a776179706f696e7420783d22313432302220793d2234383022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2234383022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313432352220793d22323831222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226f626a656374696f6e5265636569766564546f546f4e6f74417070726f76656445646765222062706d6e456c656d656e743d226f626a656374696f6e5265636569766564546f546f4e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2233383822202f3e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2234383022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2234383022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f417070726f766564546f417070726f76656445646765222062706d6e456c656d656e743d22746f417070726f766564546f417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313537352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22313636322220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f4e6f74417070726f766564546f4e6f74417070726f76656445646765222062706d6e456c656d656e743d22746f4e6f74417070726f766564546f4e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313537352220793d2234383022202f3e0a20202020202020203c64693a776179706f696e7420783d22313636322220793d2234383022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a', false, NULL, 1, '2026-11-30 02:24:31.652', NULL, NULL);
INSERT INTO public.act_ge_bytearray VALUES ('2d079737-ec65-11f1-9326-02fc00000001', 1, 'processes/aap-approval.bpmn', '2d06faf5-ec65-11f1-9326-02fc00000001', '\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44492220786d6c6e733a63616d756e64613d22687474703a2f2f63616d756e64612e6f72672f736368656d612f312e302f62706d6e2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e6365222069643d22616170417070726f76616c446566696e6974696f6e7322207461726765744e616d6573706163653d2268747470733a2f2f726563666c6f772e6f72672f62706d6e22206578706f727465723d22726563666c6f7722206578706f7274657256657273696f6e3d2231223e0a20203c62706d6e3a6d6573736167652069643d224161704164646974696f6e616c526576696577416e6e6f756e63656422206e616d653d224161704164646974696f6e616c526576696577416e6e6f756e63656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704164646974696f6e616c5265766965774a756467656422206e616d653d224161704164646974696f6e616c5265766965774a756467656422202f3e0a20203c62706d6e3a6d6573736167652069643d22416170436f6d6d656e74735265736f6c76656422206e616d653d22416170436f6d6d656e74735265736f6c76656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704c61737443616c6c416e6e6f756e63656422206e616d653d224161704c61737443616c6c416e6e6f756e63656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704c61737443616c6c4a756467656422206e616d653d224161704c61737443616c6c4a756467656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704d656574696e67416e6e6f756e63656422206e616d653d224161704d656574696e67416e6e6f756e63656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704d656574696e674f7574636f6d655265636f7264656422206e616d653d224161704d656574696e674f7574636f6d655265636f7264656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704d6f726554696d654465636964656422206e616d653d224161704d6f726554696d654465636964656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161705265736f6c7574696f6e4a756467656422206e616d653d224161705265736f6c7574696f6e4a756467656422202f3e0a20203c62706d6e3a70726f636573732069643d22616170417070726f76616c22206e616d653d2241415020617070726f76616c206f662061205265636f6d6d656e646174696f6e20284954552d5420412e38292220697345786563757461626c653d2274727565222063616d756e64613a686973746f727954696d65546f4c6976653d22313830223e0a202020203c62706d6e3a73746172744576656e742069643d22617070726f76616c52657175657374656422206e616d653d22417070726f76616c20726571756573746564223e0a2020202020203c62706d6e3a6f7574676f696e673e617070726f76616c526571756573746564546f4c61737443616c6c416e6e6f756e6365643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226c61737443616c6c416e6e6f756e63656422206e616d653d224c6173742043616c6c20616e6e6f756e636564223e0a2020202020203c62706d6e3a696e636f6d696e673e617070726f76616c526571756573746564546f4c61737443616c6c416e6e6f756e6365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c416e6e6f756e636564546f4c61737443616c6c436c6f7365643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226c61737443616c6c416e6e6f756e6365644d65737361676522206d6573736167655265663d224161704c61737443616c6c416e6e6f756e63656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226c61737443616c6c436c6f73656422206e616d653d224c6173742043616c6c20636c6f736564223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c416e6e6f756e636564546f4c61737443616c6c436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c436c6f736564546f436c6f73654c61737443616c6c3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226c61737443616c6c436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6c61737443616c6c436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f73654c61737443616c6c22206e616d653d22436f756e74204c6173742043616c6c20636f6d6d656e7473222063616d756e64613a64656c656761746545787072657373696f6e3d22247b616170436c6f73654c61737443616c6c7d223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c436c6f736564546f436c6f73654c61737443616c6c3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f73654c61737443616c6c546f4c61737443616c6c436f6d6d656e7465643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226c61737443616c6c436f6d6d656e74656422206e616d653d22416e7920636f6d6d656e7420696e204c6173742043616c6c3f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f73654c61737443616c6c546f4c61737443616c6c436f6d6d656e7465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c4e6f436f6d6d656e743c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c57697468436f6d6d656e74733c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226c61737443616c6c4a756467656422206e616d653d224c6173742043616c6c206a7564676564206279207468652063686169726d616e223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c57697468436f6d6d656e74733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c4a7564676564546f4c61737443616c6c526f7574653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226c61737443616c6c4a75646765644d65737361676522206d6573736167655265663d224161704c61737443616c6c4a756467656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226c61737443616c6c526f75746522206e616d653d22576869636820726f757465206166746572204c6173742043616c6c3f223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c4a7564676564546f4c61737443616c6c526f7574653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c417070726f76653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c4d656574696e673c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c5265736f6c7574696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d22636f6d6d656e74735265736f6c76656422206e616d653d22436f6d6d656e7473207265736f6c766564223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c5265736f6c7574696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6d6d656e74735265736f6c766564546f5265736f6c7574696f6e4a75646765643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d22636f6d6d656e74735265736f6c7665644d65737361676522206d6573736167655265663d22416170436f6d6d656e74735265736f6c76656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d227265736f6c7574696f6e4a756467656422206e616d653d225265736f6c7574696f6e206a7564676564206279207468652063686169726d616e223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6d6d656e74735265736f6c766564546f5265736f6c7574696f6e4a75646765643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e7265736f6c7574696f6e4a7564676564546f5265736f6c7574696f6e526f7574653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d227265736f6c7574696f6e4a75646765644d65737361676522206d6573736167655265663d224161705265736f6c7574696f6e4a756467656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d227265736f6c7574696f6e526f75746522206e616d653d22576869636820726f757465206166746572207265736f6c7574696f6e3f223e0a2020202020203c62706d6e3a696e636f6d696e673e7265736f6c7574696f6e4a7564676564546f5265736f6c7574696f6e526f7574653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e7265736f6c7574696f6e4164646974696f6e616c5265766965773c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e7265736f6c7574696f6e4d656574696e673c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226164646974696f6e616c526576696577416e6e6f756e63656422206e616d653d224164646974696f6e616c2052657669657720616e6e6f756e636564223e0a2020202020203c62706d6e3a696e636f6d696e673e7265736f6c7574696f6e4164646974696f6e616c5265766965773c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c526576696577416e6e6f756e636564546f4164646974696f6e616c526576696577436c6f7365643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226164646974696f6e616c526576696577416e6e6f756e6365644d65737361676522206d6573736167655265663d224161704164646974696f6e616c526576696577416e6e6f756e63656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226164646974696f6e616c526576696577436c6f73656422206e616d653d224164646974696f6e616c2052657669657720636c6f736564223e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c526576696577416e6e6f756e636564546f4164646974696f6e616c526576696577436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c526576696577436c6f736564546f436c6f73654164646974696f6e616c5265766965773c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226164646974696f6e616c526576696577436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6164646974696f6e616c526576696577436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f73654164646974696f6e616c52657669657722206e616d653d22436f756e74204164646974696f6e616c2052657669657720636f6d6d656e7473222063616d756e64613a64656c656761746545787072657373696f6e3d22247b616170436c6f73654164646974696f6e616c5265766965777d223e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c526576696577436c6f736564546f436c6f73654164646974696f6e616c5265766965773c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f73654164646974696f6e616c526576696577546f4164646974696f6e616c526576696577436f6d6d656e7465643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226164646974696f6e616c526576696577436f6d6d656e74656422206e616d653d22416e7920636f6d6d656e7420696e204164646974696f6e616c205265766965773f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f73654164646974696f6e616c526576696577546f4164646974696f6e616c526576696577436f6d6d656e7465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c5265766965774e6f436f6d6d656e743c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c52657669657757697468436f6d6d656e74733c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226164646974696f6e616c5265766965774a756467656422206e616d653d224164646974696f6e616c20526576696577206a7564676564206279207468652063686169726d616e223e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c52657669657757697468436f6d6d656e74733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c5265766965774a7564676564546f4164646974696f6e616c526576696577526f7574653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226164646974696f6e616c5265766965774a75646765644d65737361676522206d6573736167655265663d224161704164646974696f6e616c5265766965774a756467656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226164646974696f6e616c526576696577526f75746522206e616d653d22576869636820726f757465206166746572204164646974696f6e616c205265766965773f223e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c5265766965774a7564676564546f4164646974696f6e616c526576696577526f7574653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c526576696577417070726f76653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c5265766965774d656574696e673c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f4d656574696e6722206e616d653d22417070726f766520617420746865205347206d656574696e67223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c4d656574696e673c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e7265736f6c7574696f6e4d656574696e673c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c5265766965774d656574696e673c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f4d656574696e67546f4d656574696e67416e6e6f756e6365643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226d656574696e67416e6e6f756e63656422206e616d653d224d656574696e6720616e6e6f756e636564202833207765656b7320616865616429223e0a2020202020203c62706d6e3a696e636f6d696e673e746f4d656574696e67546f4d656574696e67416e6e6f756e6365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e67416e6e6f756e636564546f4d656574696e674f7574636f6d655265636f726465643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226d656574696e67416e6e6f756e6365644d65737361676522206d6573736167655265663d224161704d656574696e67416e6e6f756e63656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226d656574696e674f7574636f6d655265636f7264656422206e616d653d224d656574696e67206f7574636f6d65207265636f72646564223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e67416e6e6f756e636564546f4d656574696e674f7574636f6d655265636f726465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226d656574696e674f7574636f6d655265636f726465644d65737361676522206d6573736167655265663d224161704d656574696e674f7574636f6d655265636f7264656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226d656574696e674465636973696f6e22206e616d653d22576861742064696420746865206d656574696e67206465636964653f223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e67417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674d6f766564546f5461703c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674d6f726554696d653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d226d6f766564546f54617022206e616d653d224d6f76656420746f20544150223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674d6f766564546f5461703c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a6576656e744261736564476174657761792069643d226d6f726554696d6557696e646f7722206e616d653d224f626a656374696f6e2077697468696e2034207765656b733f223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674d6f726554696d653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d6557696e646f77546f5365636f6e644f626a656374696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6576656e744261736564476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226d6f726554696d65436c6f73656422206e616d653d224d6f72652074696d6520636c6f736564223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d65436c6f736564546f436c6f73654d6f726554696d653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226d6f726554696d65436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d65436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f73654d6f726554696d6522206e616d653d22446563696465206166746572206d6f72652074696d65222063616d756e64613a64656c656761746545787072657373696f6e3d22247b636c6f73654d6f726554696d657d223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d65436c6f736564546f436c6f73654d6f726554696d653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226d6f726554696d654465636973696f6e22206e616d653d22417070726f766564206166746572206d6f72652074696d653f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d65417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d654e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d227365636f6e644f626a656374696f6e22206e616d653d225365636f6e64206f626a656374696f6e207265636569766564223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d6557696e646f77546f5365636f6e644f626a656374696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e7365636f6e644f626a656374696f6e546f546f4e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d227365636f6e644f626a656374696f6e4d65737361676522206d6573736167655265663d224161704d6f726554696d654465636964656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f417070726f76656422206e616d653d22223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c4e6f436f6d6d656e743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c417070726f76653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c5265766965774e6f436f6d6d656e743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c526576696577417070726f76653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e67417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d65417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d22617070726f76656422206e616d653d22417070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f4e6f74417070726f76656422206e616d653d22223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d654e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e7365636f6e644f626a656374696f6e546f546f4e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f4e6f74417070726f766564546f4e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d226e6f74417070726f76656422206e616d653d224e6f7420617070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e746f4e6f74417070726f766564546f4e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22617070726f76616c526571756573746564546f4c61737443616c6c416e6e6f756e6365642220736f757263655265663d22617070726f76616c52657175657374656422207461726765745265663d226c61737443616c6c416e6e6f756e63656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c416e6e6f756e636564546f4c61737443616c6c436c6f7365642220736f757263655265663d226c61737443616c6c416e6e6f756e63656422207461726765745265663d226c61737443616c6c436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c436c6f736564546f436c6f73654c61737443616c6c2220736f757263655265663d226c61737443616c6c436c6f73656422207461726765745265663d22636c6f73654c61737443616c6c22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f73654c61737443616c6c546f4c61737443616c6c436f6d6d656e7465642220736f757263655265663d22636c6f73654c61737443616c6c22207461726765745265663d226c61737443616c6c436f6d6d656e74656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c4e6f436f6d6d656e7422206e616d653d226e6f20636f6d6d656e742220736f757263655265663d226c61737443616c6c436f6d6d656e74656422207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6c61737443616c6c526573756c74203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c57697468436f6d6d656e747322206e616d653d22636f6d6d656e74732220736f757263655265663d226c61737443616c6c436f6d6d656e74656422207461726765745265663d226c61737443616c6c4a7564676564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6c61737443616c6c526573756c74203d3d20274a554447454d454e54277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c4a7564676564546f4c61737443616c6c526f7574652220736f757263655265663d226c61737443616c6c4a756467656422207461726765745265663d226c61737443616c6c526f75746522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c417070726f766522206e616d653d22616c6c207479706f67726170686963616c2220736f757263655265663d226c61737443616c6c526f75746522207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d2027415050524f5645277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c4d656574696e6722206e616d653d226e657874205347206d656574696e672220736f757263655265663d226c61737443616c6c526f75746522207461726765745265663d22746f4d656574696e67223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d20274d454554494e47277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c5265736f6c7574696f6e22206e616d653d22636f6d6d656e74207265736f6c7574696f6e2220736f757263655265663d226c61737443616c6c526f75746522207461726765745265663d22636f6d6d656e74735265736f6c766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d2027434f4d4d454e545f5245534f4c5554494f4e277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6d6d656e74735265736f6c766564546f5265736f6c7574696f6e4a75646765642220736f757263655265663d22636f6d6d656e74735265736f6c76656422207461726765745265663d227265736f6c7574696f6e4a756467656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227265736f6c7574696f6e4a7564676564546f5265736f6c7574696f6e526f7574652220736f757263655265663d227265736f6c7574696f6e4a756467656422207461726765745265663d227265736f6c7574696f6e526f75746522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227265736f6c7574696f6e4164646974696f6e616c52657669657722206e616d653d224164646974696f6e616c205265766965772220736f757263655265663d227265736f6c7574696f6e526f75746522207461726765745265663d226164646974696f6e616c526576696577416e6e6f756e636564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d20274144444954494f4e414c5f524556494557277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227265736f6c7574696f6e4d656574696e6722206e616d653d226e657874205347206d656574696e672220736f757263655265663d227265736f6c7574696f6e526f75746522207461726765745265663d22746f4d656574696e67223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d20274d454554494e4727207c7c20726f757465203d3d20274d454554494e475f4e45575f4e4f524d41544956455f5245464552454e4345277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c526576696577416e6e6f756e636564546f4164646974696f6e616c526576696577436c6f7365642220736f757263655265663d226164646974696f6e616c526576696577416e6e6f756e63656422207461726765745265663d226164646974696f6e616c526576696577436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c526576696577436c6f736564546f436c6f73654164646974696f6e616c5265766965772220736f757263655265663d226164646974696f6e616c526576696577436c6f73656422207461726765745265663d22636c6f73654164646974696f6e616c52657669657722202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f73654164646974696f6e616c526576696577546f4164646974696f6e616c526576696577436f6d6d656e7465642220736f757263655265663d22636c6f73654164646974696f6e616c52657669657722207461726765745265663d226164646974696f6e616c526576696577436f6d6d656e74656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c5265766965774e6f436f6d6d656e7422206e616d653d226e6f20636f6d6d656e742220736f757263655265663d226164646974696f6e616c526576696577436f6d6d656e74656422207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6164646974696f6e616c526576696577526573756c74203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c52657669657757697468436f6d6d656e747322206e616d653d22636f6d6d656e74732220736f757263655265663d226164646974696f6e616c526576696577436f6d6d656e74656422207461726765745265663d226164646974696f6e616c5265766965774a7564676564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6164646974696f6e616c526576696577526573756c74203d3d20274a554447454d454e54277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c5265766965774a7564676564546f4164646974696f6e616c526576696577526f7574652220736f757263655265663d226164646974696f6e616c5265766965774a756467656422207461726765745265663d226164646974696f6e616c526576696577526f75746522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c526576696577417070726f766522206e616d653d22616c6c207479706f67726170686963616c2220736f757263655265663d226164646974696f6e616c526576696577526f75746522207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d2027415050524f5645277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c5265766965774d656574696e6722206e616d653d226e657874205347206d656574696e672220736f757263655265663d226164646974696f6e616c526576696577526f75746522207461726765745265663d22746f4d656574696e67223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d20274d454554494e47277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f4d656574696e67546f4d656574696e67416e6e6f756e6365642220736f757263655265663d22746f4d656574696e6722207461726765745265663d226d656574696e67416e6e6f756e63656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e67416e6e6f756e636564546f4d656574696e674f7574636f6d655265636f726465642220736f757263655265663d226d656574696e67416e6e6f756e63656422207461726765745265663d226d656574696e674f7574636f6d655265636f7264656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e2220736f757263655265663d226d656574696e674f7574636f6d655265636f7264656422207461726765745265663d226d656574696e674465636973696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e67417070726f76656422206e616d653d226174206d6f7374206f6e65206f626a656374696f6e2220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674e6f74417070726f76656422206e616d653d2274776f206f72206d6f7265206f626a656374696f6e732220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d22746f4e6f74417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d20274e4f545f415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674d6f766564546f54617022206e616d653d22706f6c69637920696d706c69636174696f6e732220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d226d6f766564546f546170223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d20274d4f5645445f544f5f544150277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674d6f726554696d6522206e616d653d226d6f72652074696d652061736b65642220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d226d6f726554696d6557696e646f77223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d20274d4f52455f54494d45277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365642220736f757263655265663d226d6f726554696d6557696e646f7722207461726765745265663d226d6f726554696d65436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d6557696e646f77546f5365636f6e644f626a656374696f6e2220736f757263655265663d226d6f726554696d6557696e646f7722207461726765745265663d227365636f6e644f626a656374696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d652220736f757263655265663d226d6f726554696d65436c6f73656422207461726765745265663d22636c6f73654d6f726554696d6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e2220736f757263655265663d22636c6f73654d6f726554696d6522207461726765745265663d226d6f726554696d654465636973696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d65417070726f76656422206e616d653d22617070726f7665642220736f757263655265663d226d6f726554696d654465636973696f6e22207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d654465636973696f6e203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d654e6f74417070726f76656422206e616d653d226e6f7420617070726f7665642220736f757263655265663d226d6f726554696d654465636973696f6e22207461726765745265663d22746f4e6f74417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d654465636973696f6e203d3d20274e4f545f415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227365636f6e644f626a656374696f6e546f546f4e6f74417070726f7665642220736f757263655265663d227365636f6e644f626a656374696f6e22207461726765745265663d22746f4e6f74417070726f76656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f417070726f766564546f417070726f7665642220736f757263655265663d22746f417070726f76656422207461726765745265663d22617070726f76656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f4e6f74417070726f766564546f4e6f74417070726f7665642220736f757263655265663d22746f4e6f74417070726f76656422207461726765745265663d226e6f74417070726f76656422202f3e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d2069643d22616170417070726f76616c4469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22616170417070726f76616c506c616e65222062706d6e456c656d656e743d22616170417070726f76616c223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76616c5265717565737465645368617065222062706d6e456c656d656e743d22617070726f76616c526571756573746564223e0a20202020202020203c64633a426f756e647320783d223130322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d2237352220793d22313232222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61737443616c6c416e6e6f756e6365645368617065222062706d6e456c656d656e743d226c61737443616c6c416e6e6f756e636564223e0a20202020202020203c64633a426f756e647320783d223233322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223230352220793d22313232222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61737443616c6c436c6f7365645368617065222062706d6e456c656d656e743d226c61737443616c6c436c6f736564223e0a20202020202020203c64633a426f756e647320783d223336322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223333352220793d22313232222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f73654c61737443616c6c5368617065222062706d6e456c656d656e743d22636c6f73654c61737443616c6c223e0a20202020202020203c64633a426f756e647320783d223435352220793d223630222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61737443616c6c436f6d6d656e7465645368617065222062706d6e456c656d656e743d226c61737443616c6c436f6d6d656e746564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223631352220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223539352220793d223433222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61737443616c6c4a75646765645368617065222062706d6e456c656d656e743d226c61737443616c6c4a7564676564223e0a20202020202020203c64633a426f756e647320783d223632322220793d22323132222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223539352220793d22323532222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61737443616c6c526f7574655368617065222062706d6e456c656d656e743d226c61737443616c6c526f757465222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223734352220793d22323035222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223638382220793d22313539222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636f6d6d656e74735265736f6c7665645368617065222062706d6e456c656d656e743d22636f6d6d656e74735265736f6c766564223e0a20202020202020203c64633a426f756e647320783d223838322220793d22333432222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223835352220793d22333832222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265736f6c7574696f6e4a75646765645368617065222062706d6e456c656d656e743d227265736f6c7574696f6e4a7564676564223e0a20202020202020203c64633a426f756e647320783d22313031322220793d22333432222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223938352220793d22333832222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265736f6c7574696f6e526f7574655368617065222062706d6e456c656d656e743d227265736f6c7574696f6e526f757465222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313133352220793d22333335222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313037382220793d22323839222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226164646974696f6e616c526576696577416e6e6f756e6365645368617065222062706d6e456c656d656e743d226164646974696f6e616c526576696577416e6e6f756e636564223e0a20202020202020203c64633a426f756e647320783d22313330322220793d22333432222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313237352220793d22333832222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226164646974696f6e616c526576696577436c6f7365645368617065222062706d6e456c656d656e743d226164646974696f6e616c526576696577436c6f736564223e0a20202020202020203c64633a426f756e647320783d22313433322220793d22333432222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313430352220793d22333832222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f73654164646974696f6e616c5265766965775368617065222062706d6e456c656d656e743d22636c6f73654164646974696f6e616c526576696577223e0a20202020202020203c64633a426f756e647320783d22313532352220793d22333230222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226164646974696f6e616c526576696577436f6d6d656e7465645368617065222062706d6e456c656d656e743d226164646974696f6e616c526576696577436f6d6d656e746564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313638352220793d22333335222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313636352220793d22323839222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226164646974696f6e616c5265766965774a75646765645368617065222062706d6e456c656d656e743d226164646974696f6e616c5265766965774a7564676564223e0a20202020202020203c64633a426f756e647320783d22313639322220793d22343732222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313636352220793d22353132222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226164646974696f6e616c526576696577526f7574655368617065222062706d6e456c656d656e743d226164646974696f6e616c526576696577526f757465222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313831352220793d22343635222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313735382220793d22343035222077696474683d22393022206865696768743d22353622202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f4d656574696e675368617065222062706d6e456c656d656e743d22746f4d656574696e67222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223734352220793d22363635222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223732352220793d22373139222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d656574696e67416e6e6f756e6365645368617065222062706d6e456c656d656e743d226d656574696e67416e6e6f756e636564223e0a20202020202020203c64633a426f756e647320783d223838322220793d22363732222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223835352220793d22373132222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d656574696e674f7574636f6d655265636f726465645368617065222062706d6e456c656d656e743d226d656574696e674f7574636f6d655265636f72646564223e0a20202020202020203c64633a426f756e647320783d22313031322220793d22363732222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223938352220793d22373132222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d656574696e674465636973696f6e5368617065222062706d6e456c656d656e743d226d656574696e674465636973696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313133352220793d22363635222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313037382220793d22363333222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d6557696e646f775368617065222062706d6e456c656d656e743d226d6f726554696d6557696e646f77223e0a20202020202020203c64633a426f756e647320783d22313239352220793d22373935222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313233382220793d22373633222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d65436c6f7365645368617065222062706d6e456c656d656e743d226d6f726554696d65436c6f736564223e0a20202020202020203c64633a426f756e647320783d22313433322220793d22383032222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313430352220793d22383432222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f73654d6f726554696d655368617065222062706d6e456c656d656e743d22636c6f73654d6f726554696d65223e0a20202020202020203c64633a426f756e647320783d22313532352220793d22373830222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d654465636973696f6e5368617065222062706d6e456c656d656e743d226d6f726554696d654465636973696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313638352220793d22373935222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313636352220793d22373633222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227365636f6e644f626a656374696f6e5368617065222062706d6e456c656d656e743d227365636f6e644f626a656374696f6e223e0a20202020202020203c64633a426f756e647320783d22313433322220793d22393232222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313430352220793d22383736222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f766564546f5461705368617065222062706d6e456c656d656e743d226d6f766564546f546170223e0a20202020202020203c64633a426f756e647320783d22313031322220793d2231303332222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223938372220793d2231303732222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f4e6f74417070726f7665645368617065222062706d6e456c656d656e743d22746f4e6f74417070726f766564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313934352220793d2231303235222077696474683d22353022206865696768743d22353022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226e6f74417070726f7665645368617065222062706d6e456c656d656e743d226e6f74417070726f766564223e0a20202020202020203c64633a426f756e647320783d22323038322220793d2231303332222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22323035372220793d2231303732222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f417070726f7665645368617065222062706d6e456c656d656e743d22746f417070726f766564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313934352220793d223735222077696474683d22353022206865696768743d22353022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f7665645368617065222062706d6e456c656d656e743d22617070726f766564223e0a20202020202020203c64633a426f756e647320783d22323038322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22323036392220793d22313232222077696474683d22363222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22617070726f76616c526571756573746564546f4c61737443616c6c416e6e6f756e63656445646765222062706d6e456c656d656e743d22617070726f76616c526571756573746564546f4c61737443616c6c416e6e6f756e636564223e0a20202020202020203c64693a776179706f696e7420783d223133382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223233322220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c416e6e6f756e636564546f4c61737443616c6c436c6f73656445646765222062706d6e456c656d656e743d226c61737443616c6c416e6e6f756e636564546f4c61737443616c6c436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d223236382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223336322220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c436c6f736564546f436c6f73654c61737443616c6c45646765222062706d6e456c656d656e743d226c61737443616c6c436c6f736564546f436c6f73654c61737443616c6c223e0a20202020202020203c64693a776179706f696e7420783d223339382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223435352220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f73654c61737443616c6c546f4c61737443616c6c436f6d6d656e74656445646765222062706d6e456c656d656e743d22636c6f73654c61737443616c6c546f4c61737443616c6c436f6d6d656e746564223e0a20202020202020203c64693a776179706f696e7420783d223536352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223631352220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c4e6f436f6d6d656e7445646765222062706d6e456c656d656e743d226c61737443616c6c4e6f436f6d6d656e74223e0a20202020202020203c64693a776179706f696e7420783d223636352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22313934352220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223637312220793d223832222077696474683d22373422206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c57697468436f6d6d656e747345646765222062706d6e456c656d656e743d226c61737443616c6c57697468436f6d6d656e7473223e0a20202020202020203c64693a776179706f696e7420783d223634302220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223634302220793d2232313222202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223634352220793d22313331222077696474683d22363222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c4a7564676564546f4c61737443616c6c526f75746545646765222062706d6e456c656d656e743d226c61737443616c6c4a7564676564546f4c61737443616c6c526f757465223e0a20202020202020203c64693a776179706f696e7420783d223635382220793d2232333022202f3e0a20202020202020203c64693a776179706f696e7420783d223734352220793d2232333022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c417070726f766545646765222062706d6e456c656d656e743d226c61737443616c6c417070726f7665223e0a20202020202020203c64693a776179706f696e7420783d223739352220793d2232333022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2232333022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223830312220793d22323334222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c5265736f6c7574696f6e45646765222062706d6e456c656d656e743d226c61737443616c6c5265736f6c7574696f6e223e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2232353522202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d223838322220793d2233363022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223737362220793d22333238222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c4d656574696e6745646765222062706d6e456c656d656e743d226c61737443616c6c4d656574696e67223e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2232353522202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2236363522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223636392220793d22333636222077696474683d22393622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6d6d656e74735265736f6c766564546f5265736f6c7574696f6e4a756467656445646765222062706d6e456c656d656e743d22636f6d6d656e74735265736f6c766564546f5265736f6c7574696f6e4a7564676564223e0a20202020202020203c64693a776179706f696e7420783d223931382220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313031322220793d2233363022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227265736f6c7574696f6e4a7564676564546f5265736f6c7574696f6e526f75746545646765222062706d6e456c656d656e743d227265736f6c7574696f6e4a7564676564546f5265736f6c7574696f6e526f757465223e0a20202020202020203c64693a776179706f696e7420783d22313034382220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313133352220793d2233363022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227265736f6c7574696f6e4164646974696f6e616c52657669657745646765222062706d6e456c656d656e743d227265736f6c7574696f6e4164646974696f6e616c526576696577223e0a20202020202020203c64693a776179706f696e7420783d22313138352220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313330322220793d2233363022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313139312220793d22333238222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227265736f6c7574696f6e4d656574696e6745646765222062706d6e456c656d656e743d227265736f6c7574696f6e4d656574696e67223e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2233383522202f3e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2234333022202f3e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2235383022202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2235383022202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2236363522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313136352220793d22343336222077696474683d22393622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c526576696577416e6e6f756e636564546f4164646974696f6e616c526576696577436c6f73656445646765222062706d6e456c656d656e743d226164646974696f6e616c526576696577416e6e6f756e636564546f4164646974696f6e616c526576696577436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d22313333382220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313433322220793d2233363022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c526576696577436c6f736564546f436c6f73654164646974696f6e616c52657669657745646765222062706d6e456c656d656e743d226164646974696f6e616c526576696577436c6f736564546f436c6f73654164646974696f6e616c526576696577223e0a20202020202020203c64693a776179706f696e7420783d22313436382220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2233363022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f73654164646974696f6e616c526576696577546f4164646974696f6e616c526576696577436f6d6d656e74656445646765222062706d6e456c656d656e743d22636c6f73654164646974696f6e616c526576696577546f4164646974696f6e616c526576696577436f6d6d656e746564223e0a20202020202020203c64693a776179706f696e7420783d22313633352220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313638352220793d2233363022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c5265766965774e6f436f6d6d656e7445646765222062706d6e456c656d656e743d226164646974696f6e616c5265766965774e6f436f6d6d656e74223e0a20202020202020203c64693a776179706f696e7420783d22313733352220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313734312220793d22333432222077696474683d22373422206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c52657669657757697468436f6d6d656e747345646765222062706d6e456c656d656e743d226164646974696f6e616c52657669657757697468436f6d6d656e7473223e0a20202020202020203c64693a776179706f696e7420783d22313731302220793d2233383522202f3e0a20202020202020203c64693a776179706f696e7420783d22313731302220793d2234373222202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313731352220793d22333931222077696474683d22363222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c5265766965774a7564676564546f4164646974696f6e616c526576696577526f75746545646765222062706d6e456c656d656e743d226164646974696f6e616c5265766965774a7564676564546f4164646974696f6e616c526576696577526f757465223e0a20202020202020203c64693a776179706f696e7420783d22313732382220793d2234393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313831352220793d2234393022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c526576696577417070726f766545646765222062706d6e456c656d656e743d226164646974696f6e616c526576696577417070726f7665223e0a20202020202020203c64693a776179706f696e7420783d22313836352220793d2234393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2234393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313837312220793d22343934222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c5265766965774d656574696e6745646765222062706d6e456c656d656e743d226164646974696f6e616c5265766965774d656574696e67223e0a20202020202020203c64693a776179706f696e7420783d22313834302220793d2235313522202f3e0a20202020202020203c64693a776179706f696e7420783d22313834302220793d2235383022202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2235383022202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2236363522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313733382220793d22353834222077696474683d22393622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f4d656574696e67546f4d656574696e67416e6e6f756e63656445646765222062706d6e456c656d656e743d22746f4d656574696e67546f4d656574696e67416e6e6f756e636564223e0a20202020202020203c64693a776179706f696e7420783d223739352220793d2236393022202f3e0a20202020202020203c64693a776179706f696e7420783d223838322220793d2236393022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e67416e6e6f756e636564546f4d656574696e674f7574636f6d655265636f7264656445646765222062706d6e456c656d656e743d226d656574696e67416e6e6f756e636564546f4d656574696e674f7574636f6d655265636f72646564223e0a20202020202020203c64693a776179706f696e7420783d223931382220793d2236393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313031322220793d2236393022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e45646765222062706d6e456c656d656e743d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e223e0a20202020202020203c64693a776179706f696e7420783d22313034382220793d2236393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313133352220793d2236393022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e67417070726f76656445646765222062706d6e456c656d656e743d226d656574696e67417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313138352220793d2236393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2236393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313139312220793d22363934222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674d6f726554696d6545646765222062706d6e456c656d656e743d226d656574696e674d6f726554696d65223e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2237313522202f3e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2238323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313239352220793d2238323022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313136362220793d22383032222077696474683d22393622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674e6f74417070726f76656445646765222062706d6e456c656d656e743d226d656574696e674e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2237313522202f3e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d223130353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313934352220793d223130353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313136362220793d2231303138222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674d6f766564546f54617045646765222062706d6e456c656d656e743d226d656574696e674d6f766564546f546170223e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2237313522202f3e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d223130353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313034382220793d223130353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313036342220793d2231303138222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f73656445646765222062706d6e456c656d656e743d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d22313334352220793d2238323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313433322220793d2238323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d6557696e646f77546f5365636f6e644f626a656374696f6e45646765222062706d6e456c656d656e743d226d6f726554696d6557696e646f77546f5365636f6e644f626a656374696f6e223e0a20202020202020203c64693a776179706f696e7420783d22313332302220793d2238343522202f3e0a20202020202020203c64693a776179706f696e7420783d22313332302220793d2239343022202f3e0a20202020202020203c64693a776179706f696e7420783d22313433322220793d2239343022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d6545646765222062706d6e456c656d656e743d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d65223e0a20202020202020203c64693a776179706f696e7420783d22313436382220793d2238323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2238323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e45646765222062706d6e456c656d656e743d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e223e0a20202020202020203c64693a776179706f696e7420783d22313633352220793d2238323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313638352220793d2238323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d65417070726f76656445646765222062706d6e456c656d656e743d226d6f726554696d65417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313733352220793d2238323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2238323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313734312220793d22383234222077696474683d22363222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d654e6f74417070726f76656445646765222062706d6e456c656d656e743d226d6f726554696d654e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313731302220793d2238343522202f3e0a20202020202020203c64693a776179706f696e7420783d22313731302220793d223130353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313934352220793d223130353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313731352220793d22383531222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227365636f6e644f626a656374696f6e546f546f4e6f74417070726f76656445646765222062706d6e456c656d656e743d227365636f6e644f626a656374696f6e546f546f4e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313435302220793d2239353822202f3e0a20202020202020203c64693a776179706f696e7420783d22313435302220793d223130353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313934352220793d223130353022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f417070726f766564546f417070726f76656445646765222062706d6e456c656d656e743d22746f417070726f766564546f417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313939352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22323038322220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f4e6f74417070726f766564546f4e6f74417070726f76656445646765222062706d6e456c656d656e743d22746f4e6f74417070726f766564546f4e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313939352220793d223130353022202f3e0a20202020202020203c64693a776179706f696e7420783d22323038322220793d223130353022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a', false, NULL, 1, '2026-11-30 02:24:31.652', NULL, NULL);
INSERT INTO public.act_ge_bytearray VALUES ('2d079738-ec65-11f1-9326-02fc00000001', 1, 'processes/recommendation-deletion.bpmn', '2d06faf5-ec65-11f1-9326-02fc00000001', '\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44492220786d6c6e733a63616d756e64613d22687474703a2f2f63616d756e64612e6f72672f736368656d612f312e302f62706d6e2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e6365222069643d227265636f6d6d656e646174696f6e44656c6574696f6e446566696e6974696f6e7322207461726765744e616d6573706163653d2268747470733a2f2f726563666c6f772e6f72672f62706d6e22206578706f727465723d22726563666c6f7722206578706f7274657256657273696f6e3d2231223e0a20203c62706d6e3a70726f636573732069643d227265636f6d6d656e646174696f6e44656c6574696f6e22206e616d653d2244656c6574696f6e206f662061205265636f6d6d656e646174696f6e206265747765656e205754534173202857545341205265736f6c7574696f6e203120c2a7392e382e322c20412e3820c2a7382e32292220697345786563757461626c653d2274727565222063616d756e64613a686973746f727954696d65546f4c6976653d22313830223e0a202020203c62706d6e3a73746172744576656e742069643d2264656c6574696f6e41677265656422206e616d653d2244656c6574696f6e206167726565642c2063697263756c617220697373756564223e0a2020202020203c62706d6e3a6f7574676f696e673e64656c6574696f6e416772656564546f4f626a656374696f6e57696e646f77436c6f7365643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226f626a656374696f6e57696e646f77436c6f73656422206e616d653d224f626a656374696f6e2077696e646f7720636c6f736564202833206d6f6e74687329223e0a2020202020203c62706d6e3a696e636f6d696e673e64656c6574696f6e416772656564546f4f626a656374696f6e57696e646f77436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6f626a656374696f6e57696e646f77436c6f736564546f436865636b4f626a656374696f6e733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226f626a656374696f6e57696e646f77436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6f626a656374696f6e57696e646f77436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636865636b4f626a656374696f6e7322206e616d653d22436865636b20666f72206f626a656374696f6e73222063616d756e64613a64656c656761746545787072657373696f6e3d22247b64656c6574696f6e436c6f736557696e646f777d223e0a2020202020203c62706d6e3a696e636f6d696e673e6f626a656374696f6e57696e646f77436c6f736564546f436865636b4f626a656374696f6e733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636865636b4f626a656374696f6e73546f416e794f626a656374696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22616e794f626a656374696f6e22206e616d653d22416e79206f626a656374696f6e3f223e0a2020202020203c62706d6e3a696e636f6d696e673e636865636b4f626a656374696f6e73546f416e794f626a656374696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6e6f4f626a656374696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6f626a656374696f6e52656365697665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d2264656c6574656422206e616d653d2244656c65746564223e0a2020202020203c62706d6e3a696e636f6d696e673e6e6f4f626a656374696f6e3c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a656e644576656e742069643d2272657475726e6564546f537475647947726f757022206e616d653d2252657475726e656420746f207468652073747564792067726f7570223e0a2020202020203c62706d6e3a696e636f6d696e673e6f626a656374696f6e52656365697665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2264656c6574696f6e416772656564546f4f626a656374696f6e57696e646f77436c6f7365642220736f757263655265663d2264656c6574696f6e41677265656422207461726765745265663d226f626a656374696f6e57696e646f77436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226f626a656374696f6e57696e646f77436c6f736564546f436865636b4f626a656374696f6e732220736f757263655265663d226f626a656374696f6e57696e646f77436c6f73656422207461726765745265663d22636865636b4f626a656374696f6e7322202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636865636b4f626a656374696f6e73546f416e794f626a656374696f6e2220736f757263655265663d22636865636b4f626a656374696f6e7322207461726765745265663d22616e794f626a656374696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226e6f4f626a656374696f6e22206e616d653d226e6f2220736f757263655265663d22616e794f626a656374696f6e22207461726765745265663d2264656c65746564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b77696e646f77526573756c74203d3d202744454c45544544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226f626a656374696f6e526563656976656422206e616d653d227965732220736f757263655265663d22616e794f626a656374696f6e22207461726765745265663d2272657475726e6564546f537475647947726f7570223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b77696e646f77526573756c74203d3d202752455455524e45445f544f5f5347277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d2069643d227265636f6d6d656e646174696f6e44656c6574696f6e4469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d227265636f6d6d656e646174696f6e44656c6574696f6e506c616e65222062706d6e456c656d656e743d227265636f6d6d656e646174696f6e44656c6574696f6e223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2264656c6574696f6e4167726565645368617065222062706d6e456c656d656e743d2264656c6574696f6e416772656564223e0a20202020202020203c64633a426f756e647320783d2239372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d2236372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226f626a656374696f6e57696e646f77436c6f7365645368617065222062706d6e456c656d656e743d226f626a656374696f6e57696e646f77436c6f736564223e0a20202020202020203c64633a426f756e647320783d223234372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223231372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636865636b4f626a656374696f6e735368617065222062706d6e456c656d656e743d22636865636b4f626a656374696f6e73223e0a20202020202020203c64633a426f756e647320783d223336302220793d223630222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22616e794f626a656374696f6e5368617065222062706d6e456c656d656e743d22616e794f626a656374696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223534302220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223531302220793d223434222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2264656c657465645368617065222062706d6e456c656d656e743d2264656c65746564223e0a20202020202020203c64633a426f756e647320783d223639372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223636372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2272657475726e6564546f537475647947726f75705368617065222062706d6e456c656d656e743d2272657475726e6564546f537475647947726f7570223e0a20202020202020203c64633a426f756e647320783d223639372220793d22323032222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223636372220793d22323432222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2264656c6574696f6e416772656564546f4f626a656374696f6e57696e646f77436c6f73656445646765222062706d6e456c656d656e743d2264656c6574696f6e416772656564546f4f626a656374696f6e57696e646f77436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d223133332220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223234372220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226f626a656374696f6e57696e646f77436c6f736564546f436865636b4f626a656374696f6e7345646765222062706d6e456c656d656e743d226f626a656374696f6e57696e646f77436c6f736564546f436865636b4f626a656374696f6e73223e0a20202020202020203c64693a776179706f696e7420783d223238332220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223336302220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636865636b4f626a656374696f6e73546f416e794f626a656374696f6e45646765222062706d6e456c656d656e743d22636865636b4f626a656374696f6e73546f416e794f626a656374696f6e223e0a20202020202020203c64693a776179706f696e7420783d223437302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223534302220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226e6f4f626a656374696f6e45646765222062706d6e456c656d656e743d226e6f4f626a656374696f6e223e0a20202020202020203c64693a776179706f696e7420783d223539302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223639372220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223633302220793d223832222077696474683d22333022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226f626a656374696f6e526563656976656445646765222062706d6e456c656d656e743d226f626a656374696f6e5265636569766564223e0a20202020202020203c64693a776179706f696e7420783d223536352220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223536352220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223639372220793d2232323022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223537312220793d22313630222077696474683d22333022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a', false, NULL, 1, '2026-11-30 02:24:31.652', NULL, NULL);
INSERT INTO public.act_ge_bytearray VALUES ('2d079739-ec65-11f1-9326-02fc00000001', 1, 'processes/question-approval.bpmn', '2d06faf5-ec65-11f1-9326-02fc00000001', '\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44492220786d6c6e733a63616d756e64613d22687474703a2f2f63616d756e64612e6f72672f736368656d612f312e302f62706d6e2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e6365222069643d227175657374696f6e417070726f76616c446566696e6974696f6e7322207461726765744e616d6573706163653d2268747470733a2f2f726563666c6f772e6f72672f62706d6e22206578706f727465723d22726563666c6f7722206578706f7274657256657273696f6e3d2231223e0a20203c62706d6e3a70726f636573732069643d227175657374696f6e417070726f76616c22206e616d653d22417070726f76616c206f662061206e6577206f722072657669736564205175657374696f6e206265747765656e205754534173202857545341205265736f6c7574696f6e203120c2a7372e33292220697345786563757461626c653d2274727565222063616d756e64613a686973746f727954696d65546f4c6976653d22313830223e0a202020203c62706d6e3a73746172744576656e742069643d227175657374696f6e41677265656422206e616d653d225175657374696f6e20616772656564223e0a2020202020203c62706d6e3a6f7574676f696e673e7175657374696f6e416772656564546f506f6c696379496d706c69636174696f6e733c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22706f6c696379496d706c69636174696f6e7322206e616d653d22506f6c69637920696d706c69636174696f6e73206f7220646f7562743f223e0a2020202020203c62706d6e3a696e636f6d696e673e7175657374696f6e416772656564546f506f6c696379496d706c69636174696f6e733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6e6f506f6c696379496d706c69636174696f6e733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e706f6c696379496d706c69636174696f6e734f72446f7562743c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d22636f6e73756c746174696f6e436c6f73656422206e616d653d22436f6e73756c746174696f6e20636c6f736564202832206d6f6e74687329223e0a2020202020203c62706d6e3a696e636f6d696e673e706f6c696379496d706c69636174696f6e734f72446f7562743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d22636f6e73756c746174696f6e436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f7365436f6e73756c746174696f6e22206e616d653d22436f756e7420746865204d656d626572205374617465207265706c696573222063616d756e64613a64656c656761746545787072657373696f6e3d22247b7175657374696f6e436c6f7365436f6e73756c746174696f6e7d223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65743c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d227468726573686f6c644d657422206e616d653d22373025206f72206d6f726520696e20737570706f72742c206f72206e6f207265706c793f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e537570706f7274733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e42656c6f775468726573686f6c643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f417070726f76656422206e616d653d22223e0a2020202020203c62706d6e3a696e636f6d696e673e6e6f506f6c696379496d706c69636174696f6e733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e537570706f7274733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d22617070726f76656422206e616d653d22417070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a656e644576656e742069643d2272657475726e6564546f537475647947726f757022206e616d653d2252657475726e656420746f207468652073747564792067726f7570223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e42656c6f775468726573686f6c643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226e6f506f6c696379496d706c69636174696f6e7322206e616d653d226e6f2028c2a7372e332e33292220736f757263655265663d22706f6c696379496d706c69636174696f6e7322207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b21706f6c696379496d706c69636174696f6e737d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22706f6c696379496d706c69636174696f6e734f72446f75627422206e616d653d227965733a20636f6e73756c7420746865204d656d626572205374617465732220736f757263655265663d22706f6c696379496d706c69636174696f6e7322207461726765745265663d22636f6e73756c746174696f6e436c6f736564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b706f6c696379496d706c69636174696f6e737d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227175657374696f6e416772656564546f506f6c696379496d706c69636174696f6e732220736f757263655265663d227175657374696f6e41677265656422207461726765745265663d22706f6c696379496d706c69636174696f6e7322202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e2220736f757263655265663d22636f6e73756c746174696f6e436c6f73656422207461726765745265663d22636c6f7365436f6e73756c746174696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65742220736f757263655265663d22636c6f7365436f6e73756c746174696f6e22207461726765745265663d227468726573686f6c644d657422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e537570706f72747322206e616d653d227965732220736f757263655265663d227468726573686f6c644d657422207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e526573756c74203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e42656c6f775468726573686f6c6422206e616d653d2262656c6f77203730252220736f757263655265663d227468726573686f6c644d657422207461726765745265663d2272657475726e6564546f537475647947726f7570223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e526573756c74203d3d202752455455524e45445f544f5f5347277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f417070726f766564546f417070726f7665642220736f757263655265663d22746f417070726f76656422207461726765745265663d22617070726f76656422202f3e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d2069643d227175657374696f6e417070726f76616c4469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d227175657374696f6e417070726f76616c506c616e65222062706d6e456c656d656e743d227175657374696f6e417070726f76616c223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227175657374696f6e4167726565645368617065222062706d6e456c656d656e743d227175657374696f6e416772656564223e0a20202020202020203c64633a426f756e647320783d2239372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d2236372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22706f6c696379496d706c69636174696f6e735368617065222062706d6e456c656d656e743d22706f6c696379496d706c69636174696f6e73222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223234302220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223231302220793d223430222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636f6e73756c746174696f6e436c6f7365645368617065222062706d6e456c656d656e743d22636f6e73756c746174696f6e436c6f736564223e0a20202020202020203c64633a426f756e647320783d223339372220793d22323032222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223336372220793d22323432222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f7365436f6e73756c746174696f6e5368617065222062706d6e456c656d656e743d22636c6f7365436f6e73756c746174696f6e223e0a20202020202020203c64633a426f756e647320783d223531302220793d22313830222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227468726573686f6c644d65745368617065222062706d6e456c656d656e743d227468726573686f6c644d6574222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223639302220793d22313935222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223636302220793d22313630222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f417070726f7665645368617065222062706d6e456c656d656e743d22746f417070726f766564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223834302220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223831302220793d22313239222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f7665645368617065222062706d6e456c656d656e743d22617070726f766564223e0a20202020202020203c64633a426f756e647320783d223939372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223936372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2272657475726e6564546f537475647947726f75705368617065222062706d6e456c656d656e743d2272657475726e6564546f537475647947726f7570223e0a20202020202020203c64633a426f756e647320783d223939372220793d22333232222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223936372220793d22333632222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226e6f506f6c696379496d706c69636174696f6e7345646765222062706d6e456c656d656e743d226e6f506f6c696379496d706c69636174696f6e73223e0a20202020202020203c64693a776179706f696e7420783d223239302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223834302220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223239342220793d223832222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22706f6c696379496d706c69636174696f6e734f72446f75627445646765222062706d6e456c656d656e743d22706f6c696379496d706c69636174696f6e734f72446f756274223e0a20202020202020203c64693a776179706f696e7420783d223236352220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223236352220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223339372220793d2232323022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223237322220793d22313530222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227175657374696f6e416772656564546f506f6c696379496d706c69636174696f6e7345646765222062706d6e456c656d656e743d227175657374696f6e416772656564546f506f6c696379496d706c69636174696f6e73223e0a20202020202020203c64693a776179706f696e7420783d223133332220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223234302220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e45646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e223e0a20202020202020203c64693a776179706f696e7420783d223433332220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223531302220793d2232323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d657445646765222062706d6e456c656d656e743d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d6574223e0a20202020202020203c64693a776179706f696e7420783d223632302220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223639302220793d2232323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e537570706f72747345646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e537570706f727473223e0a20202020202020203c64693a776179706f696e7420783d223734302220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223836352220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223836352220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223737302220793d22323032222077696474683d22333022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e42656c6f775468726573686f6c6445646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e42656c6f775468726573686f6c64223e0a20202020202020203c64693a776179706f696e7420783d223731352220793d2232343522202f3e0a20202020202020203c64693a776179706f696e7420783d223731352220793d2233343022202f3e0a20202020202020203c64693a776179706f696e7420783d223939372220793d2233343022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223732322220793d22323830222077696474683d22363022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f417070726f766564546f417070726f76656445646765222062706d6e456c656d656e743d22746f417070726f766564546f417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d223839302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223939372220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a', false, NULL, 1, '2026-11-30 02:24:31.652', NULL, NULL);


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
INSERT INTO public.act_ge_property VALUES ('camunda.installation.id', 'aa77c7fe-3241-4424-8b72-f2068c5c31d1', 1);


--
-- Data for Name: act_ge_schema_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ge_schema_log VALUES ('0', '2026-11-30 02:24:30.82145', '7.24.0');


--
-- Data for Name: act_hi_actinst; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_hi_actinst VALUES ('approvalRequested:2e97d33d-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', 'approvalRequested', NULL, NULL, NULL, 'Approval requested after determination', 'startEvent', NULL, '2027-01-04 09:00:00', '2027-01-04 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('consultationAnnounced:2e9959e0-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e98e4ae-ec65-11f1-9326-02fc00000001', 'consultationAnnounced', NULL, NULL, NULL, 'Intent announced, consultation opened (3 months ahead)', 'intermediateMessageCatch', NULL, '2027-01-04 09:00:00', '2027-01-04 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('approvalRequested:2ebb60da-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'approvalRequested', NULL, NULL, NULL, 'Approval requested', 'startEvent', NULL, '2027-01-04 09:00:00', '2027-01-04 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallAnnounced:2ebb60dd-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb60db-ec65-11f1-9326-02fc00000001', 'lastCallAnnounced', NULL, NULL, NULL, 'Last Call announced', 'intermediateMessageCatch', NULL, '2027-01-04 09:00:00', '2027-01-04 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('closeLastCall:2ed614d5-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'closeLastCall', NULL, NULL, NULL, 'Count Last Call comments', 'serviceTask', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 7, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallCommented:2ed77468-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'lastCallCommented', NULL, NULL, NULL, 'Any comment in Last Call?', 'exclusiveGateway', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 9, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallClosed:2ec4afb1-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ec4afb0-ec65-11f1-9326-02fc00000001', 'lastCallClosed', NULL, NULL, NULL, 'Last Call closed', 'intermediateTimer', NULL, '2027-01-04 09:00:00', '2027-02-02 09:00:00', 2505600000, 4, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallRoute:2ee1ad9f-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'lastCallRoute', NULL, NULL, NULL, 'Which route after Last Call?', 'exclusiveGateway', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 13, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('toMeeting:2ee1d4b0-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'toMeeting', NULL, NULL, NULL, 'Approve at the SG meeting', 'exclusiveGateway', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 15, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallJudged:2ed7c28b-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ed7c289-ec65-11f1-9326-02fc00000001', 'lastCallJudged', NULL, NULL, NULL, 'Last Call judged by the chairman', 'intermediateMessageCatch', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 11, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('meetingAnnounced:2ee1d4b3-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ee1d4b1-ec65-11f1-9326-02fc00000001', 'meetingAnnounced', NULL, NULL, NULL, 'Meeting announced (3 weeks ahead)', 'intermediateMessageCatch', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 17, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('approvalRequested:2f0c672b-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'approvalRequested', NULL, NULL, NULL, 'Approval requested', 'startEvent', NULL, '2027-04-05 09:00:00', '2027-04-05 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallAnnounced:2f0c8e3e-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c8e3c-ec65-11f1-9326-02fc00000001', 'lastCallAnnounced', NULL, NULL, NULL, 'Last Call announced', 'intermediateMessageCatch', NULL, '2027-04-05 09:00:00', '2027-04-05 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('deletionAgreed:2f1bd08a-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', 'recommendationDeletion', 'recommendationDeletion:1:2d194981-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', 'deletionAgreed', NULL, NULL, NULL, 'Deletion agreed, circular issued', 'startEvent', NULL, '2027-04-05 09:00:00', '2027-04-05 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('objectionWindowClosed:2f1bd08c-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', 'recommendationDeletion', 'recommendationDeletion:1:2d194981-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1bd08b-ec65-11f1-9326-02fc00000001', 'objectionWindowClosed', NULL, NULL, NULL, 'Objection window closed (3 months)', 'intermediateTimer', NULL, '2027-04-05 09:00:00', NULL, NULL, 0, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallClosed:2f125aa2-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f125aa1-ec65-11f1-9326-02fc00000001', 'lastCallClosed', NULL, NULL, NULL, 'Last Call closed', 'intermediateTimer', NULL, '2027-04-05 09:00:00', '2027-05-04 09:00:00', 2505600000, 4, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('meetingOutcomeRecorded:2eea8746-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2eea6034-ec65-11f1-9326-02fc00000001', 'meetingOutcomeRecorded', NULL, NULL, NULL, 'Meeting outcome recorded', 'intermediateMessageCatch', NULL, '2027-02-02 09:00:00', '2027-05-26 17:00:00', 9792000000, 4, 19, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('consultationClosed:2eaf04c4-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2eaf04c3-ec65-11f1-9326-02fc00000001', 'consultationClosed', NULL, NULL, NULL, 'Consultation closed (7 working days before the meeting)', 'intermediateTimer', NULL, '2027-01-04 09:00:00', '2027-06-01 09:00:00', 12787200000, 4, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('consultationClosed:2f2f7faa-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', 'questionApproval', 'questionApproval:1:2d1997a3-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f7fa9-ec65-11f1-9326-02fc00000001', 'consultationClosed', NULL, NULL, NULL, 'Consultation closed (2 months)', 'intermediateTimer', NULL, '2027-05-03 09:00:00', NULL, NULL, 0, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('policyImplications:2f2f7fa8-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', 'questionApproval', 'questionApproval:1:2d1997a3-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', 'policyImplications', NULL, NULL, NULL, 'Policy implications or doubt?', 'exclusiveGateway', NULL, '2027-05-03 09:00:00', '2027-05-03 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('questionAgreed:2f2f5897-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', 'questionApproval', 'questionApproval:1:2d1997a3-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', 'questionAgreed', NULL, NULL, NULL, 'Question agreed', 'startEvent', NULL, '2027-05-03 09:00:00', '2027-05-03 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('approvalRequested:2f3c50f0-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', 'approvalRequested', NULL, NULL, NULL, 'Approval requested after determination', 'startEvent', NULL, '2027-05-03 09:00:00', '2027-05-03 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('consultationClosed:2f424467-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f424466-ec65-11f1-9326-02fc00000001', 'consultationClosed', NULL, NULL, NULL, 'Consultation closed (7 working days before the meeting)', 'intermediateTimer', NULL, '2027-05-03 09:00:00', NULL, NULL, 0, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('consultationAnnounced:2f3c50f3-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50f1-ec65-11f1-9326-02fc00000001', 'consultationAnnounced', NULL, NULL, NULL, 'Intent announced, consultation opened (3 months ahead)', 'intermediateMessageCatch', NULL, '2027-05-03 09:00:00', '2027-05-03 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('closeLastCall:2f4e043a-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'closeLastCall', NULL, NULL, NULL, 'Count Last Call comments', 'serviceTask', NULL, '2027-05-04 09:00:00', '2027-05-04 09:00:00', 0, 4, 7, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallCommented:2f4ea07d-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'lastCallCommented', NULL, NULL, NULL, 'Any comment in Last Call?', 'exclusiveGateway', NULL, '2027-05-04 09:00:00', '2027-05-04 09:00:00', 0, 4, 9, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('commentsResolved:2f5975f8-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f5975f6-ec65-11f1-9326-02fc00000001', 'commentsResolved', NULL, NULL, NULL, 'Comments resolved', 'intermediateMessageCatch', NULL, '2027-05-04 09:00:00', NULL, NULL, 0, 15, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallRoute:2f594ee5-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'lastCallRoute', NULL, NULL, NULL, 'Which route after Last Call?', 'exclusiveGateway', NULL, '2027-05-04 09:00:00', '2027-05-04 09:00:00', 0, 4, 13, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallJudged:2f4ea080-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f4ea07e-ec65-11f1-9326-02fc00000001', 'lastCallJudged', NULL, NULL, NULL, 'Last Call judged by the chairman', 'intermediateMessageCatch', NULL, '2027-05-04 09:00:00', '2027-05-04 09:00:00', 0, 4, 11, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('approvalRequested:2f9b39ed-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', 'approvalRequested', NULL, NULL, NULL, 'Approval requested', 'startEvent', NULL, '2027-05-24 09:00:00', '2027-05-24 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallClosed:2fa1a294-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', '2fa1a293-ec65-11f1-9326-02fc00000001', 'lastCallClosed', NULL, NULL, NULL, 'Last Call closed', 'intermediateTimer', NULL, '2027-05-24 09:00:00', NULL, NULL, 0, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallAnnounced:2f9b39f0-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b39ee-ec65-11f1-9326-02fc00000001', 'lastCallAnnounced', NULL, NULL, NULL, 'Last Call announced', 'intermediateMessageCatch', NULL, '2027-05-24 09:00:00', '2027-05-24 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('meetingDecision:2fe6c1ec-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'meetingDecision', NULL, NULL, NULL, 'What did the meeting decide?', 'exclusiveGateway', NULL, '2027-05-26 17:00:00', '2027-05-26 17:00:00', 0, 4, 21, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('moreTimeWindow:2fe6e8ff-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2fe6c1ed-ec65-11f1-9326-02fc00000001', 'moreTimeWindow', NULL, NULL, NULL, 'Objection within 4 weeks?', 'eventBasedGateway', NULL, '2027-05-26 17:00:00', NULL, NULL, 0, 23, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('closeConsultation:2fedc6d2-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', 'closeConsultation', NULL, NULL, NULL, 'Count the Member State replies', 'serviceTask', NULL, '2027-06-01 09:00:00', '2027-06-01 09:00:00', 0, 4, 7, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('meetingOutcomeRecorded:2feed848-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2feed846-ec65-11f1-9326-02fc00000001', 'meetingOutcomeRecorded', NULL, NULL, NULL, 'Meeting outcome recorded', 'intermediateMessageCatch', NULL, '2027-06-01 09:00:00', NULL, NULL, 0, 11, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('thresholdMet:2feed845-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', 'thresholdMet', NULL, NULL, NULL, '70% or more in support, or no reply?', 'exclusiveGateway', NULL, '2027-06-01 09:00:00', '2027-06-01 09:00:00', 0, 4, 9, NULL, NULL);


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

INSERT INTO public.act_hi_detail VALUES ('2e95d76c-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, '2e93db9a-ec65-11f1-9326-02fc00000001', '2e95141b-ec65-11f1-9326-02fc00000001', 'approvalId', 'long', 0, '2027-01-04 09:00:00', NULL, NULL, 1, '1', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('2eae8f92-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationAnnounced:2e9959e0-ec65-11f1-9326-02fc00000001', '2eae6881-ec65-11f1-9326-02fc00000001', 'consultationClosesAt', 'string', 0, '2027-01-04 09:00:00', NULL, NULL, NULL, '2027-05-27T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('2ebb39c9-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c8-ec65-11f1-9326-02fc00000001', 'approvalId', 'long', 0, '2027-01-04 09:00:00', NULL, NULL, 2, '2', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('2ec4618f-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallAnnounced:2ebb60dd-ec65-11f1-9326-02fc00000001', '2ec43a7e-ec65-11f1-9326-02fc00000001', 'lastCallClosesAt', 'string', 0, '2027-01-04 09:00:00', NULL, NULL, NULL, '2027-02-02T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('2ed74d57-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'closeLastCall:2ed614d5-ec65-11f1-9326-02fc00000001', '2ed74d56-ec65-11f1-9326-02fc00000001', 'lastCallResult', 'string', 0, '2027-02-02 09:00:00', NULL, NULL, NULL, 'JUDGEMENT', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('2ee15f7e-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallJudged:2ed7c28b-ec65-11f1-9326-02fc00000001', '2ee15f7d-ec65-11f1-9326-02fc00000001', 'route', 'string', 0, '2027-02-02 09:00:00', NULL, NULL, NULL, 'MEETING', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('2f0c672a-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6729-ec65-11f1-9326-02fc00000001', 'approvalId', 'long', 0, '2027-04-05 09:00:00', NULL, NULL, 3, '3', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('2f120c80-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallAnnounced:2f0c8e3e-ec65-11f1-9326-02fc00000001', '2f120c7f-ec65-11f1-9326-02fc00000001', 'lastCallClosesAt', 'string', 0, '2027-04-05 09:00:00', NULL, NULL, NULL, '2027-05-04T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('2f1bd087-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'recommendationDeletion', 'recommendationDeletion:1:2d194981-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1bd086-ec65-11f1-9326-02fc00000001', 'objectionWindowClosesAt', 'string', 0, '2027-04-05 09:00:00', NULL, NULL, NULL, '2027-07-06T00:00:00Z', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('2f1bd089-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'recommendationDeletion', 'recommendationDeletion:1:2d194981-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1bd088-ec65-11f1-9326-02fc00000001', 'deletionId', 'long', 0, '2027-04-05 09:00:00', NULL, NULL, 1, '1', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('2f2f0a72-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'questionApproval', 'questionApproval:1:2d1997a3-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a71-ec65-11f1-9326-02fc00000001', 'questionId', 'long', 0, '2027-05-03 09:00:00', NULL, NULL, 1, '1', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('2f2f5894-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'questionApproval', 'questionApproval:1:2d1997a3-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f5893-ec65-11f1-9326-02fc00000001', 'policyImplications', 'boolean', 0, '2027-05-03 09:00:00', NULL, NULL, 1, NULL, NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('2f2f5896-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'questionApproval', 'questionApproval:1:2d1997a3-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f5895-ec65-11f1-9326-02fc00000001', 'consultationClosesAt', 'string', 0, '2027-05-03 09:00:00', NULL, NULL, NULL, '2027-07-04T00:00:00Z', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('2f3c50ef-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ee-ec65-11f1-9326-02fc00000001', 'approvalId', 'long', 0, '2027-05-03 09:00:00', NULL, NULL, 4, '4', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('2f421d55-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationAnnounced:2f3c50f3-ec65-11f1-9326-02fc00000001', '2f421d54-ec65-11f1-9326-02fc00000001', 'consultationClosesAt', 'string', 0, '2027-05-03 09:00:00', NULL, NULL, NULL, '2027-08-26T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('2f4e796c-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'closeLastCall:2f4e043a-ec65-11f1-9326-02fc00000001', '2f4e796b-ec65-11f1-9326-02fc00000001', 'lastCallResult', 'string', 0, '2027-05-04 09:00:00', NULL, NULL, NULL, 'JUDGEMENT', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('2f588b94-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallJudged:2f4ea080-ec65-11f1-9326-02fc00000001', '2f588b93-ec65-11f1-9326-02fc00000001', 'route', 'string', 0, '2027-05-04 09:00:00', NULL, NULL, NULL, 'COMMENT_RESOLUTION', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('2f9b12dc-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12db-ec65-11f1-9326-02fc00000001', 'approvalId', 'long', 0, '2027-05-24 09:00:00', NULL, NULL, 5, '5', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('2fa17b82-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallAnnounced:2f9b39f0-ec65-11f1-9326-02fc00000001', '2fa15471-ec65-11f1-9326-02fc00000001', 'lastCallClosesAt', 'string', 0, '2027-05-24 09:00:00', NULL, NULL, NULL, '2027-06-22T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('2fe673c9-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'meetingOutcomeRecorded:2eea8746-ec65-11f1-9326-02fc00000001', '2fe673c8-ec65-11f1-9326-02fc00000001', 'meetingDecision', 'string', 0, '2027-05-26 17:00:00', NULL, NULL, NULL, 'MORE_TIME', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('2fe673cb-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'meetingOutcomeRecorded:2eea8746-ec65-11f1-9326-02fc00000001', '2fe673ca-ec65-11f1-9326-02fc00000001', 'moreTimeClosesAt', 'string', 0, '2027-05-26 17:00:00', NULL, NULL, NULL, '2027-06-24T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('2feed844-ec65-11f1-9326-02fc00000001', 'VariableUpdate', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'closeConsultation:2fedc6d2-ec65-11f1-9326-02fc00000001', '2feed843-ec65-11f1-9326-02fc00000001', 'consultationResult', 'string', 0, '2027-06-01 09:00:00', NULL, NULL, NULL, 'CONTINUE', NULL, 1, NULL, NULL, NULL, false);


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

INSERT INTO public.act_hi_job_log VALUES ('2cb7061c-ec65-11f1-9326-02fc00000001', '2026-11-30 02:24:31.124', '2cb5f4ab-ec65-11f1-9326-02fc00000001', '2026-11-30 01:00:00', 3, 0, NULL, NULL, 0, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, NULL, 'vm/pid5780', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2e19a285-ec65-11f1-9326-02fc00000001', '2026-11-30 02:24:33.448', '2cb5f4ab-ec65-11f1-9326-02fc00000001', '2026-11-30 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid5780', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2e82eba9-ec65-11f1-9326-02fc00000001', '2027-01-04 09:00:00', '2cb5f4ab-ec65-11f1-9326-02fc00000001', '2026-11-30 02:24:43.472', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid5780', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2eb28736-ec65-11f1-9326-02fc00000001', '2027-01-04 09:00:00', '2eb21205-ec65-11f1-9326-02fc00000001', '2027-05-27 00:00:00', 3, 0, NULL, NULL, 0, '2d18390c-ec65-11f1-9326-02fc00000001', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 'consultationClosed', NULL, '2eaf04c3-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', 'tapApproval', '2d06faf5-ec65-11f1-9326-02fc00000001', 1, NULL, 'vm/pid5780', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2ec4d6c3-ec65-11f1-9326-02fc00000001', '2027-01-04 09:00:00', '2ec4d6c2-ec65-11f1-9326-02fc00000001', '2027-02-02 00:00:00', 3, 0, NULL, NULL, 0, '2d19236f-ec65-11f1-9326-02fc00000001', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 'lastCallClosed', NULL, '2ec4afb0-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', 'aapApproval', '2d06faf5-ec65-11f1-9326-02fc00000001', 1, NULL, 'vm/pid5780', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2ecf8524-ec65-11f1-9326-02fc00000001', '2027-02-02 09:00:00', '2cb5f4ab-ec65-11f1-9326-02fc00000001', '2027-01-05 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid5780', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2ed7e99c-ec65-11f1-9326-02fc00000001', '2027-02-02 09:00:00', '2ec4d6c2-ec65-11f1-9326-02fc00000001', '2027-02-02 00:00:00', 3, 0, NULL, NULL, 2, '2d19236f-ec65-11f1-9326-02fc00000001', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 'lastCallClosed', NULL, '2ec4afb0-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', 'aapApproval', '2d06faf5-ec65-11f1-9326-02fc00000001', 4, NULL, 'vm/pid5780', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2f070ff7-ec65-11f1-9326-02fc00000001', '2027-04-05 09:00:00', '2cb5f4ab-ec65-11f1-9326-02fc00000001', '2027-02-03 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid5780', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2f1281b4-ec65-11f1-9326-02fc00000001', '2027-04-05 09:00:00', '2f1281b3-ec65-11f1-9326-02fc00000001', '2027-05-04 00:00:00', 3, 0, NULL, NULL, 0, '2d19236f-ec65-11f1-9326-02fc00000001', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 'lastCallClosed', NULL, '2f125aa1-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', 'aapApproval', '2d06faf5-ec65-11f1-9326-02fc00000001', 1, NULL, 'vm/pid5780', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2f1c1eae-ec65-11f1-9326-02fc00000001', '2027-04-05 09:00:00', '2f1c1ead-ec65-11f1-9326-02fc00000001', '2027-07-06 00:00:00', 3, 0, NULL, NULL, 0, '2d194982-ec65-11f1-9326-02fc00000001', 'timer-intermediate-transition', 'DATE: ${objectionWindowClosesAt}', 'objectionWindowClosed', NULL, '2f1bd08b-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', 'recommendationDeletion:1:2d194981-ec65-11f1-9326-02fc00000001', 'recommendationDeletion', '2d06faf5-ec65-11f1-9326-02fc00000001', 1, NULL, 'vm/pid5780', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2f22fc7f-ec65-11f1-9326-02fc00000001', '2027-05-03 09:00:00', '2cb5f4ab-ec65-11f1-9326-02fc00000001', '2027-04-06 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid5780', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2f2ff4dc-ec65-11f1-9326-02fc00000001', '2027-05-03 09:00:00', '2f2ff4db-ec65-11f1-9326-02fc00000001', '2027-07-04 00:00:00', 3, 0, NULL, NULL, 0, '2d1997a4-ec65-11f1-9326-02fc00000001', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 'consultationClosed', NULL, '2f2f7fa9-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', 'questionApproval:1:2d1997a3-ec65-11f1-9326-02fc00000001', 'questionApproval', '2d06faf5-ec65-11f1-9326-02fc00000001', 1, NULL, 'vm/pid5780', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2f426b79-ec65-11f1-9326-02fc00000001', '2027-05-03 09:00:00', '2f426b78-ec65-11f1-9326-02fc00000001', '2027-08-26 00:00:00', 3, 0, NULL, NULL, 0, '2d18390c-ec65-11f1-9326-02fc00000001', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 'consultationClosed', NULL, '2f424466-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', 'tapApproval', '2d06faf5-ec65-11f1-9326-02fc00000001', 1, NULL, 'vm/pid5780', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2f4ea081-ec65-11f1-9326-02fc00000001', '2027-05-04 09:00:00', '2f1281b3-ec65-11f1-9326-02fc00000001', '2027-05-04 00:00:00', 3, 0, NULL, NULL, 2, '2d19236f-ec65-11f1-9326-02fc00000001', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 'lastCallClosed', NULL, '2f125aa1-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', 'aapApproval', '2d06faf5-ec65-11f1-9326-02fc00000001', 4, NULL, 'vm/pid5780', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2f511182-ec65-11f1-9326-02fc00000001', '2027-05-04 09:00:00', '2cb5f4ab-ec65-11f1-9326-02fc00000001', '2027-05-04 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid5780', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2f5d6d99-ec65-11f1-9326-02fc00000001', '2027-05-24 09:00:00', '2cb5f4ab-ec65-11f1-9326-02fc00000001', '2027-05-05 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid5780', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2fa1a296-ec65-11f1-9326-02fc00000001', '2027-05-24 09:00:00', '2fa1a295-ec65-11f1-9326-02fc00000001', '2027-06-22 00:00:00', 3, 0, NULL, NULL, 0, '2d19236f-ec65-11f1-9326-02fc00000001', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 'lastCallClosed', NULL, '2fa1a293-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', 'aapApproval', '2d06faf5-ec65-11f1-9326-02fc00000001', 1, NULL, 'vm/pid5780', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2fa9b8e7-ec65-11f1-9326-02fc00000001', '2027-05-26 17:00:00', '2cb5f4ab-ec65-11f1-9326-02fc00000001', '2027-05-25 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid5780', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2fe71011-ec65-11f1-9326-02fc00000001', '2027-05-26 17:00:00', '2fe71010-ec65-11f1-9326-02fc00000001', '2027-06-24 00:00:00', 3, 0, NULL, NULL, 0, '2d19236e-ec65-11f1-9326-02fc00000001', 'timer-intermediate-transition', 'DATE: ${moreTimeClosesAt}', 'moreTimeClosed', NULL, '2fe6c1ed-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', 'aapApproval', '2d06faf5-ec65-11f1-9326-02fc00000001', 1, NULL, 'vm/pid5780', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2feeff59-ec65-11f1-9326-02fc00000001', '2027-06-01 09:00:00', '2eb21205-ec65-11f1-9326-02fc00000001', '2027-05-27 00:00:00', 3, 0, NULL, NULL, 2, '2d18390c-ec65-11f1-9326-02fc00000001', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 'consultationClosed', NULL, '2eaf04c3-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', 'tapApproval', '2d06faf5-ec65-11f1-9326-02fc00000001', 4, NULL, 'vm/pid5780', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2fefe9ba-ec65-11f1-9326-02fc00000001', '2027-06-01 09:00:00', '2cb5f4ab-ec65-11f1-9326-02fc00000001', '2027-05-27 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid5780', NULL, NULL);


--
-- Data for Name: act_hi_op_log; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_procinst; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_hi_procinst VALUES ('2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', 'APPROVAL-1', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2027-01-04 09:00:00', NULL, NULL, NULL, NULL, 'approvalRequested', NULL, NULL, '2e93db9a-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'APPROVAL-2', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2027-01-04 09:00:00', NULL, NULL, NULL, NULL, 'approvalRequested', NULL, NULL, '2ebb39c7-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'APPROVAL-3', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2027-04-05 09:00:00', NULL, NULL, NULL, NULL, 'approvalRequested', NULL, NULL, '2f0c6728-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('2f1ba975-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', 'DELETION-1', 'recommendationDeletion', 'recommendationDeletion:1:2d194981-ec65-11f1-9326-02fc00000001', '2027-04-05 09:00:00', NULL, NULL, NULL, NULL, 'deletionAgreed', NULL, NULL, '2f1ba975-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', 'QUESTION-1', 'questionApproval', 'questionApproval:1:2d1997a3-ec65-11f1-9326-02fc00000001', '2027-05-03 09:00:00', NULL, NULL, NULL, NULL, 'questionAgreed', NULL, NULL, '2f2f0a70-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', 'APPROVAL-4', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2027-05-03 09:00:00', NULL, NULL, NULL, NULL, 'approvalRequested', NULL, NULL, '2f3c50ed-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', 'APPROVAL-5', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2027-05-24 09:00:00', NULL, NULL, NULL, NULL, 'approvalRequested', NULL, NULL, '2f9b12da-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);


--
-- Data for Name: act_hi_taskinst; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_varinst; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_hi_varinst VALUES ('2e95141b-ec65-11f1-9326-02fc00000001', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'approvalId', 'long', '2027-01-04 09:00:00', 0, NULL, NULL, 1, '1', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2eae6881-ec65-11f1-9326-02fc00000001', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationClosesAt', 'string', '2027-01-04 09:00:00', 0, NULL, NULL, NULL, '2027-05-27T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2ebb39c8-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'approvalId', 'long', '2027-01-04 09:00:00', 0, NULL, NULL, 2, '2', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2ec43a7e-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallClosesAt', 'string', '2027-01-04 09:00:00', 0, NULL, NULL, NULL, '2027-02-02T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2ed74d56-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallResult', 'string', '2027-02-02 09:00:00', 0, NULL, NULL, NULL, 'JUDGEMENT', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2ee15f7d-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'route', 'string', '2027-02-02 09:00:00', 0, NULL, NULL, NULL, 'MEETING', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2f0c6729-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'approvalId', 'long', '2027-04-05 09:00:00', 0, NULL, NULL, 3, '3', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2f120c7f-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallClosesAt', 'string', '2027-04-05 09:00:00', 0, NULL, NULL, NULL, '2027-05-04T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2f1bd086-ec65-11f1-9326-02fc00000001', 'recommendationDeletion', 'recommendationDeletion:1:2d194981-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'objectionWindowClosesAt', 'string', '2027-04-05 09:00:00', 0, NULL, NULL, NULL, '2027-07-06T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2f1bd088-ec65-11f1-9326-02fc00000001', 'recommendationDeletion', 'recommendationDeletion:1:2d194981-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'deletionId', 'long', '2027-04-05 09:00:00', 0, NULL, NULL, 1, '1', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2f2f0a71-ec65-11f1-9326-02fc00000001', 'questionApproval', 'questionApproval:1:2d1997a3-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'questionId', 'long', '2027-05-03 09:00:00', 0, NULL, NULL, 1, '1', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2f2f5893-ec65-11f1-9326-02fc00000001', 'questionApproval', 'questionApproval:1:2d1997a3-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'policyImplications', 'boolean', '2027-05-03 09:00:00', 0, NULL, NULL, 1, NULL, NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2f2f5895-ec65-11f1-9326-02fc00000001', 'questionApproval', 'questionApproval:1:2d1997a3-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationClosesAt', 'string', '2027-05-03 09:00:00', 0, NULL, NULL, NULL, '2027-07-04T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2f3c50ee-ec65-11f1-9326-02fc00000001', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'approvalId', 'long', '2027-05-03 09:00:00', 0, NULL, NULL, 4, '4', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2f421d54-ec65-11f1-9326-02fc00000001', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationClosesAt', 'string', '2027-05-03 09:00:00', 0, NULL, NULL, NULL, '2027-08-26T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2f4e796b-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallResult', 'string', '2027-05-04 09:00:00', 0, NULL, NULL, NULL, 'JUDGEMENT', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2f588b93-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'route', 'string', '2027-05-04 09:00:00', 0, NULL, NULL, NULL, 'COMMENT_RESOLUTION', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2f9b12db-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'approvalId', 'long', '2027-05-24 09:00:00', 0, NULL, NULL, 5, '5', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2fa15471-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallClosesAt', 'string', '2027-05-24 09:00:00', 0, NULL, NULL, NULL, '2027-06-22T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2fe673c8-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'meetingDecision', 'string', '2027-05-26 17:00:00', 0, NULL, NULL, NULL, 'MORE_TIME', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2fe673ca-ec65-11f1-9326-02fc00000001', 'aapApproval', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'moreTimeClosesAt', 'string', '2027-05-26 17:00:00', 0, NULL, NULL, NULL, '2027-06-24T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2feed843-ec65-11f1-9326-02fc00000001', 'tapApproval', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationResult', 'string', '2027-06-01 09:00:00', 0, NULL, NULL, NULL, 'CONTINUE', NULL, NULL, 'CREATED', NULL);


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

INSERT INTO public.act_id_user VALUES ('admin', 1, 'Camunda', 'Administrator', 'admin@localhost', '{SHA-512}uGGY+IMDAyiUmuX9a7Y/aKvhfYY6FqUW5UeEHCJE+rWn2Af6mhLf7cTWBxceU1F45e5gP8XO0jZSYIxtcX//sg==', 'tOv4koCPQ32nAS9ahuPkNw==', NULL, NULL, NULL);


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

INSERT INTO public.act_re_deployment VALUES ('2d06faf5-ec65-11f1-9326-02fc00000001', 'recflow', '2026-11-30 02:24:31.644', NULL, NULL);


--
-- Data for Name: act_re_procdef; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_re_procdef VALUES ('aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', 1, 'https://recflow.org/bpmn', 'AAP approval of a Recommendation (ITU-T A.8)', 'aapApproval', 1, '2d06faf5-ec65-11f1-9326-02fc00000001', 'processes/aap-approval.bpmn', NULL, false, 1, NULL, NULL, 180, true);
INSERT INTO public.act_re_procdef VALUES ('questionApproval:1:2d1997a3-ec65-11f1-9326-02fc00000001', 1, 'https://recflow.org/bpmn', 'Approval of a new or revised Question between WTSAs (WTSA Resolution 1 §7.3)', 'questionApproval', 1, '2d06faf5-ec65-11f1-9326-02fc00000001', 'processes/question-approval.bpmn', NULL, false, 1, NULL, NULL, 180, true);
INSERT INTO public.act_re_procdef VALUES ('recommendationDeletion:1:2d194981-ec65-11f1-9326-02fc00000001', 1, 'https://recflow.org/bpmn', 'Deletion of a Recommendation between WTSAs (WTSA Resolution 1 §9.8.2, A.8 §8.2)', 'recommendationDeletion', 1, '2d06faf5-ec65-11f1-9326-02fc00000001', 'processes/recommendation-deletion.bpmn', NULL, false, 1, NULL, NULL, 180, true);
INSERT INTO public.act_re_procdef VALUES ('tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', 1, 'https://recflow.org/bpmn', 'TAP approval of a Recommendation (WTSA Resolution 1 §9)', 'tapApproval', 1, '2d06faf5-ec65-11f1-9326-02fc00000001', 'processes/tap-approval.bpmn', NULL, false, 1, NULL, NULL, 180, true);


--
-- Data for Name: act_ru_authorization; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_authorization VALUES ('2cc0ca1d-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 0, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc2029e-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 1, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc277cf-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 2, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc2c5f0-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 3, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc31411-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 4, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc38942-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 5, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc3fe73-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 6, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc44c94-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 7, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc473a5-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 8, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc4c1c6-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 9, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc50fe7-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 10, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc55e08-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 11, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc5ac29-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 12, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc5fa4a-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 13, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc66f7b-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 14, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc6e4ac-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 15, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc780ed-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 16, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc7cf0e-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 17, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc7f61f-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 18, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc81d30-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 19, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc86b51-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 20, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2cc90792-ec65-11f1-9326-02fc00000001', 1, 1, 'camunda-admin', NULL, 21, '*', 2147483647, NULL, NULL);


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

INSERT INTO public.act_ru_event_subscr VALUES ('2f5975f7-ec65-11f1-9326-02fc00000001', 1, 'message', 'AapCommentsResolved', '2f5975f6-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'commentsResolved', NULL, '2027-05-04 09:00:00', NULL);
INSERT INTO public.act_ru_event_subscr VALUES ('2fe6e8fe-ec65-11f1-9326-02fc00000001', 1, 'message', 'AapMoreTimeDecided', '2fe6c1ed-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'secondObjection', NULL, '2027-05-26 17:00:00', NULL);
INSERT INTO public.act_ru_event_subscr VALUES ('2feed847-ec65-11f1-9326-02fc00000001', 1, 'message', 'TapMeetingOutcomeRecorded', '2feed846-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', 'meetingOutcomeRecorded', NULL, '2027-06-01 09:00:00', NULL);


--
-- Data for Name: act_ru_execution; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_execution VALUES ('2f424466-ec65-11f1-9326-02fc00000001', 1, NULL, '2f3c50ed-ec65-11f1-9326-02fc00000001', NULL, '2f3c50ed-ec65-11f1-9326-02fc00000001', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, 'consultationClosed', 'consultationClosed:2f424467-ec65-11f1-9326-02fc00000001', true, false, true, false, 1, 4, 5, NULL, 'tapApproval');
INSERT INTO public.act_ru_execution VALUES ('2f3c50ed-ec65-11f1-9326-02fc00000001', 2, '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', 'APPROVAL-4', NULL, 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, '2f3c50ed-ec65-11f1-9326-02fc00000001', false, false, true, false, 1, 16, 4, NULL, 'tapApproval');
INSERT INTO public.act_ru_execution VALUES ('2feed846-ec65-11f1-9326-02fc00000001', 1, NULL, '2e93db9a-ec65-11f1-9326-02fc00000001', NULL, '2e93db9a-ec65-11f1-9326-02fc00000001', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, 'meetingOutcomeRecorded', 'meetingOutcomeRecorded:2feed848-ec65-11f1-9326-02fc00000001', true, false, true, false, 1, 1, 11, NULL, 'tapApproval');
INSERT INTO public.act_ru_execution VALUES ('2f1ba975-ec65-11f1-9326-02fc00000001', 1, '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', 'DELETION-1', NULL, 'recommendationDeletion:1:2d194981-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, '2f1ba975-ec65-11f1-9326-02fc00000001', false, false, true, false, 1, 16, 2, NULL, 'recommendationDeletion');
INSERT INTO public.act_ru_execution VALUES ('2f1bd08b-ec65-11f1-9326-02fc00000001', 1, NULL, '2f1ba975-ec65-11f1-9326-02fc00000001', NULL, '2f1ba975-ec65-11f1-9326-02fc00000001', 'recommendationDeletion:1:2d194981-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, 'objectionWindowClosed', 'objectionWindowClosed:2f1bd08c-ec65-11f1-9326-02fc00000001', true, false, true, false, 1, 4, 3, NULL, 'recommendationDeletion');
INSERT INTO public.act_ru_execution VALUES ('2f2f0a70-ec65-11f1-9326-02fc00000001', 1, '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', 'QUESTION-1', NULL, 'questionApproval:1:2d1997a3-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, '2f2f0a70-ec65-11f1-9326-02fc00000001', false, false, true, false, 1, 16, 4, NULL, 'questionApproval');
INSERT INTO public.act_ru_execution VALUES ('2f2f7fa9-ec65-11f1-9326-02fc00000001', 1, NULL, '2f2f0a70-ec65-11f1-9326-02fc00000001', NULL, '2f2f0a70-ec65-11f1-9326-02fc00000001', 'questionApproval:1:2d1997a3-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, 'consultationClosed', 'consultationClosed:2f2f7faa-ec65-11f1-9326-02fc00000001', true, false, true, false, 1, 4, 5, NULL, 'questionApproval');
INSERT INTO public.act_ru_execution VALUES ('2e93db9a-ec65-11f1-9326-02fc00000001', 3, '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', 'APPROVAL-1', NULL, 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, '2e93db9a-ec65-11f1-9326-02fc00000001', false, false, true, false, 1, 16, 10, NULL, 'tapApproval');
INSERT INTO public.act_ru_execution VALUES ('2f5975f6-ec65-11f1-9326-02fc00000001', 1, NULL, '2f0c6728-ec65-11f1-9326-02fc00000001', NULL, '2f0c6728-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, 'commentsResolved', 'commentsResolved:2f5975f8-ec65-11f1-9326-02fc00000001', true, false, true, false, 1, 1, 15, NULL, 'aapApproval');
INSERT INTO public.act_ru_execution VALUES ('2f0c6728-ec65-11f1-9326-02fc00000001', 4, '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'APPROVAL-3', NULL, 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, '2f0c6728-ec65-11f1-9326-02fc00000001', false, false, true, false, 1, 16, 14, NULL, 'aapApproval');
INSERT INTO public.act_ru_execution VALUES ('2fa1a293-ec65-11f1-9326-02fc00000001', 1, NULL, '2f9b12da-ec65-11f1-9326-02fc00000001', NULL, '2f9b12da-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, 'lastCallClosed', 'lastCallClosed:2fa1a294-ec65-11f1-9326-02fc00000001', true, false, true, false, 1, 4, 5, NULL, 'aapApproval');
INSERT INTO public.act_ru_execution VALUES ('2f9b12da-ec65-11f1-9326-02fc00000001', 2, '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', 'APPROVAL-5', NULL, 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, '2f9b12da-ec65-11f1-9326-02fc00000001', false, false, true, false, 1, 16, 4, NULL, 'aapApproval');
INSERT INTO public.act_ru_execution VALUES ('2fe6c1ed-ec65-11f1-9326-02fc00000001', 1, NULL, '2ebb39c7-ec65-11f1-9326-02fc00000001', NULL, '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, 'moreTimeWindow', 'moreTimeWindow:2fe6e8ff-ec65-11f1-9326-02fc00000001', true, false, true, false, 1, 5, 23, NULL, 'aapApproval');
INSERT INTO public.act_ru_execution VALUES ('2ebb39c7-ec65-11f1-9326-02fc00000001', 6, '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'APPROVAL-2', NULL, 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, '2ebb39c7-ec65-11f1-9326-02fc00000001', false, false, true, false, 1, 16, 22, NULL, 'aapApproval');


--
-- Data for Name: act_ru_ext_task; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_filter; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_filter VALUES ('2cca8e34-ec65-11f1-9326-02fc00000001', 1, 'Task', 'All tasks', NULL, '{}', '{}');


--
-- Data for Name: act_ru_identitylink; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_incident; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_job; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_job VALUES ('2f1c1ead-ec65-11f1-9326-02fc00000001', 1, 'timer', NULL, NULL, true, '2f1bd08b-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', 'recommendationDeletion:1:2d194981-ec65-11f1-9326-02fc00000001', 'recommendationDeletion', 3, NULL, NULL, NULL, '2027-07-06 00:00:00', NULL, 0, 'timer-intermediate-transition', 'objectionWindowClosed', '2d06faf5-ec65-11f1-9326-02fc00000001', 1, '2d194982-ec65-11f1-9326-02fc00000001', 0, 1, NULL, '2027-04-05 09:00:00', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('2f2ff4db-ec65-11f1-9326-02fc00000001', 1, 'timer', NULL, NULL, true, '2f2f7fa9-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', 'questionApproval:1:2d1997a3-ec65-11f1-9326-02fc00000001', 'questionApproval', 3, NULL, NULL, NULL, '2027-07-04 00:00:00', NULL, 0, 'timer-intermediate-transition', 'consultationClosed', '2d06faf5-ec65-11f1-9326-02fc00000001', 1, '2d1997a4-ec65-11f1-9326-02fc00000001', 0, 1, NULL, '2027-05-03 09:00:00', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('2f426b78-ec65-11f1-9326-02fc00000001', 1, 'timer', NULL, NULL, true, '2f424466-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', 'tapApproval', 3, NULL, NULL, NULL, '2027-08-26 00:00:00', NULL, 0, 'timer-intermediate-transition', 'consultationClosed', '2d06faf5-ec65-11f1-9326-02fc00000001', 1, '2d18390c-ec65-11f1-9326-02fc00000001', 0, 1, NULL, '2027-05-03 09:00:00', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('2fa1a295-ec65-11f1-9326-02fc00000001', 1, 'timer', NULL, NULL, true, '2fa1a293-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', 'aapApproval', 3, NULL, NULL, NULL, '2027-06-22 00:00:00', NULL, 0, 'timer-intermediate-transition', 'lastCallClosed', '2d06faf5-ec65-11f1-9326-02fc00000001', 1, '2d19236f-ec65-11f1-9326-02fc00000001', 0, 1, NULL, '2027-05-24 09:00:00', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('2fe71010-ec65-11f1-9326-02fc00000001', 1, 'timer', NULL, NULL, true, '2fe6c1ed-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', 'aapApproval', 3, NULL, NULL, NULL, '2027-06-24 00:00:00', NULL, 0, 'timer-intermediate-transition', 'moreTimeClosed', '2d06faf5-ec65-11f1-9326-02fc00000001', 1, '2d19236e-ec65-11f1-9326-02fc00000001', 0, 1, NULL, '2027-05-26 17:00:00', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('2cb5f4ab-ec65-11f1-9326-02fc00000001', 11, 'ever-living', NULL, NULL, true, NULL, NULL, NULL, NULL, NULL, 3, NULL, NULL, NULL, '2027-06-02 01:00:00', NULL, 0, 'history-cleanup', '{"countEmptyRuns":0,"immediatelyDue":false,"minuteFrom":0,"minuteTo":59}', NULL, 1, NULL, 0, 1, NULL, '2026-11-30 02:24:31.117', NULL, NULL);


--
-- Data for Name: act_ru_jobdef; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_jobdef VALUES ('2d18390b-ec65-11f1-9326-02fc00000001', 1, 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', 'tapApproval', 'moreTimeClosed', 'timer-intermediate-transition', 'DATE: ${moreTimeClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2d18390c-ec65-11f1-9326-02fc00000001', 1, 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', 'tapApproval', 'consultationClosed', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2d19236e-ec65-11f1-9326-02fc00000001', 1, 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', 'aapApproval', 'moreTimeClosed', 'timer-intermediate-transition', 'DATE: ${moreTimeClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2d19236f-ec65-11f1-9326-02fc00000001', 1, 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', 'aapApproval', 'lastCallClosed', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2d192370-ec65-11f1-9326-02fc00000001', 1, 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', 'aapApproval', 'additionalReviewClosed', 'timer-intermediate-transition', 'DATE: ${additionalReviewClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2d194982-ec65-11f1-9326-02fc00000001', 1, 'recommendationDeletion:1:2d194981-ec65-11f1-9326-02fc00000001', 'recommendationDeletion', 'objectionWindowClosed', 'timer-intermediate-transition', 'DATE: ${objectionWindowClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2d1997a4-ec65-11f1-9326-02fc00000001', 1, 'questionApproval:1:2d1997a3-ec65-11f1-9326-02fc00000001', 'questionApproval', 'consultationClosed', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 1, NULL, NULL, NULL);


--
-- Data for Name: act_ru_meter_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_meter_log VALUES ('2e1cd6d6-ec65-11f1-9326-02fc00000001', 'history-cleanup-removed-decision-instances', 'vm/pid5780', 0, '2026-11-30 02:24:33.469', 1796005473469);
INSERT INTO public.act_ru_meter_log VALUES ('2e1cd6d7-ec65-11f1-9326-02fc00000001', 'history-cleanup-removed-process-instances', 'vm/pid5780', 0, '2026-11-30 02:24:33.469', 1796005473469);
INSERT INTO public.act_ru_meter_log VALUES ('2e1cd6d8-ec65-11f1-9326-02fc00000001', 'history-cleanup-removed-batch-operations', 'vm/pid5780', 0, '2026-11-30 02:24:33.469', 1796005473469);
INSERT INTO public.act_ru_meter_log VALUES ('301795fb-ec65-11f1-9326-02fc00000001', 'root-process-instance-start', 'vm/pid5780', 7, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('301795fc-ec65-11f1-9326-02fc00000001', 'activity-instance-start', 'vm/pid5780', 37, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('301795fd-ec65-11f1-9326-02fc00000001', 'job-acquired-failure', 'vm/pid5780', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('301795fe-ec65-11f1-9326-02fc00000001', 'job-locked-exclusive', 'vm/pid5780', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('301795ff-ec65-11f1-9326-02fc00000001', 'job-execution-rejected', 'vm/pid5780', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('30179600-ec65-11f1-9326-02fc00000001', 'executed-decision-elements', 'vm/pid5780', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('30179601-ec65-11f1-9326-02fc00000001', 'activity-instance-end', 'vm/pid5780', 30, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('30179602-ec65-11f1-9326-02fc00000001', 'job-successful', 'vm/pid5780', 12, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('30179603-ec65-11f1-9326-02fc00000001', 'job-acquired-success', 'vm/pid5780', 1, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('30179604-ec65-11f1-9326-02fc00000001', 'job-acquisition-attempt', 'vm/pid5780', 3, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('30179605-ec65-11f1-9326-02fc00000001', 'executed-decision-instances', 'vm/pid5780', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('30179606-ec65-11f1-9326-02fc00000001', 'job-failed', 'vm/pid5780', 0, '2027-06-01 09:00:00', 1811840400000);


--
-- Data for Name: act_ru_task; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_task_meter_log; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_variable; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_variable VALUES ('2e95141b-ec65-11f1-9326-02fc00000001', 1, 'long', 'approvalId', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 1, '1', NULL, '2e93db9a-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2eae6881-ec65-11f1-9326-02fc00000001', 1, 'string', 'consultationClosesAt', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-05-27T00:00:00Z', NULL, '2e93db9a-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2ebb39c8-ec65-11f1-9326-02fc00000001', 1, 'long', 'approvalId', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 2, '2', NULL, '2ebb39c7-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2ec43a7e-ec65-11f1-9326-02fc00000001', 1, 'string', 'lastCallClosesAt', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-02-02T00:00:00Z', NULL, '2ebb39c7-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2ed74d56-ec65-11f1-9326-02fc00000001', 1, 'string', 'lastCallResult', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'JUDGEMENT', NULL, '2ebb39c7-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2ee15f7d-ec65-11f1-9326-02fc00000001', 1, 'string', 'route', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'MEETING', NULL, '2ebb39c7-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2f0c6729-ec65-11f1-9326-02fc00000001', 1, 'long', 'approvalId', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 3, '3', NULL, '2f0c6728-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2f120c7f-ec65-11f1-9326-02fc00000001', 1, 'string', 'lastCallClosesAt', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-05-04T00:00:00Z', NULL, '2f0c6728-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2f1bd086-ec65-11f1-9326-02fc00000001', 1, 'string', 'objectionWindowClosesAt', '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', 'recommendationDeletion:1:2d194981-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-07-06T00:00:00Z', NULL, '2f1ba975-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2f1bd088-ec65-11f1-9326-02fc00000001', 1, 'long', 'deletionId', '2f1ba975-ec65-11f1-9326-02fc00000001', '2f1ba975-ec65-11f1-9326-02fc00000001', 'recommendationDeletion:1:2d194981-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 1, '1', NULL, '2f1ba975-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2f2f0a71-ec65-11f1-9326-02fc00000001', 1, 'long', 'questionId', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', 'questionApproval:1:2d1997a3-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 1, '1', NULL, '2f2f0a70-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2f2f5893-ec65-11f1-9326-02fc00000001', 1, 'boolean', 'policyImplications', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', 'questionApproval:1:2d1997a3-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 1, NULL, NULL, '2f2f0a70-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2f2f5895-ec65-11f1-9326-02fc00000001', 1, 'string', 'consultationClosesAt', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2f2f0a70-ec65-11f1-9326-02fc00000001', 'questionApproval:1:2d1997a3-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-07-04T00:00:00Z', NULL, '2f2f0a70-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2f3c50ee-ec65-11f1-9326-02fc00000001', 1, 'long', 'approvalId', '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 4, '4', NULL, '2f3c50ed-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2f421d54-ec65-11f1-9326-02fc00000001', 1, 'string', 'consultationClosesAt', '2f3c50ed-ec65-11f1-9326-02fc00000001', '2f3c50ed-ec65-11f1-9326-02fc00000001', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-08-26T00:00:00Z', NULL, '2f3c50ed-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2f4e796b-ec65-11f1-9326-02fc00000001', 1, 'string', 'lastCallResult', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'JUDGEMENT', NULL, '2f0c6728-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2f588b93-ec65-11f1-9326-02fc00000001', 1, 'string', 'route', '2f0c6728-ec65-11f1-9326-02fc00000001', '2f0c6728-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'COMMENT_RESOLUTION', NULL, '2f0c6728-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2f9b12db-ec65-11f1-9326-02fc00000001', 1, 'long', 'approvalId', '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 5, '5', NULL, '2f9b12da-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2fa15471-ec65-11f1-9326-02fc00000001', 1, 'string', 'lastCallClosesAt', '2f9b12da-ec65-11f1-9326-02fc00000001', '2f9b12da-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-06-22T00:00:00Z', NULL, '2f9b12da-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2fe673c8-ec65-11f1-9326-02fc00000001', 1, 'string', 'meetingDecision', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'MORE_TIME', NULL, '2ebb39c7-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2fe673ca-ec65-11f1-9326-02fc00000001', 1, 'string', 'moreTimeClosesAt', '2ebb39c7-ec65-11f1-9326-02fc00000001', '2ebb39c7-ec65-11f1-9326-02fc00000001', 'aapApproval:1:2d19236d-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-06-24T00:00:00Z', NULL, '2ebb39c7-ec65-11f1-9326-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2feed843-ec65-11f1-9326-02fc00000001', 1, 'string', 'consultationResult', '2e93db9a-ec65-11f1-9326-02fc00000001', '2e93db9a-ec65-11f1-9326-02fc00000001', 'tapApproval:1:2d17eaea-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CONTINUE', NULL, '2e93db9a-ec65-11f1-9326-02fc00000001', 1, false, NULL);


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

INSERT INTO recflow.approval VALUES (4, 'TAP', 'D.52', 'NEW', 'Charging of international mobile roaming', 'SG3', '["Q6/3"]', 'Principles for charging international mobile roaming.', 'SG3-TD210', '2027-04-30', NULL, 'CONSULTATION', NULL, NULL, NULL, NULL, NULL, '2f3c50ed-ec65-11f1-9326-02fc00000001', '2027-09-06', '2027-09-15', NULL, 'CONSULTATION', '2027-05-03', '2027-08-25 23:59:59+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, 1, '2027-05-03 09:00:00+00', 'chair-sg3', NULL, '2027-08-25 23:59:59+00', NULL, 3);
INSERT INTO recflow.approval VALUES (3, 'AAP', 'X.1500', 'REVISED', 'Cybersecurity information exchange', 'SG17', '[]', 'Overview of cybersecurity information exchange.', 'SG17-TD300', '2027-03-26', NULL, 'COMMENT_RESOLUTION', NULL, NULL, NULL, NULL, NULL, '2f0c6728-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, 'LAST_CALL', '2027-04-05', '2027-05-03 23:59:59+00', '2027-05-03 23:59:59+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, 1, '2027-04-05 09:00:00+00', 'chair-sg17', NULL, NULL, NULL, NULL);
INSERT INTO recflow.approval VALUES (5, 'AAP', 'Y.4480', 'NEW', 'Digital twin reference model for smart cities', 'SG20', '["Q2/20"]', 'Defines a reference model for digital twins of cities.', 'SG20-TD1234', '2027-05-21', NULL, 'LAST_CALL', NULL, NULL, NULL, NULL, NULL, '2f9b12da-ec65-11f1-9326-02fc00000001', NULL, NULL, NULL, 'LAST_CALL', '2027-05-24', '2027-06-21 23:59:59+00', '2027-06-21 23:59:59+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, 1, '2027-05-24 09:00:00+00', 'chair-sg20', NULL, NULL, NULL, NULL);
INSERT INTO recflow.approval VALUES (2, 'AAP', 'H.810', 'NEW', 'Metaverse interoperability framework', 'SG21', '[]', 'Framework for interoperable metaverse services.', 'SG21-TD500', '2026-12-18', NULL, 'MORE_TIME', NULL, NULL, NULL, NULL, NULL, '2ebb39c7-ec65-11f1-9326-02fc00000001', '2027-05-17', '2027-05-26', '2027-02-02', 'LAST_CALL', '2027-01-04', '2027-02-01 23:59:59+00', '2027-02-01 23:59:59+00', NULL, NULL, NULL, '{"meetingEnd":"2027-05-26","objections":[],"moreTimeRequestedBy":["BRA"],"abstentions":[],"reservations":[],"policyImplicationsRaisedBy":null}', '2027-06-23 23:59:59+00', NULL, NULL, false, 1, '2027-01-04 09:00:00+00', 'chair-sg21', NULL, NULL, NULL, 2);
INSERT INTO recflow.approval VALUES (1, 'TAP', 'D.50', 'REVISED', 'International Internet connectivity', 'SG3', '["Q1/3"]', 'Principles for charging international Internet connectivity.', 'SG3-TD100', '2026-12-18', NULL, 'AWAITING_MEETING', NULL, NULL, NULL, NULL, NULL, '2e93db9a-ec65-11f1-9326-02fc00000001', '2027-06-07', '2027-06-16', NULL, 'CONSULTATION', '2027-01-04', '2027-05-26 23:59:59+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, 1, '2027-01-04 09:00:00+00', 'chair-sg3', '2027-05-03', '2027-05-26 23:59:59+00', NULL, 1);


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

INSERT INTO recflow.consultation_reply_version VALUES ('APPROVAL', 1, 1, 'DEU', 1, 'SUPPORT', NULL, NULL, 'ms-deu', '2027-02-02 09:00:00+00', 11, 'MEMBER_STATE', '40f1f39b-a3bd-4f8f-a455-0f16e13dde98');
INSERT INTO recflow.consultation_reply_version VALUES ('APPROVAL', 1, 1, 'BRA', 1, 'SUPPORT', NULL, NULL, 'ms-bra', '2027-02-02 09:00:00+00', 12, 'MEMBER_STATE', 'aa27ac76-9974-43fe-adba-2ebdb17686b5');
INSERT INTO recflow.consultation_reply_version VALUES ('APPROVAL', 1, 1, 'IND', 1, 'SUPPORT', NULL, NULL, 'ms-ind', '2027-02-02 09:00:00+00', 13, 'MEMBER_STATE', '386779a5-7cc8-48dc-8306-9f029eefa180');
INSERT INTO recflow.consultation_reply_version VALUES ('APPROVAL', 1, 1, 'KEN', 1, 'SUPPORT', NULL, NULL, 'ms-ken', '2027-02-02 09:00:00+00', 14, 'MEMBER_STATE', '86a05826-fd92-46fb-a94f-233f2838abac');
INSERT INTO recflow.consultation_reply_version VALUES ('APPROVAL', 1, 1, 'JPN', 1, 'SUPPORT', NULL, NULL, 'ms-jpn', '2027-02-02 09:00:00+00', 15, 'MEMBER_STATE', 'bb7065cb-f81e-45e1-b3b7-5215dcb45287');
INSERT INTO recflow.consultation_reply_version VALUES ('APPROVAL', 1, 1, 'MEX', 1, 'SUPPORT', NULL, NULL, 'ms-mex', '2027-02-02 09:00:00+00', 16, 'MEMBER_STATE', 'dbd58476-4ce3-4b9a-84c9-2e7648f7cd95');
INSERT INTO recflow.consultation_reply_version VALUES ('APPROVAL', 1, 1, 'EGY', 1, 'SUPPORT', NULL, NULL, 'ms-egy', '2027-02-02 09:00:00+00', 17, 'MEMBER_STATE', 'b7116e31-1814-4fc0-bea4-bd001ebe6c71');
INSERT INTO recflow.consultation_reply_version VALUES ('APPROVAL', 1, 1, 'USA', 1, 'AGAINST', 'commercial matter', NULL, 'ms-usa', '2027-02-02 09:00:00+00', 18, 'MEMBER_STATE', 'b020f07a-d7ff-4ae9-95fd-dc5586e5707d');
INSERT INTO recflow.consultation_reply_version VALUES ('QUESTION', 1, 1, 'FRA', 1, 'SUPPORT', NULL, NULL, 'ms-fra', '2027-05-03 09:00:00+00', 27, 'MEMBER_STATE', '66bfbc06-88cc-4007-940c-3b03883729e8');
INSERT INTO recflow.consultation_reply_version VALUES ('APPROVAL', 4, 1, 'DEU', 1, 'SUPPORT', NULL, NULL, 'ms-deu', '2027-05-03 09:00:00+00', 31, 'MEMBER_STATE', '0855591b-7c70-4ec4-86de-1c73388c7c4c');
INSERT INTO recflow.consultation_reply_version VALUES ('APPROVAL', 4, 1, 'DEU', 2, 'SUPPORT', 'as amended in SG3', NULL, 'ms-deu', '2027-05-03 09:00:00+00', 32, 'MEMBER_STATE', 'c895a6f7-a0e2-4043-84e7-74ee6ba4af84');


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

INSERT INTO recflow.deletion VALUES (1, 'Y.2060', 'SG20', 'AAP', 'Superseded by ITU-T Y.4000.', '2027-03-26', 'OBJECTION_PERIOD', NULL, NULL, '2027-04-05', '2027-07-05 23:59:59+00', '2f1ba975-ec65-11f1-9326-02fc00000001', '2027-04-05 09:00:00+00', 'chair-sg20');


--
-- Data for Name: deletion_objection; Type: TABLE DATA; Schema: recflow; Owner: -
--



--
-- Data for Name: event_publication; Type: TABLE DATA; Schema: recflow; Owner: -
--



--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.flyway_schema_history VALUES (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"recflow"', NULL, 'recflow', '2026-11-30 02:24:28.351947', 0, true);
INSERT INTO recflow.flyway_schema_history VALUES (1, '1', 'approvals', 'SQL', 'V1__approvals.sql', -289992000, 'recflow', '2026-11-30 02:24:28.377687', 21, true);
INSERT INTO recflow.flyway_schema_history VALUES (2, '2', 'consultations', 'SQL', 'V2__consultations.sql', -1594511580, 'recflow', '2026-11-30 02:24:28.432982', 8, true);
INSERT INTO recflow.flyway_schema_history VALUES (3, '3', 'questions', 'SQL', 'V3__questions.sql', -2010326711, 'recflow', '2026-11-30 02:24:28.448616', 7, true);
INSERT INTO recflow.flyway_schema_history VALUES (4, '4', 'deletions', 'SQL', 'V4__deletions.sql', -1747482161, 'recflow', '2026-11-30 02:24:28.46554', 7, true);
INSERT INTO recflow.flyway_schema_history VALUES (5, '5', 'idempotency', 'SQL', 'V5__idempotency.sql', 592740841, 'recflow', '2026-11-30 02:24:28.477693', 7, true);
INSERT INTO recflow.flyway_schema_history VALUES (6, '6', 'history request id', 'SQL', 'V6__history_request_id.sql', 458126352, 'recflow', '2026-11-30 02:24:28.4921', 3, true);
INSERT INTO recflow.flyway_schema_history VALUES (7, '7', 'deadline open order', 'SQL', 'V7__deadline_open_order.sql', -646040063, 'recflow', '2026-11-30 02:24:28.499399', 1, true);
INSERT INTO recflow.flyway_schema_history VALUES (8, '8', 'reply versions', 'SQL', 'V8__reply_versions.sql', 1893641211, 'recflow', '2026-11-30 02:24:28.504109', 2, true);
INSERT INTO recflow.flyway_schema_history VALUES (9, '9', 'circulars', 'SQL', 'V9__circulars.sql', 1508904740, 'recflow', '2026-11-30 02:24:28.510291', 20, true);
INSERT INTO recflow.flyway_schema_history VALUES (10, '10', 'meetings', 'SQL', 'V10__meetings.sql', 412080793, 'recflow', '2026-11-30 02:24:28.535438', 10, true);
INSERT INTO recflow.flyway_schema_history VALUES (11, '11', 'deadline open by study group', 'SQL', 'V11__deadline_open_by_study_group.sql', -97444021, 'recflow', '2026-11-30 02:24:28.552868', 1, true);
INSERT INTO recflow.flyway_schema_history VALUES (12, '12', 'meeting outcome wider', 'SQL', 'V12__meeting_outcome_wider.sql', -90295327, 'recflow', '2026-11-30 02:24:28.561305', 2, true);
INSERT INTO recflow.flyway_schema_history VALUES (13, '13', 'notifications', 'SQL', 'V13__notifications.sql', 2028848813, 'recflow', '2026-11-30 02:24:28.567901', 9, true);
INSERT INTO recflow.flyway_schema_history VALUES (14, '15', 'reminders and announcements', 'SQL', 'V15__reminders_and_announcements.sql', 1139798942, 'recflow', '2026-11-30 02:24:28.584966', 11, true);
INSERT INTO recflow.flyway_schema_history VALUES (15, '16', 'approval meeting backfill', 'SQL', 'V16__approval_meeting_backfill.sql', -350110632, 'recflow', '2026-11-30 02:24:28.600277', 1, true);
INSERT INTO recflow.flyway_schema_history VALUES (16, '17', 'reply versions only', 'SQL', 'V17__reply_versions_only.sql', 1147677676, 'recflow', '2026-11-30 02:24:28.604666', 2, true);
INSERT INTO recflow.flyway_schema_history VALUES (17, '18', 'reply history from versions', 'SQL', 'V18__reply_history_from_versions.sql', 7292828, 'recflow', '2026-11-30 02:24:28.611719', 8, true);


--
-- Data for Name: history_entry_0_4; Type: TABLE DATA; Schema: recflow; Owner: -
--



--
-- Data for Name: history_step; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.history_step VALUES (1, 'MEETING', 1, '2027-01-04 09:00:00+00', 'chair-sg3', 'CHAIR', 'MEETING_SCHEDULED', 'SG3 2027-06-07..2027-06-16 (named by a text''s nextMeeting)', '2987eacb-e2a0-4e5a-bc89-b2fe1591a25d');
INSERT INTO recflow.history_step VALUES (2, 'APPROVAL', 1, '2027-01-04 09:00:00+00', 'chair-sg3', 'CHAIR', 'REQUESTED', 'approval of ITU-T D.50 (revised) requested by TAP after determination on 2026-12-18', '2987eacb-e2a0-4e5a-bc89-b2fe1591a25d');
INSERT INTO recflow.history_step VALUES (3, 'APPROVAL', 1, '2027-01-04 09:00:00+00', 'tsb', 'TSB', 'CONSULTATION_ANNOUNCED', 'intent to approve at the meeting of 2027-06-07 to 2027-06-16 announced on 2027-01-04; consultation of the Member States closes 2027-05-26T23:59:59Z', 'fb3ce0be-a492-46b7-9080-67c7b8eb054f');
INSERT INTO recflow.history_step VALUES (4, 'APPROVAL', 2, '2027-01-04 09:00:00+00', 'chair-sg21', 'CHAIR', 'REQUESTED', 'approval of ITU-T H.810 (new) requested by AAP after consent on 2026-12-18', '5a240a15-964b-4f4c-abd2-405ddd63d9ce');
INSERT INTO recflow.history_step VALUES (5, 'APPROVAL', 2, '2027-01-04 09:00:00+00', 'tsb', 'TSB', 'LAST_CALL_ANNOUNCED', 'Last Call announced on 2027-01-04, closes 2027-02-01T23:59:59Z', '88dba1fd-e09e-478d-8552-9b3e14beb42c');
INSERT INTO recflow.history_step VALUES (6, 'APPROVAL', 2, '2027-01-04 09:00:00+00', 'ms-jpn', 'MEMBER_STATE', 'COMMENT_SUBMITTED', 'SUBSTANTIVE comment in LAST_CALL by JPN', '7949dd04-89c5-4929-8545-a3ac1667bac5');
INSERT INTO recflow.history_step VALUES (7, 'APPROVAL', 2, '2027-02-02 09:00:00+00', 'recflow', 'TSB', 'LAST_CALL_CLOSED', '1 comment(s) received', 'e4b2321f-1f53-4f60-a616-676d2330fab4');
INSERT INTO recflow.history_step VALUES (8, 'APPROVAL', 2, '2027-02-02 09:00:00+00', 'chair-sg21', 'CHAIR', 'JUDGED', 'route MEETING chosen at LAST_CALL_JUDGEMENT', '00621c29-f608-4a15-bf8b-dd0d45cb985c');
INSERT INTO recflow.history_step VALUES (9, 'MEETING', 2, '2027-02-02 09:00:00+00', 'tsb', 'TSB', 'MEETING_SCHEDULED', 'SG21 2027-05-17..2027-05-26 (named by a text''s nextMeeting)', 'bc98623d-9966-4906-8add-dfbf5a2dec2c');
INSERT INTO recflow.history_step VALUES (10, 'APPROVAL', 2, '2027-02-02 09:00:00+00', 'tsb', 'TSB', 'MEETING_ANNOUNCED', 'approval at the meeting of 2027-05-17 to 2027-05-26 announced', 'bc98623d-9966-4906-8add-dfbf5a2dec2c');
INSERT INTO recflow.history_step VALUES (19, 'APPROVAL', 3, '2027-04-05 09:00:00+00', 'chair-sg17', 'CHAIR', 'REQUESTED', 'approval of ITU-T X.1500 (revised) requested by AAP after consent on 2027-03-26', '6b233b04-3477-4dda-9aaf-c16234c61596');
INSERT INTO recflow.history_step VALUES (20, 'APPROVAL', 3, '2027-04-05 09:00:00+00', 'tsb', 'TSB', 'LAST_CALL_ANNOUNCED', 'Last Call announced on 2027-04-05, closes 2027-05-03T23:59:59Z', '98f3c1ac-1ca5-41e0-89fd-fbf8d3f68bad');
INSERT INTO recflow.history_step VALUES (21, 'APPROVAL', 3, '2027-04-05 09:00:00+00', 'sm-ericsson', 'SECTOR_MEMBER', 'COMMENT_SUBMITTED', 'SUBSTANTIVE comment in LAST_CALL by ericsson', '6fb891da-0671-4422-8467-1bf534647435');
INSERT INTO recflow.history_step VALUES (22, 'DELETION', 1, '2027-04-05 09:00:00+00', 'chair-sg20', 'CHAIR', 'DELETION_AGREED', 'deletion of ITU-T Y.2060 agreed by SG20 on 2027-03-26 (AAP)', 'd1d59bc3-f746-49c3-af32-877892d48f95');
INSERT INTO recflow.history_step VALUES (23, 'DELETION', 1, '2027-04-05 09:00:00+00', 'recflow', 'TSB', 'OBJECTION_PERIOD_OPENED', 'circular issued on 2027-04-05; objections by 2027-07-05T23:59:59Z (3 months, Res. 1 §9.8.2.1, A.8 §8.2.1)', 'd1d59bc3-f746-49c3-af32-877892d48f95');
INSERT INTO recflow.history_step VALUES (24, 'APPROVAL', 1, '2027-05-03 09:00:00+00', 'tsb', 'TSB', 'TEXTS_DISTRIBUTED', 'texts in the official languages distributed on 2027-05-03', '6f6cda7c-9978-46c2-8f7f-60c608fb0c06');
INSERT INTO recflow.history_step VALUES (25, 'QUESTION', 1, '2027-05-03 09:00:00+00', 'chair-sg20', 'CHAIR', 'REQUESTED', 'approval of Question Q5/20 – Digital identity for IoT devices requested, with policy or regulatory implications or doubt about its scope (Res. 1 §7.3.2.1)', '74f5efb5-2351-4fd5-97ff-4d05805101ae');
INSERT INTO recflow.history_step VALUES (26, 'QUESTION', 1, '2027-05-03 09:00:00+00', 'recflow', 'TSB', 'CONSULTATION_OPENED', 'the Director consults the Member States from 2027-05-03; replies by 2027-07-03T23:59:59Z (2 months, Res. 1 §7.3.2.2)', '74f5efb5-2351-4fd5-97ff-4d05805101ae');
INSERT INTO recflow.history_step VALUES (28, 'MEETING', 3, '2027-05-03 09:00:00+00', 'chair-sg3', 'CHAIR', 'MEETING_SCHEDULED', 'SG3 2027-09-06..2027-09-15 (named by a text''s nextMeeting)', '29afa036-7489-4aa7-9734-a0b58653cc5e');
INSERT INTO recflow.history_step VALUES (29, 'APPROVAL', 4, '2027-05-03 09:00:00+00', 'chair-sg3', 'CHAIR', 'REQUESTED', 'approval of ITU-T D.52 (new) requested by TAP after determination on 2027-04-30', '29afa036-7489-4aa7-9734-a0b58653cc5e');
INSERT INTO recflow.history_step VALUES (30, 'APPROVAL', 4, '2027-05-03 09:00:00+00', 'tsb', 'TSB', 'CONSULTATION_ANNOUNCED', 'intent to approve at the meeting of 2027-09-06 to 2027-09-15 announced on 2027-05-03; consultation of the Member States closes 2027-08-25T23:59:59Z', 'e7b37f57-0db4-4e61-b6f5-d504e259854b');
INSERT INTO recflow.history_step VALUES (33, 'APPROVAL', 3, '2027-05-04 09:00:00+00', 'recflow', 'TSB', 'LAST_CALL_CLOSED', '1 comment(s) received', 'e498f33e-dccc-4d59-ac9e-b3c695affc3c');
INSERT INTO recflow.history_step VALUES (34, 'APPROVAL', 3, '2027-05-04 09:00:00+00', 'chair-sg17', 'CHAIR', 'JUDGED', 'route COMMENT_RESOLUTION chosen at LAST_CALL_JUDGEMENT', 'b9972625-4aef-45c5-94e0-30f84e9c40fb');
INSERT INTO recflow.history_step VALUES (35, 'APPROVAL', 5, '2027-05-24 09:00:00+00', 'chair-sg20', 'CHAIR', 'REQUESTED', 'approval of ITU-T Y.4480 (new) requested by AAP after consent on 2027-05-21', 'e275c30b-8fee-42c3-bbd4-802a7c01e9fa');
INSERT INTO recflow.history_step VALUES (36, 'APPROVAL', 5, '2027-05-24 09:00:00+00', 'tsb', 'TSB', 'LAST_CALL_ANNOUNCED', 'Last Call announced on 2027-05-24, closes 2027-06-21T23:59:59Z', 'fb114fc4-d7c5-4377-a23e-42f3fdbe1529');
INSERT INTO recflow.history_step VALUES (37, 'APPROVAL', 5, '2027-05-24 09:00:00+00', 'ms-fra', 'MEMBER_STATE', 'COMMENT_SUBMITTED', 'TYPOGRAPHICAL comment in LAST_CALL by FRA', '4a8c851f-d601-4bcf-b8ec-749b864ddca8');
INSERT INTO recflow.history_step VALUES (38, 'APPROVAL', 2, '2027-05-26 17:00:00+00', 'chair-sg21', 'CHAIR', 'MEETING_OUTCOME_RECORDED', 'objections [], more time asked by [BRA], abstentions [], no reservation → MORE_TIME', 'b7d023cd-2535-4424-a44d-231b7b220bb9');
INSERT INTO recflow.history_step VALUES (39, 'APPROVAL', 1, '2027-06-01 09:00:00+00', 'recflow', 'TSB', 'CONSULTATION_CLOSED', '7 support, 1 against, 0 without position (87.5% support): the procedure continues at the meeting', 'c05b73d9-f7dc-4b87-8cbd-26fd0d679c94');


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

INSERT INTO recflow.notification_event VALUES ('a9ec6144-86d0-4e65-8c11-0e6253fbaa13', 'PERIOD_OPENED', '2027-01-04 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a9ec6144-86d0-4e65-8c11-0e6253fbaa13","type":"PERIOD_OPENED","occurredAt":"2027-01-04T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"CONSULTATION","dueAt":"2027-05-26T23:59:59Z","summary":"Consultation of the Member States opened for ITU-T D.50 (revised) International Internet connectivity until 2027-05-26T23:59:59Z","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7de9b5de-f9af-4360-91eb-c789316069d2', 'PERIOD_OPENED', '2027-01-04 09:00:00+00', 'APPROVAL', 2, 'SG21', '{"id":"7de9b5de-f9af-4360-91eb-c789316069d2","type":"PERIOD_OPENED","occurredAt":"2027-01-04T09:00:00Z","subject":{"type":"APPROVAL","id":2,"label":"ITU-T H.810 (new) Metaverse interoperability framework","studyGroup":"SG21"},"kind":"LAST_CALL","dueAt":"2027-02-01T23:59:59Z","summary":"Last Call opened for ITU-T H.810 (new) Metaverse interoperability framework until 2027-02-01T23:59:59Z","href":"http://localhost:8080/dashboard/approvals/2"}');
INSERT INTO recflow.notification_event VALUES ('fe970e76-0233-431f-8763-9b3a7765297a', 'PERIOD_CLOSED', '2027-02-02 09:00:00+00', 'APPROVAL', 2, 'SG21', '{"id":"fe970e76-0233-431f-8763-9b3a7765297a","type":"PERIOD_CLOSED","occurredAt":"2027-02-02T09:00:00Z","subject":{"type":"APPROVAL","id":2,"label":"ITU-T H.810 (new) Metaverse interoperability framework","studyGroup":"SG21"},"kind":"LAST_CALL","dueAt":null,"summary":"Last Call closed for ITU-T H.810 (new) Metaverse interoperability framework with 1 comment(s)","href":"http://localhost:8080/dashboard/approvals/2"}');
INSERT INTO recflow.notification_event VALUES ('2b8b9430-d2be-41bd-a4a2-d6853e4b98f4', 'ACTION_DUE', '2027-02-02 09:00:00+00', 'APPROVAL', 2, 'SG21', '{"id":"2b8b9430-d2be-41bd-a4a2-d6853e4b98f4","type":"ACTION_DUE","occurredAt":"2027-02-02T09:00:00Z","subject":{"type":"APPROVAL","id":2,"label":"ITU-T H.810 (new) Metaverse interoperability framework","studyGroup":"SG21"},"kind":"COMMENT_COMPILATION","dueAt":"2027-02-15T23:59:59Z","summary":"ITU-T H.810 (new) Metaverse interoperability framework: COMMENT_COMPILATION due at 2027-02-15T23:59:59Z (OPENED)","href":"http://localhost:8080/dashboard/approvals/2"}');
INSERT INTO recflow.notification_event VALUES ('2a894b09-3d57-4cc2-a1be-b10727b05cbf', 'ACTION_DUE', '2027-02-02 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2a894b09-3d57-4cc2-a1be-b10727b05cbf","type":"ACTION_DUE","occurredAt":"2027-02-02T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"TEXT_DISTRIBUTION","dueAt":"2027-05-07T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: TEXT_DISTRIBUTION due at 2027-05-07T23:59:59Z (OPENED)","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0816e163-1725-4ba4-96e8-161ab3685e9f', 'PERIOD_OPENED', '2027-04-05 09:00:00+00', 'APPROVAL', 3, 'SG17', '{"id":"0816e163-1725-4ba4-96e8-161ab3685e9f","type":"PERIOD_OPENED","occurredAt":"2027-04-05T09:00:00Z","subject":{"type":"APPROVAL","id":3,"label":"ITU-T X.1500 (revised) Cybersecurity information exchange","studyGroup":"SG17"},"kind":"LAST_CALL","dueAt":"2027-05-03T23:59:59Z","summary":"Last Call opened for ITU-T X.1500 (revised) Cybersecurity information exchange until 2027-05-03T23:59:59Z","href":"http://localhost:8080/dashboard/approvals/3"}');
INSERT INTO recflow.notification_event VALUES ('30a002dd-2341-400d-95d0-4318dc08cf29', 'PERIOD_OPENED', '2027-04-05 09:00:00+00', 'DELETION', 1, 'SG20', '{"id":"30a002dd-2341-400d-95d0-4318dc08cf29","type":"PERIOD_OPENED","occurredAt":"2027-04-05T09:00:00Z","subject":{"type":"DELETION","id":1,"label":"Deletion of ITU-T Y.2060","studyGroup":"SG20"},"kind":"DELETION","dueAt":"2027-07-05T23:59:59Z","summary":"Objections to deleting Deletion of ITU-T Y.2060 may be made until 2027-07-05T23:59:59Z","href":"http://localhost:8080/dashboard"}');
INSERT INTO recflow.notification_event VALUES ('47906e45-520e-4425-a1c9-e88b2bf47601', 'PERIOD_OPENED', '2027-05-03 09:00:00+00', 'QUESTION', 1, 'SG20', '{"id":"47906e45-520e-4425-a1c9-e88b2bf47601","type":"PERIOD_OPENED","occurredAt":"2027-05-03T09:00:00Z","subject":{"type":"QUESTION","id":1,"label":"Question Q5/20 – Digital identity for IoT devices","studyGroup":"SG20"},"kind":"QUESTION_CONSULTATION","dueAt":"2027-07-03T23:59:59Z","summary":"Consultation of the Member States opened for Question Q5/20 – Digital identity for IoT devices until 2027-07-03T23:59:59Z","href":"http://localhost:8080/dashboard"}');
INSERT INTO recflow.notification_event VALUES ('3ebdf690-0139-463f-8c77-53aa77b0248a', 'PERIOD_OPENED', '2027-05-03 09:00:00+00', 'APPROVAL', 4, 'SG3', '{"id":"3ebdf690-0139-463f-8c77-53aa77b0248a","type":"PERIOD_OPENED","occurredAt":"2027-05-03T09:00:00Z","subject":{"type":"APPROVAL","id":4,"label":"ITU-T D.52 (new) Charging of international mobile roaming","studyGroup":"SG3"},"kind":"CONSULTATION","dueAt":"2027-08-25T23:59:59Z","summary":"Consultation of the Member States opened for ITU-T D.52 (new) Charging of international mobile roaming until 2027-08-25T23:59:59Z","href":"http://localhost:8080/dashboard/approvals/4"}');
INSERT INTO recflow.notification_event VALUES ('4b85a5cb-174c-4b1c-8c26-fdfb7ad53153', 'PERIOD_CLOSED', '2027-05-04 09:00:00+00', 'APPROVAL', 3, 'SG17', '{"id":"4b85a5cb-174c-4b1c-8c26-fdfb7ad53153","type":"PERIOD_CLOSED","occurredAt":"2027-05-04T09:00:00Z","subject":{"type":"APPROVAL","id":3,"label":"ITU-T X.1500 (revised) Cybersecurity information exchange","studyGroup":"SG17"},"kind":"LAST_CALL","dueAt":null,"summary":"Last Call closed for ITU-T X.1500 (revised) Cybersecurity information exchange with 1 comment(s)","href":"http://localhost:8080/dashboard/approvals/3"}');
INSERT INTO recflow.notification_event VALUES ('a4304c07-f0d3-4f35-95f8-ed58f99c2376', 'ACTION_DUE', '2027-05-04 09:00:00+00', 'APPROVAL', 3, 'SG17', '{"id":"a4304c07-f0d3-4f35-95f8-ed58f99c2376","type":"ACTION_DUE","occurredAt":"2027-05-04T09:00:00Z","subject":{"type":"APPROVAL","id":3,"label":"ITU-T X.1500 (revised) Cybersecurity information exchange","studyGroup":"SG17"},"kind":"COMMENT_COMPILATION","dueAt":"2027-05-17T23:59:59Z","summary":"ITU-T X.1500 (revised) Cybersecurity information exchange: COMMENT_COMPILATION due at 2027-05-17T23:59:59Z (OPENED)","href":"http://localhost:8080/dashboard/approvals/3"}');
INSERT INTO recflow.notification_event VALUES ('aab24c16-213e-44da-856b-32c94557d5b4', 'ACTION_DUE', '2027-05-04 09:00:00+00', 'APPROVAL', 4, 'SG3', '{"id":"aab24c16-213e-44da-856b-32c94557d5b4","type":"ACTION_DUE","occurredAt":"2027-05-04T09:00:00Z","subject":{"type":"APPROVAL","id":4,"label":"ITU-T D.52 (new) Charging of international mobile roaming","studyGroup":"SG3"},"kind":"TEXT_DISTRIBUTION","dueAt":"2027-08-06T23:59:59Z","summary":"ITU-T D.52 (new) Charging of international mobile roaming: TEXT_DISTRIBUTION due at 2027-08-06T23:59:59Z (OPENED)","href":"http://localhost:8080/dashboard/approvals/4"}');
INSERT INTO recflow.notification_event VALUES ('8ee7849c-0a30-4a3d-8adb-9e8965e652f8', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8ee7849c-0a30-4a3d-8adb-9e8965e652f8","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AFG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8cfa181b-f6c0-49be-bb36-4c664aa74f8f', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8cfa181b-f6c0-49be-bb36-4c664aa74f8f","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AGO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('84b3b6fa-35d6-4054-aa8c-8eadfedf05fb', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"84b3b6fa-35d6-4054-aa8c-8eadfedf05fb","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ALB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f82ba763-b8b1-4a4d-a09b-826bc7dbcefd', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f82ba763-b8b1-4a4d-a09b-826bc7dbcefd","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ARE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2f129254-abdc-484c-a4cf-ae3c65b1accd', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2f129254-abdc-484c-a4cf-ae3c65b1accd","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ARG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d04ca9b4-a82b-44dc-95a8-c90c1f371896', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d04ca9b4-a82b-44dc-95a8-c90c1f371896","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AUS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('02caa9b4-2547-494b-9971-9e6e51e8a879', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"02caa9b4-2547-494b-9971-9e6e51e8a879","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AZE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1ff890ac-fad0-42ba-81c3-1dce08ed7071', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1ff890ac-fad0-42ba-81c3-1dce08ed7071","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BEL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d57c9ec1-8f41-4264-adbc-61fc99964b5d', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d57c9ec1-8f41-4264-adbc-61fc99964b5d","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BFA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9b970698-491a-4f73-9498-64618a0e6610', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9b970698-491a-4f73-9498-64618a0e6610","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BGR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('403462b5-a0b9-43af-892d-536f7d4c83f7', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"403462b5-a0b9-43af-892d-536f7d4c83f7","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BHS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('da7d3bb1-81e8-4cf3-90f7-74567b1aae7d', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"da7d3bb1-81e8-4cf3-90f7-74567b1aae7d","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BIH has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('49618170-3b81-4a2c-bcf2-e8e6beab7213', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"49618170-3b81-4a2c-bcf2-e8e6beab7213","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BLR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('aeacd3be-3042-4163-8ede-9e503a6d27ac', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"aeacd3be-3042-4163-8ede-9e503a6d27ac","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BOL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e1df226a-2486-46a1-a3fa-e18f64adf927', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e1df226a-2486-46a1-a3fa-e18f64adf927","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BRN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bd676001-9cfd-4872-a950-e8735cea8340', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bd676001-9cfd-4872-a950-e8735cea8340","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BWA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4e1a12dc-026a-41c3-8921-6c9bcdfd6ac5', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4e1a12dc-026a-41c3-8921-6c9bcdfd6ac5","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AND has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5be95ecf-a18e-4b71-b455-6d9272caad6c', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5be95ecf-a18e-4b71-b455-6d9272caad6c","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ARM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('476f05f9-4e58-46a1-9c6d-9e8a22e0e174', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"476f05f9-4e58-46a1-9c6d-9e8a22e0e174","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ATG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('cf3905fb-04aa-46bc-8e26-51324ad69105', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"cf3905fb-04aa-46bc-8e26-51324ad69105","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AUT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ff7e1d9d-2f87-49d8-9cc7-93b56f9eaecf', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ff7e1d9d-2f87-49d8-9cc7-93b56f9eaecf","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BDI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c7f2ddac-70a6-415b-b8a4-f554d7a489a6', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c7f2ddac-70a6-415b-b8a4-f554d7a489a6","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BEN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('00d7291a-df8c-446d-97b9-0b6c8f3ea169', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"00d7291a-df8c-446d-97b9-0b6c8f3ea169","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BGD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('921d36d2-34f0-4788-b8e8-31e9d9d828c7', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"921d36d2-34f0-4788-b8e8-31e9d9d828c7","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BHR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('cadf9347-ea67-404b-80d4-794067ff5dc8', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"cadf9347-ea67-404b-80d4-794067ff5dc8","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BLZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8372e4e5-06db-4a33-bee8-73d8d4de33fc', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8372e4e5-06db-4a33-bee8-73d8d4de33fc","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BRB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('37c84a2f-cc84-4baf-9aed-d4491f4d3a8e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"37c84a2f-cc84-4baf-9aed-d4491f4d3a8e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BTN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('06faa583-47c1-45d2-b3ae-f906beafaf08', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"06faa583-47c1-45d2-b3ae-f906beafaf08","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CAF has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('385ae17d-8a20-4afa-8dce-c562364ea1de', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"385ae17d-8a20-4afa-8dce-c562364ea1de","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CHE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('042115e3-6b2e-4d46-bcb7-378a15e5eb64', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"042115e3-6b2e-4d46-bcb7-378a15e5eb64","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CHN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e2e716d7-c3ad-4371-bdd7-6c3970072077', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e2e716d7-c3ad-4371-bdd7-6c3970072077","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CAN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fd730151-1205-4049-84e1-607d27b8050e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fd730151-1205-4049-84e1-607d27b8050e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CHL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e4b1bd06-fe67-4edb-8dc6-a8d726874066', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e4b1bd06-fe67-4edb-8dc6-a8d726874066","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CIV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a276dbf0-405e-438a-9b6a-bef0c46af637', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a276dbf0-405e-438a-9b6a-bef0c46af637","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('57df82f5-7f7e-4b8b-82cd-8dc26f3af630', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"57df82f5-7f7e-4b8b-82cd-8dc26f3af630","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('00e9b734-8be2-4c43-9d18-3ce41ce1f015', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"00e9b734-8be2-4c43-9d18-3ce41ce1f015","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CPV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7d6f4b92-6348-4adb-88b2-477741575bb5', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7d6f4b92-6348-4adb-88b2-477741575bb5","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CUB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('47504933-514c-4822-b3b0-6052e4b326fd', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"47504933-514c-4822-b3b0-6052e4b326fd","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CZE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9a63d2c2-8b87-4ccf-bc8d-90dd99979bbe', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9a63d2c2-8b87-4ccf-bc8d-90dd99979bbe","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DJI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e5bd5909-6f8f-4b59-9617-c8fd2b3109f9', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e5bd5909-6f8f-4b59-9617-c8fd2b3109f9","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DMA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e5655705-af55-4a50-9ce1-50eb395d7e45', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e5655705-af55-4a50-9ce1-50eb395d7e45","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DNK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('87a9e333-3a00-4e9b-a824-d76e1c5d332a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"87a9e333-3a00-4e9b-a824-d76e1c5d332a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DOM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ec4d7187-e80c-42f0-be6e-01a2a06ba0bf', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ec4d7187-e80c-42f0-be6e-01a2a06ba0bf","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DZA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fdc67f08-1516-4214-8971-2bb037a6071c', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fdc67f08-1516-4214-8971-2bb037a6071c","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ERI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f6d4ae29-8b35-4409-935d-0ced5c5509f6', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f6d4ae29-8b35-4409-935d-0ced5c5509f6","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CMR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ba1ea845-de17-4529-84aa-be1d509265ee', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ba1ea845-de17-4529-84aa-be1d509265ee","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('14f7e800-7c73-4c1f-9962-84e213bb2c99', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"14f7e800-7c73-4c1f-9962-84e213bb2c99","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('05dc3381-91a2-4f9a-a5c7-a5a1d6ffbb91', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"05dc3381-91a2-4f9a-a5c7-a5a1d6ffbb91","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CRI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('803d7ee6-b607-4a8a-8937-89057a59a8e7', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"803d7ee6-b607-4a8a-8937-89057a59a8e7","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CYP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ecbede66-dfe9-4d98-b170-b083686303cb', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ecbede66-dfe9-4d98-b170-b083686303cb","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ECU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('408a0bba-ec04-4571-846a-e175572282c6', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"408a0bba-ec04-4571-846a-e175572282c6","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ESP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7c110612-67c6-470a-b772-86503a270322', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7c110612-67c6-470a-b772-86503a270322","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FSM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7d3fafa7-25ca-4b74-ae70-b5c45cccba9e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7d3fafa7-25ca-4b74-ae70-b5c45cccba9e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GEO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('12169eee-65e0-4d8d-8115-cb28095d1470', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"12169eee-65e0-4d8d-8115-cb28095d1470","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GMB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5b642341-ff34-4cf5-9811-c8ce3f61adc1', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5b642341-ff34-4cf5-9811-c8ce3f61adc1","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GRD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('021ffe41-90b4-4912-9e3b-4b9816ad220d', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"021ffe41-90b4-4912-9e3b-4b9816ad220d","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GUY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e4110aca-268c-425a-8fba-5c4d86483a03', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e4110aca-268c-425a-8fba-5c4d86483a03","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HRV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('dc214d65-4bfb-4e4e-8261-4130a33f11fe', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"dc214d65-4bfb-4e4e-8261-4130a33f11fe","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HUN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2eedbd23-5a1c-4b79-af6e-fa6c4949b0f2', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2eedbd23-5a1c-4b79-af6e-fa6c4949b0f2","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and EST has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f45ab22f-1bb8-49a6-a5f8-f59b8adbb48c', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f45ab22f-1bb8-49a6-a5f8-f59b8adbb48c","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ETH has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1d0a539c-58ac-494f-804e-1d70aabea979', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1d0a539c-58ac-494f-804e-1d70aabea979","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FIN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c753fed0-ea7e-495f-b43a-bfdc93e21140', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c753fed0-ea7e-495f-b43a-bfdc93e21140","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FJI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d656953e-3f08-42f7-8b82-06d2392fdace', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d656953e-3f08-42f7-8b82-06d2392fdace","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FRA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('cd068d17-84ea-40d1-a66a-00b074741910', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"cd068d17-84ea-40d1-a66a-00b074741910","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GAB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0a7cdc30-a820-47b4-9584-a3df6f9126ed', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0a7cdc30-a820-47b4-9584-a3df6f9126ed","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GBR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a4665325-e942-4eb3-a49d-6311366b65bf', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a4665325-e942-4eb3-a49d-6311366b65bf","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GHA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('20ad3b6f-d423-4401-906d-dedc082418cf', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"20ad3b6f-d423-4401-906d-dedc082418cf","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GIN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('53589c76-57d8-43e4-8056-b6941d41894d', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"53589c76-57d8-43e4-8056-b6941d41894d","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GNB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fba15f37-6166-4b83-ad1f-281f81c4e6a2', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fba15f37-6166-4b83-ad1f-281f81c4e6a2","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GNQ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('585afbaa-e031-45e2-8cf5-1e4cdb9b0c7e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"585afbaa-e031-45e2-8cf5-1e4cdb9b0c7e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GRC has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('efa49bdc-bf97-4e5c-bb70-45316d61a666', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"efa49bdc-bf97-4e5c-bb70-45316d61a666","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GTM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d34714d7-4b44-4f8b-b538-c3bc60083448', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d34714d7-4b44-4f8b-b538-c3bc60083448","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HND has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('10de8cbf-88fc-4b94-a4d9-18f7a7db6a42', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"10de8cbf-88fc-4b94-a4d9-18f7a7db6a42","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HTI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bbcb92cf-8a75-4c55-aa69-632278e62091', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bbcb92cf-8a75-4c55-aa69-632278e62091","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IDN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fa45dd7e-a9db-4bdd-b2eb-ff5ba687f73d', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fa45dd7e-a9db-4bdd-b2eb-ff5ba687f73d","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IRL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5b4c29a1-d2dd-4bda-a9a5-e31700b078dc', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5b4c29a1-d2dd-4bda-a9a5-e31700b078dc","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IRN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fd3e538d-b94c-408f-8571-00d11798d9c6', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fd3e538d-b94c-408f-8571-00d11798d9c6","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ISL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('07c55e55-c89c-4ad1-815b-69330f70270e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"07c55e55-c89c-4ad1-815b-69330f70270e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ITA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('69c62162-dfb8-4aff-a543-912aaac17b3a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"69c62162-dfb8-4aff-a543-912aaac17b3a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and JOR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5751c6a7-720e-4d52-bd0e-2ec8a1bc17d7', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5751c6a7-720e-4d52-bd0e-2ec8a1bc17d7","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KGZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('12144dd7-65b9-4699-8314-c1b264d26686', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"12144dd7-65b9-4699-8314-c1b264d26686","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KIR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('629fef7b-6134-4a53-a55e-c1bc05f0da9a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"629fef7b-6134-4a53-a55e-c1bc05f0da9a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KOR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('303803e3-07ff-44ea-b518-fefb494ecb25', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"303803e3-07ff-44ea-b518-fefb494ecb25","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LAO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8c46049c-6300-4302-9035-8bc6487493d9', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8c46049c-6300-4302-9035-8bc6487493d9","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LBR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('473e0d17-4932-4386-93bb-5d3a77ec638c', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"473e0d17-4932-4386-93bb-5d3a77ec638c","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LIE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9ae55908-3e23-411d-a523-3f01e3296342', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9ae55908-3e23-411d-a523-3f01e3296342","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LSO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8220e553-f6ae-4bd3-8d08-50061aaf8153', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8220e553-f6ae-4bd3-8d08-50061aaf8153","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IRQ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('458d3be4-5a3c-46e1-ae3c-3e651272cb00', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"458d3be4-5a3c-46e1-ae3c-3e651272cb00","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ISR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('73d7b168-fa16-45da-91b7-e369b45ce68e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"73d7b168-fa16-45da-91b7-e369b45ce68e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and JAM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('90f2a4f5-eee0-4ad2-ad93-a3349e43e48c', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"90f2a4f5-eee0-4ad2-ad93-a3349e43e48c","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KAZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a6bbc618-f8d4-4b68-abdd-828dd44e58e6', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a6bbc618-f8d4-4b68-abdd-828dd44e58e6","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KHM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('00ba17da-229b-46f5-8223-a7ba232f9049', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"00ba17da-229b-46f5-8223-a7ba232f9049","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KNA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c23f4ae4-95f5-4b79-b10a-3776bc068b85', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c23f4ae4-95f5-4b79-b10a-3776bc068b85","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KWT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('70cd4ecf-d222-4e16-b150-57e5cec26729', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"70cd4ecf-d222-4e16-b150-57e5cec26729","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LBN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6d9e3575-3590-430e-8f67-d6f24cbf80fc', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6d9e3575-3590-430e-8f67-d6f24cbf80fc","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LBY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('646b74a2-2572-4dd4-8acb-61be4b835a95', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"646b74a2-2572-4dd4-8acb-61be4b835a95","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LCA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6195edaa-63cc-422a-88db-e14b7bfb2804', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6195edaa-63cc-422a-88db-e14b7bfb2804","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LKA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e7924973-4449-4ccd-af37-065ad2d45819', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e7924973-4449-4ccd-af37-065ad2d45819","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MCO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d9bc0644-2851-4870-bb7c-635c2014f5f9', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d9bc0644-2851-4870-bb7c-635c2014f5f9","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MDV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7e85f853-847c-4bd2-8174-b2ef515fa6ba', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7e85f853-847c-4bd2-8174-b2ef515fa6ba","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MKD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2e37a7d0-4007-4625-91ca-7875d3beb5af', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2e37a7d0-4007-4625-91ca-7875d3beb5af","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LTU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('dc7bd0da-0ad9-48ec-9b3f-7a0bd603a1f9', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"dc7bd0da-0ad9-48ec-9b3f-7a0bd603a1f9","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LUX has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1809493f-8492-4cb6-9006-e62ea3374293', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1809493f-8492-4cb6-9006-e62ea3374293","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LVA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4e6fa399-5528-435b-b77a-9d719b63f306', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4e6fa399-5528-435b-b77a-9d719b63f306","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MAR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2995728a-dd4f-49e1-bce4-cb056e4ed142', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2995728a-dd4f-49e1-bce4-cb056e4ed142","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MDA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('938a8cde-9bb0-42c6-b3c3-1cf6c93b6061', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"938a8cde-9bb0-42c6-b3c3-1cf6c93b6061","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MDG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c0315a1d-62ea-4915-b45f-1862ad1405d0', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c0315a1d-62ea-4915-b45f-1862ad1405d0","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MHL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('39dfbde8-92a2-4fbf-9907-99075d4266ca', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"39dfbde8-92a2-4fbf-9907-99075d4266ca","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MLI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1be1bd21-d98c-4b88-90b2-035be3244c78', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1be1bd21-d98c-4b88-90b2-035be3244c78","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MNG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('219a8daf-373a-4471-9a3f-11de0b8c8b62', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"219a8daf-373a-4471-9a3f-11de0b8c8b62","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MRT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('cf77039a-b043-435c-9444-5d4549269dce', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"cf77039a-b043-435c-9444-5d4549269dce","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MYS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('97bc0955-b168-4e55-a2c5-48ee995825da', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"97bc0955-b168-4e55-a2c5-48ee995825da","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NER has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('74764efc-02aa-42a4-ac27-937445b0f800', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"74764efc-02aa-42a4-ac27-937445b0f800","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NIC has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b16ba717-b2e7-4930-bb75-9425833a7839', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b16ba717-b2e7-4930-bb75-9425833a7839","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NPL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('41d869ae-0e9d-4f32-88d3-d79384a12c88', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"41d869ae-0e9d-4f32-88d3-d79384a12c88","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MLT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('42e22892-b525-40a9-babf-5543bb8e7abf', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"42e22892-b525-40a9-babf-5543bb8e7abf","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MMR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('554a7586-b908-4ab9-afe7-8b56a70056e3', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"554a7586-b908-4ab9-afe7-8b56a70056e3","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MNE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('dc9043ee-997b-4105-acaf-090d79483f43', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"dc9043ee-997b-4105-acaf-090d79483f43","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MOZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('030b2a59-83c2-4732-971f-778c296df0ac', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"030b2a59-83c2-4732-971f-778c296df0ac","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MUS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e5e09793-2359-49ce-98fc-83e382a0af4b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e5e09793-2359-49ce-98fc-83e382a0af4b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MWI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d2cd4796-99ce-422c-a72a-7ddc462de806', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d2cd4796-99ce-422c-a72a-7ddc462de806","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NAM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f9af83c7-3a51-42b1-9283-4ab9c8e66f83', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f9af83c7-3a51-42b1-9283-4ab9c8e66f83","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NGA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a1a24d3c-68a2-41ce-bfa8-0f08d671928a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a1a24d3c-68a2-41ce-bfa8-0f08d671928a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NLD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4c9a1433-881c-45ae-a2d3-ff936ee5ae50', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4c9a1433-881c-45ae-a2d3-ff936ee5ae50","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NOR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f4b54476-a035-4c67-ac70-c689c0bfe0b1', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f4b54476-a035-4c67-ac70-c689c0bfe0b1","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NRU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('afab8485-e803-47da-97d8-fa7dafbad099', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"afab8485-e803-47da-97d8-fa7dafbad099","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NZL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c2fd9a81-3b5c-48c9-a7c9-dcd3b82ad12b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c2fd9a81-3b5c-48c9-a7c9-dcd3b82ad12b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PAK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4ec293b3-e56a-4161-86d6-20b40ee04c96', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4ec293b3-e56a-4161-86d6-20b40ee04c96","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PAN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fe2edf5f-fbca-4a37-b75e-e0e80e8a42bd', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fe2edf5f-fbca-4a37-b75e-e0e80e8a42bd","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and OMN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('32e431f4-1eb7-4cdc-a471-acf136abef91', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"32e431f4-1eb7-4cdc-a471-acf136abef91","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PER has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d94c3728-d14d-4789-9604-22960ad6c196', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d94c3728-d14d-4789-9604-22960ad6c196","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PNG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c80bc1a1-3973-4377-92e6-b074f585b5d9', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c80bc1a1-3973-4377-92e6-b074f585b5d9","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PRK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('064cbfcd-5d7e-4f4c-b656-58b74e39bc0c', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"064cbfcd-5d7e-4f4c-b656-58b74e39bc0c","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PRY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bc0673b2-057a-43ef-8830-8b9b923d5a48', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bc0673b2-057a-43ef-8830-8b9b923d5a48","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ROU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('62832473-58f5-49ff-9326-55b29571a50a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"62832473-58f5-49ff-9326-55b29571a50a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and RWA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6a6404f6-ccc2-42ed-97bd-24706ace9ad7', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6a6404f6-ccc2-42ed-97bd-24706ace9ad7","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SDN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('63520c16-610d-438f-888f-bb204a5829c2', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"63520c16-610d-438f-888f-bb204a5829c2","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SEN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('60c404f6-4937-4d26-b00d-2cfe8b0e94bc', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"60c404f6-4937-4d26-b00d-2cfe8b0e94bc","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SLB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e4407bda-6b43-4e8e-bd46-405d3aca3330', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e4407bda-6b43-4e8e-bd46-405d3aca3330","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SLV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('db18526c-36a3-4b44-a71f-1c85898e64f2', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"db18526c-36a3-4b44-a71f-1c85898e64f2","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SRB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('afdaadab-004b-4d9d-b7fc-a7ce502cfdba', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"afdaadab-004b-4d9d-b7fc-a7ce502cfdba","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SSD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5d937d8a-98b7-4d16-9e88-4a8e242c080e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5d937d8a-98b7-4d16-9e88-4a8e242c080e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SUR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ce436a41-0f08-43d4-a05f-d81737a356aa', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ce436a41-0f08-43d4-a05f-d81737a356aa","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PHL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('005d5f39-9cf2-470f-98ba-449b1a1237be', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"005d5f39-9cf2-470f-98ba-449b1a1237be","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PLW has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7f62ac1d-699c-4462-b8d1-d3135be83de3', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7f62ac1d-699c-4462-b8d1-d3135be83de3","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and POL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1fd67da7-f20d-420c-a94b-385b63e4d344', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1fd67da7-f20d-420c-a94b-385b63e4d344","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PRT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4fec4fd7-b8f6-4e1d-b943-7954d72bcf8f', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4fec4fd7-b8f6-4e1d-b943-7954d72bcf8f","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and QAT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1c346f93-094c-4fec-b24e-24fb07d49c2e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1c346f93-094c-4fec-b24e-24fb07d49c2e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and RUS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8a57eb99-7295-4289-8452-1f489d33873b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8a57eb99-7295-4289-8452-1f489d33873b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SAU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d62c1a98-d564-4759-a4ec-401ac9facdaf', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d62c1a98-d564-4759-a4ec-401ac9facdaf","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SGP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('20bc9769-92c3-4df2-94c5-686e7dce0356', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"20bc9769-92c3-4df2-94c5-686e7dce0356","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SLE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('335caf3b-16cc-4677-8582-fae40a912c23', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"335caf3b-16cc-4677-8582-fae40a912c23","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SMR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('cbf27fc1-26dc-434b-9f5f-9671572ac98c', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"cbf27fc1-26dc-434b-9f5f-9671572ac98c","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SOM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('73318570-83e9-4401-b7f4-8db14476819f', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"73318570-83e9-4401-b7f4-8db14476819f","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and STP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2f52fa45-407b-4cd3-bf81-96b0aac8a2e6', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2f52fa45-407b-4cd3-bf81-96b0aac8a2e6","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SVK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('06ff54d0-9fa1-43f3-9dab-a304501f34e8', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"06ff54d0-9fa1-43f3-9dab-a304501f34e8","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SWE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f5a3af0b-4b23-4dca-9063-51c468649224', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f5a3af0b-4b23-4dca-9063-51c468649224","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SVN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8e42d03a-5c70-4bbc-aa50-fb00a9f83410', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8e42d03a-5c70-4bbc-aa50-fb00a9f83410","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SWZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0892cce7-97c3-4e72-b2fe-21a556b23c08', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0892cce7-97c3-4e72-b2fe-21a556b23c08","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SYR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2f92208b-4116-4413-90a6-1b02d632138a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2f92208b-4116-4413-90a6-1b02d632138a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TGO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d04a9fdf-d772-4dff-9be5-7a7ea89d5663', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d04a9fdf-d772-4dff-9be5-7a7ea89d5663","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TKM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('07191daa-0f4c-4674-9c58-59a04346a28a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"07191daa-0f4c-4674-9c58-59a04346a28a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TON has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2be1a519-3b32-4c8c-8ffe-6e2ddfb9f658', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2be1a519-3b32-4c8c-8ffe-6e2ddfb9f658","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TZA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('20e57a95-6bf6-41f4-8ceb-7ac2d8a43bcf', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"20e57a95-6bf6-41f4-8ceb-7ac2d8a43bcf","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and UKR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d7aa0ad0-b605-4729-b1f5-bdbcc395319f', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d7aa0ad0-b605-4729-b1f5-bdbcc395319f","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and URY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d03cf621-6491-47d9-9485-1fb49f5b61fe', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d03cf621-6491-47d9-9485-1fb49f5b61fe","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and UZB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fc75b179-9a56-4ad7-b2e4-a624f5d62d6b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fc75b179-9a56-4ad7-b2e4-a624f5d62d6b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VCT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ab117097-5856-4339-8bd8-60cb8218ad46', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ab117097-5856-4339-8bd8-60cb8218ad46","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VNM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b85f58cd-26dd-422f-8370-3daa0c00d1fc', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b85f58cd-26dd-422f-8370-3daa0c00d1fc","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and WSM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f4d488a6-d1ff-4bed-94fd-439f720e4db2', 'ACTION_DUE', '2027-05-24 09:00:00+00', 'APPROVAL', 3, 'SG17', '{"id":"f4d488a6-d1ff-4bed-94fd-439f720e4db2","type":"ACTION_DUE","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":3,"label":"ITU-T X.1500 (revised) Cybersecurity information exchange","studyGroup":"SG17"},"kind":"COMMENT_COMPILATION","dueAt":"2027-05-17T23:59:59Z","summary":"ITU-T X.1500 (revised) Cybersecurity information exchange: COMMENT_COMPILATION due at 2027-05-17T23:59:59Z (OVERDUE)","href":"http://localhost:8080/dashboard/approvals/3"}');
INSERT INTO recflow.notification_event VALUES ('bd02afaa-4e7f-4f3c-95ca-b931adc396af', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bd02afaa-4e7f-4f3c-95ca-b931adc396af","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SYC has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('805b7e97-9094-47b3-82b5-efb14b9639bc', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"805b7e97-9094-47b3-82b5-efb14b9639bc","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TCD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9f95569d-fbe1-4519-b5f7-8ce26ee08b5c', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9f95569d-fbe1-4519-b5f7-8ce26ee08b5c","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and THA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0198173e-509d-44eb-becd-eba4a93d9a66', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0198173e-509d-44eb-becd-eba4a93d9a66","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TJK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('49a16fce-4422-48cb-b3b5-1a8024a0c12b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"49a16fce-4422-48cb-b3b5-1a8024a0c12b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TLS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4f518ec1-fe32-4402-8f9e-dfcb6b59f0b9', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4f518ec1-fe32-4402-8f9e-dfcb6b59f0b9","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TTO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4d2d5fcc-78df-402d-9c64-accaadfe08b4', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4d2d5fcc-78df-402d-9c64-accaadfe08b4","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TUN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1f8d46ce-a993-46a1-9a66-1ca7b983bbab', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1f8d46ce-a993-46a1-9a66-1ca7b983bbab","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TUR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bef86358-015c-47dd-ab87-4601fcbd47da', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bef86358-015c-47dd-ab87-4601fcbd47da","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TUV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7793f69a-6f2e-4c49-a8cc-b9bfb0822ca9', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7793f69a-6f2e-4c49-a8cc-b9bfb0822ca9","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and UGA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('842c223f-293f-4c7b-896d-518c537dba63', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"842c223f-293f-4c7b-896d-518c537dba63","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VAT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d0f79287-2452-444a-bfbb-236b1a5bd921', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d0f79287-2452-444a-bfbb-236b1a5bd921","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VEN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6c85cf89-98d4-4d35-b56c-5b6913a57180', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6c85cf89-98d4-4d35-b56c-5b6913a57180","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VUT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4ea56f09-c67b-43b8-8ec2-c825e7219291', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4ea56f09-c67b-43b8-8ec2-c825e7219291","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and YEM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0d79c907-120f-4e06-886b-d68b192f041a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0d79c907-120f-4e06-886b-d68b192f041a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ZAF has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('43a71088-609e-47dd-bcbe-43fe4ae2abd9', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"43a71088-609e-47dd-bcbe-43fe4ae2abd9","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ZMB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('151f48de-1f0e-476b-8c85-0b4bf2ada543', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"151f48de-1f0e-476b-8c85-0b4bf2ada543","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ZWE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bfaf7fda-4959-4147-a0ad-f3d9cd6adb09', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bfaf7fda-4959-4147-a0ad-f3d9cd6adb09","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AFG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('03a58f79-38ae-42c0-88f0-c65cbbe3d071', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"03a58f79-38ae-42c0-88f0-c65cbbe3d071","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ALB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('823b24d6-2d60-45ca-bf4b-f66f7f17b3ac', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"823b24d6-2d60-45ca-bf4b-f66f7f17b3ac","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ARE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('104f2193-42f3-4c1a-80f5-8a5aac8d337e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"104f2193-42f3-4c1a-80f5-8a5aac8d337e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ARG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0458b0fe-c9ae-4042-9265-5be9339c20f9', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0458b0fe-c9ae-4042-9265-5be9339c20f9","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ARM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('30e386db-50ba-4b3b-926b-cfbae81aa931', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"30e386db-50ba-4b3b-926b-cfbae81aa931","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AUS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8dd53fcb-129a-41dd-8662-ffd6da458601', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8dd53fcb-129a-41dd-8662-ffd6da458601","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AZE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('02702dd0-2d1c-48df-a809-8de00ee1407d', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"02702dd0-2d1c-48df-a809-8de00ee1407d","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BDI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e56b35c1-3aff-476e-aada-cd19fc6222c4', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e56b35c1-3aff-476e-aada-cd19fc6222c4","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BEL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('733c73bc-449c-4ff9-9ec7-e026c214eaff', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"733c73bc-449c-4ff9-9ec7-e026c214eaff","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BGD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0a59cbb6-ef79-4a12-8457-8b34ab92cacd', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0a59cbb6-ef79-4a12-8457-8b34ab92cacd","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BHR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('27b89062-d0d9-4709-ba18-f15195b8807e', 'PERIOD_OPENED', '2027-05-24 09:00:00+00', 'APPROVAL', 5, 'SG20', '{"id":"27b89062-d0d9-4709-ba18-f15195b8807e","type":"PERIOD_OPENED","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":5,"label":"ITU-T Y.4480 (new) Digital twin reference model for smart cities","studyGroup":"SG20"},"kind":"LAST_CALL","dueAt":"2027-06-21T23:59:59Z","summary":"Last Call opened for ITU-T Y.4480 (new) Digital twin reference model for smart cities until 2027-06-21T23:59:59Z","href":"http://localhost:8080/dashboard/approvals/5"}');
INSERT INTO recflow.notification_event VALUES ('a2e7fcff-cbbe-4895-b940-9e8efa72e9f4', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a2e7fcff-cbbe-4895-b940-9e8efa72e9f4","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AGO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('33a28123-d293-44f1-ba34-d280c5b6184b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"33a28123-d293-44f1-ba34-d280c5b6184b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AND has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('434a9992-f012-4a9a-80f8-eb9b3bcdbdd6', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"434a9992-f012-4a9a-80f8-eb9b3bcdbdd6","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ATG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('97748cc8-a2de-4f4f-8f22-68770c648dbc', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"97748cc8-a2de-4f4f-8f22-68770c648dbc","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AUT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d9a1aa8e-d5ea-4cf1-9281-2251917cf68e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d9a1aa8e-d5ea-4cf1-9281-2251917cf68e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BEN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('78f7a6a4-b7a7-4f0f-8483-bdd937754ab5', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"78f7a6a4-b7a7-4f0f-8483-bdd937754ab5","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BFA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fa20bc83-fa61-4c18-9ab5-43588ebcf578', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fa20bc83-fa61-4c18-9ab5-43588ebcf578","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BGR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7334008e-0e7f-4d86-8dd3-6be85b6b52f6', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7334008e-0e7f-4d86-8dd3-6be85b6b52f6","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BHS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('aebd98f7-40e6-4cdd-9cc4-6efee52a956f', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"aebd98f7-40e6-4cdd-9cc4-6efee52a956f","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BLR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('593d60f5-2f0f-43d0-addf-c989263715cc', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"593d60f5-2f0f-43d0-addf-c989263715cc","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BLZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b6537672-7f16-4506-89a1-78ea3fecf9d3', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b6537672-7f16-4506-89a1-78ea3fecf9d3","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BRN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('beda9360-9ca8-4573-8f6a-a4ddde6f8401', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"beda9360-9ca8-4573-8f6a-a4ddde6f8401","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CAN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6e5e761a-671f-4032-a4f0-457b32faa713', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6e5e761a-671f-4032-a4f0-457b32faa713","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CHL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a814cbe9-1e26-49d5-99f8-15818c0be77c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a814cbe9-1e26-49d5-99f8-15818c0be77c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BIH has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3ac5c934-ef05-4d23-86bf-e4a6efaf52b0', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3ac5c934-ef05-4d23-86bf-e4a6efaf52b0","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BOL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d24a6aff-aaa9-49f3-bc04-b630156d0bde', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d24a6aff-aaa9-49f3-bc04-b630156d0bde","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BRB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b42710cc-31d2-4455-8458-8e68f15f748c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b42710cc-31d2-4455-8458-8e68f15f748c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BTN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('56084a3b-8739-4c3b-83b9-d86d6e6cba14', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"56084a3b-8739-4c3b-83b9-d86d6e6cba14","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BWA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1aa07bcc-c2e9-41b0-9151-f27728f5659f', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1aa07bcc-c2e9-41b0-9151-f27728f5659f","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CAF has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2e5cc1fa-c6f4-4d32-9291-c37b28f19787', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2e5cc1fa-c6f4-4d32-9291-c37b28f19787","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CHE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9bda6fa5-cdf5-489b-a401-592b46828a9e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9bda6fa5-cdf5-489b-a401-592b46828a9e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CHN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b47e239d-2042-42d6-ab93-5d228562edf9', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b47e239d-2042-42d6-ab93-5d228562edf9","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CMR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0a6a4a88-54e3-49df-ab1c-26e2f55b3e23', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0a6a4a88-54e3-49df-ab1c-26e2f55b3e23","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6cc0806e-4298-4936-8be8-8e29dec4196a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6cc0806e-4298-4936-8be8-8e29dec4196a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('259c53f4-b3cc-4c5a-bfd4-744b8784f8d6', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"259c53f4-b3cc-4c5a-bfd4-744b8784f8d6","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CPV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('30694eec-8c2f-41a9-a1fc-3428c210971d', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"30694eec-8c2f-41a9-a1fc-3428c210971d","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CUB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5aee290f-7303-4a56-b96a-3a4e77009333', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5aee290f-7303-4a56-b96a-3a4e77009333","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CZE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1044f4c5-31f2-4068-9798-2ad1af114dc7', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1044f4c5-31f2-4068-9798-2ad1af114dc7","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CIV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c097cf58-bb93-40eb-bcd4-8dc55699e2cf', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c097cf58-bb93-40eb-bcd4-8dc55699e2cf","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('517c5d61-c477-4691-96b9-f6d68ddac49b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"517c5d61-c477-4691-96b9-f6d68ddac49b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c108909c-69e5-430f-8587-e1041a96bb88', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c108909c-69e5-430f-8587-e1041a96bb88","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CRI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('13f76bf6-7a8d-48cf-a55d-b8e0db8739f6', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"13f76bf6-7a8d-48cf-a55d-b8e0db8739f6","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CYP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('925e57d4-fabd-4e00-916c-d49cace691bd', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"925e57d4-fabd-4e00-916c-d49cace691bd","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DJI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b0dd7e4f-cb78-42de-8af9-f787d854547e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b0dd7e4f-cb78-42de-8af9-f787d854547e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DNK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8ea2b83d-dad8-472f-9ea8-0601ffe368a7', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8ea2b83d-dad8-472f-9ea8-0601ffe368a7","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DZA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('daba989c-e75a-4726-ad4e-68fd13ddbfc7', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"daba989c-e75a-4726-ad4e-68fd13ddbfc7","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ERI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('12fcb7e9-5a9b-49d7-abfd-26d2e9b79356', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"12fcb7e9-5a9b-49d7-abfd-26d2e9b79356","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and EST has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ddb598b1-da22-4d5f-8f22-ad0aff11074a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ddb598b1-da22-4d5f-8f22-ad0aff11074a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FJI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('97966370-9a24-438d-956c-cafe6c2c5344', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"97966370-9a24-438d-956c-cafe6c2c5344","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FRA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3df2ab64-7c8f-4e94-a31b-cd106a5806f8', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3df2ab64-7c8f-4e94-a31b-cd106a5806f8","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GAB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('058cbdf3-6ee4-4d29-baef-b21f45d856d4', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"058cbdf3-6ee4-4d29-baef-b21f45d856d4","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GEO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9903cc83-9a27-4246-a316-10717baf679f', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9903cc83-9a27-4246-a316-10717baf679f","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DMA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7294bfcc-9501-4a48-a8b0-1caebb7c5436', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7294bfcc-9501-4a48-a8b0-1caebb7c5436","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DOM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('23737fac-d9f6-42e4-8256-74287963bb00', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"23737fac-d9f6-42e4-8256-74287963bb00","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ECU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7517b190-339b-493a-9a88-ce97158eea0d', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7517b190-339b-493a-9a88-ce97158eea0d","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ESP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('60a63666-49bd-42e1-a987-ce224c6e5b31', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"60a63666-49bd-42e1-a987-ce224c6e5b31","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ETH has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b464108e-3c9f-4d23-89b2-399bd757fe36', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b464108e-3c9f-4d23-89b2-399bd757fe36","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FIN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a69a9238-daeb-4913-82c0-113faf95735a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a69a9238-daeb-4913-82c0-113faf95735a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FSM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('aec40aad-dc92-412f-91a5-31213f9f6030', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"aec40aad-dc92-412f-91a5-31213f9f6030","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GBR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('96e3f818-d36f-45bd-9ef7-7b23de78930f', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"96e3f818-d36f-45bd-9ef7-7b23de78930f","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GHA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f90c9958-7401-4ae9-85f0-1cbe28182440', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f90c9958-7401-4ae9-85f0-1cbe28182440","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GMB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4154771e-9741-467a-a198-509c61e0d7ba', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4154771e-9741-467a-a198-509c61e0d7ba","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GNQ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7a52533c-e5ba-4122-a56a-a2d8b1b855fd', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7a52533c-e5ba-4122-a56a-a2d8b1b855fd","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GRD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e25ce892-dd51-4598-aa63-0a73807eea92', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e25ce892-dd51-4598-aa63-0a73807eea92","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GUY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('965648aa-7e25-4c6f-a4bf-e25a02b16797', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"965648aa-7e25-4c6f-a4bf-e25a02b16797","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HRV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e0e137e5-13f6-459a-bab1-42c2fe5206da', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e0e137e5-13f6-459a-bab1-42c2fe5206da","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GIN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3dabf0ef-b072-49e6-8444-bb4a24bc25aa', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3dabf0ef-b072-49e6-8444-bb4a24bc25aa","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GNB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('67da4781-d16d-4676-9b5a-67e51039431e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"67da4781-d16d-4676-9b5a-67e51039431e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GRC has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('09ccce65-bbb3-4c29-90c7-e2339df5c7df', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"09ccce65-bbb3-4c29-90c7-e2339df5c7df","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GTM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('268ead50-5b5e-4967-9614-66dcfef576f8', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"268ead50-5b5e-4967-9614-66dcfef576f8","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HND has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6d70b985-847e-4181-87b5-97acc9f53d33', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6d70b985-847e-4181-87b5-97acc9f53d33","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HTI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('84fbe42b-7f68-4e9c-bc62-ec4ca4bdeefa', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"84fbe42b-7f68-4e9c-bc62-ec4ca4bdeefa","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IDN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('053842a0-f534-4e59-ae07-a07b5e3a23b1', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"053842a0-f534-4e59-ae07-a07b5e3a23b1","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IRN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('11d8bd37-9d5c-4ca9-9bad-e421c59cef8b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"11d8bd37-9d5c-4ca9-9bad-e421c59cef8b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ISL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6a97c1c5-e1a6-4a28-b6ee-2ed5e959c253', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6a97c1c5-e1a6-4a28-b6ee-2ed5e959c253","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ISR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('68657b29-2101-4cb0-879e-10f6ee46d308', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"68657b29-2101-4cb0-879e-10f6ee46d308","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and JOR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7df9f063-fdd6-4a31-9633-702d5c004f78', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7df9f063-fdd6-4a31-9633-702d5c004f78","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KGZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('da6aa772-91c9-4ebd-bf47-4ae8714e1465', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"da6aa772-91c9-4ebd-bf47-4ae8714e1465","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KIR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('09b4fc20-2c75-46d3-8dcd-23cbeb619a19', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"09b4fc20-2c75-46d3-8dcd-23cbeb619a19","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KWT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5bb80a04-5eae-4406-9ccc-ec21f1caa61c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5bb80a04-5eae-4406-9ccc-ec21f1caa61c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HUN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ff37f69c-95d4-4418-9350-de3b118eaf8b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ff37f69c-95d4-4418-9350-de3b118eaf8b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IRL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d4f0e0f2-92fb-4c69-af16-4d37bd7dca0a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d4f0e0f2-92fb-4c69-af16-4d37bd7dca0a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IRQ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d54b0c11-ca02-420d-b064-b05adb3c6183', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d54b0c11-ca02-420d-b064-b05adb3c6183","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ITA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d9cac7f9-0787-44df-a661-2f9628a8d372', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d9cac7f9-0787-44df-a661-2f9628a8d372","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and JAM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a0889c54-3613-4c92-a554-52f707100fb8', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a0889c54-3613-4c92-a554-52f707100fb8","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KAZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4ca1869e-3e0c-42a2-b535-b8412b8a07c9', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4ca1869e-3e0c-42a2-b535-b8412b8a07c9","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KHM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('74a5c1bd-c463-4236-b1c2-eb8a4e314ecd', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"74a5c1bd-c463-4236-b1c2-eb8a4e314ecd","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KNA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d69f3ab5-309d-4f35-a73d-4ecb49b4afb1', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d69f3ab5-309d-4f35-a73d-4ecb49b4afb1","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KOR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7a08e625-74e5-404b-8aa1-ef84dab2e618', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7a08e625-74e5-404b-8aa1-ef84dab2e618","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LAO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7cd1178c-75a9-4632-94b4-c5b31417dfdb', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7cd1178c-75a9-4632-94b4-c5b31417dfdb","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LBR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a2fe410b-2193-4514-97dd-be9b38cbe903', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a2fe410b-2193-4514-97dd-be9b38cbe903","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LCA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('284447f3-ea36-4b50-8dc0-175f64cdc83c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"284447f3-ea36-4b50-8dc0-175f64cdc83c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LIE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('79c519e0-8d73-45b5-8b6d-1a25cc0dc277', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"79c519e0-8d73-45b5-8b6d-1a25cc0dc277","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LSO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3c480f37-5dfe-4938-84e8-c1396c4fbbfe', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3c480f37-5dfe-4938-84e8-c1396c4fbbfe","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LBN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d4041c76-8778-4544-ac31-35a9607070a8', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d4041c76-8778-4544-ac31-35a9607070a8","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LBY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ccfcf24b-630d-49bb-a6c5-cd81d7e0e432', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ccfcf24b-630d-49bb-a6c5-cd81d7e0e432","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LKA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f0413fe1-4516-4e92-a228-0fbc56afa6e6', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f0413fe1-4516-4e92-a228-0fbc56afa6e6","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LTU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('94dd1571-01f7-43c6-b2f6-e2c683616191', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"94dd1571-01f7-43c6-b2f6-e2c683616191","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LUX has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('60a9af6b-4f27-4190-996a-f3e8adf0b572', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"60a9af6b-4f27-4190-996a-f3e8adf0b572","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MAR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('13ced315-ed6d-42b5-a652-05019048d26f', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"13ced315-ed6d-42b5-a652-05019048d26f","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MCO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4194ba7c-46cc-424e-aafd-2563cd81af48', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4194ba7c-46cc-424e-aafd-2563cd81af48","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MDG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('92181d42-5281-47dc-af3e-5e54c18a7711', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"92181d42-5281-47dc-af3e-5e54c18a7711","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MHL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a6afd0b5-2d20-4c04-bc8e-eb8a16c00277', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a6afd0b5-2d20-4c04-bc8e-eb8a16c00277","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MLI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('cc6b10c7-3921-46d0-b878-52dad62f4281', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"cc6b10c7-3921-46d0-b878-52dad62f4281","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MMR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('27092bfe-251f-452a-9ca7-ceb4144e7ef7', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"27092bfe-251f-452a-9ca7-ceb4144e7ef7","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MNE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('74afc498-4b14-4d19-8945-e404835dbd11', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"74afc498-4b14-4d19-8945-e404835dbd11","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MNG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f33c6d07-8a25-4463-814d-7546b9538a6b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f33c6d07-8a25-4463-814d-7546b9538a6b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MOZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e91ab4c7-fd16-40ac-b3fb-0325747a876c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e91ab4c7-fd16-40ac-b3fb-0325747a876c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LVA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('407dfb8b-39c5-4e8e-803d-bd477b1e1cc3', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"407dfb8b-39c5-4e8e-803d-bd477b1e1cc3","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MDA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1000685a-f209-453f-94b1-eb355bca25b3', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1000685a-f209-453f-94b1-eb355bca25b3","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MDV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f65b678a-08e4-4340-9d73-376f4b885621', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f65b678a-08e4-4340-9d73-376f4b885621","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MKD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('695a18ea-c702-4d5c-a746-6df88290a613', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"695a18ea-c702-4d5c-a746-6df88290a613","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MLT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bd8f7dc2-431b-48ec-839e-d5c3c3e75f83', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bd8f7dc2-431b-48ec-839e-d5c3c3e75f83","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MRT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d4f287fe-8fd5-49e0-8a91-4276b01e8008', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d4f287fe-8fd5-49e0-8a91-4276b01e8008","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MWI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('dea4f722-d04c-4b20-9090-d34a069c5a65', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"dea4f722-d04c-4b20-9090-d34a069c5a65","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NAM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6ffc5588-3773-4e1c-8aa7-8254c8ebba3e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6ffc5588-3773-4e1c-8aa7-8254c8ebba3e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NGA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('737a3071-948d-4fc5-9b97-a5856d632b79', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"737a3071-948d-4fc5-9b97-a5856d632b79","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NLD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('19db1d34-5f1d-4dd5-afbc-ef13d3839610', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"19db1d34-5f1d-4dd5-afbc-ef13d3839610","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and OMN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6e332adf-25df-402f-9eb7-465bf59ff989', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6e332adf-25df-402f-9eb7-465bf59ff989","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PAN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b16098d2-04b7-455a-ad0e-4fa66b68fd0e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b16098d2-04b7-455a-ad0e-4fa66b68fd0e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PHL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('eb1d2e1c-5903-4e48-90aa-e3fc637a2ac5', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"eb1d2e1c-5903-4e48-90aa-e3fc637a2ac5","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PNG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('21a19a6d-13c6-4d67-885e-8e9a5bf45174', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"21a19a6d-13c6-4d67-885e-8e9a5bf45174","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MUS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2d6a0e0c-b467-4cb5-b8a1-8dda07108ec9', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2d6a0e0c-b467-4cb5-b8a1-8dda07108ec9","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MYS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e81c4d82-2a36-4e08-8f62-6c613c387528', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e81c4d82-2a36-4e08-8f62-6c613c387528","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NER has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('42c8120b-ef84-433a-8a6b-0a5f8e1b8c6b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"42c8120b-ef84-433a-8a6b-0a5f8e1b8c6b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NIC has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('547cc74c-941f-440c-8c0b-15d026e02d48', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"547cc74c-941f-440c-8c0b-15d026e02d48","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NOR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5b3ff619-3d38-4ab6-a00e-a213c8dbfa63', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5b3ff619-3d38-4ab6-a00e-a213c8dbfa63","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NPL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('54b3dcdf-7da7-490b-a9a2-585f699aecaa', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"54b3dcdf-7da7-490b-a9a2-585f699aecaa","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NRU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('079887d7-0328-4d02-8d9c-ae2e871c9902', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"079887d7-0328-4d02-8d9c-ae2e871c9902","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NZL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('84b37ab3-5a3f-4d17-a691-e96b6a6e220e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"84b37ab3-5a3f-4d17-a691-e96b6a6e220e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PAK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('848f2a01-893f-4a27-bc48-07d507ddbbd6', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"848f2a01-893f-4a27-bc48-07d507ddbbd6","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PER has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6d034cf1-c6c1-427c-9078-5025e6e5473c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6d034cf1-c6c1-427c-9078-5025e6e5473c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PLW has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('52e22583-9f3d-46ee-8840-015f3674775b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"52e22583-9f3d-46ee-8840-015f3674775b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and POL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d454713d-addc-4c1b-8b40-6be73b5ab0da', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d454713d-addc-4c1b-8b40-6be73b5ab0da","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PRK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('273ce444-67b6-4cc0-8370-7a29a5d330e0', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"273ce444-67b6-4cc0-8370-7a29a5d330e0","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PRY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2bcef492-a603-44b7-8264-fe91c7224bcd', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2bcef492-a603-44b7-8264-fe91c7224bcd","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PRT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('df11c3e6-5bea-4615-bf25-7d30b8d0c7d0', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"df11c3e6-5bea-4615-bf25-7d30b8d0c7d0","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ROU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('91c4e0a7-7801-4795-b08d-19db618c6072', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"91c4e0a7-7801-4795-b08d-19db618c6072","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and RWA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('87853bc5-c3fb-4d1a-b85a-52d347dbdbe5', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"87853bc5-c3fb-4d1a-b85a-52d347dbdbe5","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SDN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('86ffdf31-df4e-4c47-8e67-c758da278600', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"86ffdf31-df4e-4c47-8e67-c758da278600","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SGP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6e4b17a7-1406-41ad-a12b-99690e023318', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6e4b17a7-1406-41ad-a12b-99690e023318","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SLE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c6029d08-7bdd-40fd-8fb6-fbc92bb395ee', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c6029d08-7bdd-40fd-8fb6-fbc92bb395ee","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SMR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9f08a132-fe61-4bb9-8fb5-e4a35975c4fd', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9f08a132-fe61-4bb9-8fb5-e4a35975c4fd","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SRB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('cef82e04-4d36-44d2-b3c1-8ad6d0c0a2ad', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"cef82e04-4d36-44d2-b3c1-8ad6d0c0a2ad","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and STP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3ece3a6a-ff2b-4179-bfc0-5ff994367b60', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3ece3a6a-ff2b-4179-bfc0-5ff994367b60","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SVK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d2ea448a-3a3f-42ad-bca7-31abadcce75b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d2ea448a-3a3f-42ad-bca7-31abadcce75b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SWE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c975fdb8-982a-49a4-b913-78fd23010a30', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c975fdb8-982a-49a4-b913-78fd23010a30","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SYC has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0166a2b4-ad05-4b03-9dc3-bfc9d27193f9', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0166a2b4-ad05-4b03-9dc3-bfc9d27193f9","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and THA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('eb166aa9-69f6-4dff-a442-34e99e91ba70', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"eb166aa9-69f6-4dff-a442-34e99e91ba70","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TKM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('32620901-79b2-4eff-bab5-60bcea695b8a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"32620901-79b2-4eff-bab5-60bcea695b8a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and QAT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('88792ea7-9e73-4db4-90da-a5cd3955ab0b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"88792ea7-9e73-4db4-90da-a5cd3955ab0b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and RUS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('cf2a9214-2d1c-4d58-812c-3bca565a7b7d', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"cf2a9214-2d1c-4d58-812c-3bca565a7b7d","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SAU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d5b5c5e7-49b7-4214-9cb1-e7b4997862b2', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d5b5c5e7-49b7-4214-9cb1-e7b4997862b2","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SEN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('32784d72-2431-4fcd-b15c-4f38b8e7f2dc', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"32784d72-2431-4fcd-b15c-4f38b8e7f2dc","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SLB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b026a9c8-e546-44c2-a6df-e10ef2130c46', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b026a9c8-e546-44c2-a6df-e10ef2130c46","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SLV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7102a454-75b6-47f7-805a-1adc39015a12', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7102a454-75b6-47f7-805a-1adc39015a12","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SOM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('251725af-4707-4d8e-b3d9-58e30d65c34a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"251725af-4707-4d8e-b3d9-58e30d65c34a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SSD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('87a50673-0273-4fbf-bf73-49565cf8d243', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"87a50673-0273-4fbf-bf73-49565cf8d243","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SUR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bd4c974c-c132-476a-9363-1f0b0b72e527', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bd4c974c-c132-476a-9363-1f0b0b72e527","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SVN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5281dd64-31fc-4390-b165-73d1d6ec2dbb', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5281dd64-31fc-4390-b165-73d1d6ec2dbb","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SWZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f5451527-63af-4291-8c30-33b68cca9d99', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f5451527-63af-4291-8c30-33b68cca9d99","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SYR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('aaa936c8-a075-4dba-b1dd-d8db3a273e3d', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"aaa936c8-a075-4dba-b1dd-d8db3a273e3d","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TCD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b2dad7ef-d716-468f-9519-f03d1e99d9aa', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b2dad7ef-d716-468f-9519-f03d1e99d9aa","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TGO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('651a1e22-03b6-40f3-8fd3-8d3583e5e1f1', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"651a1e22-03b6-40f3-8fd3-8d3583e5e1f1","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TJK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7f908d05-2f51-4050-8da0-4dcb7b5fa51d', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7f908d05-2f51-4050-8da0-4dcb7b5fa51d","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TLS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a69acecd-cf32-4246-a56b-67dd48442241', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a69acecd-cf32-4246-a56b-67dd48442241","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TTO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7c6497ac-13be-4b15-9378-d1b0295911d2', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7c6497ac-13be-4b15-9378-d1b0295911d2","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TUR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ea45013f-7ef7-48d4-bffe-1ee5735186c1', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ea45013f-7ef7-48d4-bffe-1ee5735186c1","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TUV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a3f897ce-d887-46f0-a665-2c2fcec6b286', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a3f897ce-d887-46f0-a665-2c2fcec6b286","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TZA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ba4f2b2f-2287-4588-8c05-ae1d9b231999', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ba4f2b2f-2287-4588-8c05-ae1d9b231999","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and UGA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('52fc620d-7f4d-4d0a-8298-45a833d43bba', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"52fc620d-7f4d-4d0a-8298-45a833d43bba","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and URY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b144f9c5-f61f-4ee0-9962-a2094eb0575b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b144f9c5-f61f-4ee0-9962-a2094eb0575b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VCT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ed2f0508-de9e-4575-88d0-8b5b17621dbe', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ed2f0508-de9e-4575-88d0-8b5b17621dbe","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VNM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5cc4d277-ffbb-4149-81c3-030c1e1f4a3e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5cc4d277-ffbb-4149-81c3-030c1e1f4a3e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and WSM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1c1743d2-ed4d-4f9c-bfa9-e3ca300348b4', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1c1743d2-ed4d-4f9c-bfa9-e3ca300348b4","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ZMB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('986ed7ce-1cac-44fe-8197-4e459ba27580', 'PERIOD_CLOSED', '2027-06-01 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"986ed7ce-1cac-44fe-8197-4e459ba27580","type":"PERIOD_CLOSED","occurredAt":"2027-06-01T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"CONSULTATION","dueAt":null,"summary":"Consultation closed for ITU-T D.50 (revised) International Internet connectivity","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('333c680f-3721-471e-9746-d8a3db065462', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"333c680f-3721-471e-9746-d8a3db065462","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TON has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7cd6c14b-01e3-4d97-84fd-3c5b7e07179c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7cd6c14b-01e3-4d97-84fd-3c5b7e07179c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TUN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2720baf0-cecb-4cc5-b3f3-6b06f4ef763c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2720baf0-cecb-4cc5-b3f3-6b06f4ef763c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and UKR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4af8855f-1cdb-4f08-a224-1b15317896ee', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4af8855f-1cdb-4f08-a224-1b15317896ee","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and UZB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0be29e3e-1315-479d-835e-05e45c987528', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0be29e3e-1315-479d-835e-05e45c987528","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VAT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fc9989f1-5d3f-4334-ad2d-e7cec812d065', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fc9989f1-5d3f-4334-ad2d-e7cec812d065","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VEN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('34a1275a-ee3a-4dd9-aa57-792d154743c2', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"34a1275a-ee3a-4dd9-aa57-792d154743c2","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VUT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7f17e52e-07c6-4f97-beef-ef15f30f9c35', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7f17e52e-07c6-4f97-beef-ef15f30f9c35","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and YEM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5e8307f1-0b48-4d37-927d-ef88e37dc33e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5e8307f1-0b48-4d37-927d-ef88e37dc33e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ZAF has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('31e5b151-fff6-460a-b102-911fb4fc7448', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"31e5b151-fff6-460a-b102-911fb4fc7448","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ZWE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');


--
-- Data for Name: notification_subscription; Type: TABLE DATA; Schema: recflow; Owner: -
--



--
-- Data for Name: question; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.question VALUES (1, 'SG20', 'Q5/20', 'Digital identity for IoT devices', 'SG20-TD2001', true, 'CONSULTATION', NULL, NULL, '2027-05-03', '2027-07-03 23:59:59+00', '2f2f0a70-ec65-11f1-9326-02fc00000001', '2027-05-03 09:00:00+00', 'chair-sg20');


--
-- Data for Name: reminder_trigger; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.reminder_trigger VALUES (5, 'CHAIR', 'OPENED', '2027-02-02 09:00:00+00', 'APPROVAL', 2, '2027-02-02 09:00:00+00');
INSERT INTO recflow.reminder_trigger VALUES (3, 'TSB', 'OPENED', '2027-01-04 09:00:00+00', 'APPROVAL', 1, '2027-02-02 09:00:00+00');
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

SELECT pg_catalog.setval('recflow.history_entry_id_seq', 1, false);


--
-- Name: history_order; Type: SEQUENCE SET; Schema: recflow; Owner: -
--

SELECT pg_catalog.setval('recflow.history_order', 39, true);


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
-- Name: history_entry_0_4 history_entry_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.history_entry_0_4
    ADD CONSTRAINT history_entry_pkey PRIMARY KEY (id);


--
-- Name: history_step history_step_pkey; Type: CONSTRAINT; Schema: recflow; Owner: -
--

ALTER TABLE ONLY recflow.history_step
    ADD CONSTRAINT history_step_pkey PRIMARY KEY (id);


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
-- Name: history_step_subject; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX history_step_subject ON recflow.history_step USING btree (subject_type, subject_id, id);


--
-- Name: history_subject; Type: INDEX; Schema: recflow; Owner: -
--

CREATE INDEX history_subject ON recflow.history_entry_0_4 USING btree (subject_type, subject_id, id);


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

\unrestrict kJv0LOdKZKWxwkSSoXrLLIPfqvf04DlrA3KePqdyRGRXAiiRjPDIzcX9rYZgc4X

