--
-- PostgreSQL database dump
--

\restrict 913JhFlAjCIU56ZHd5cbz8KksDo9bXZ64fdd1ufKSJXDUNbCjiHcuVoh52O4xhF

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

INSERT INTO public.act_ge_bytearray VALUES ('20667f0e-ec21-11f1-aebe-02fc00000001', 1, 'processes/tap-approval.bpmn', '2065bbbd-ec21-11f1-aebe-02fc00000001', '\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44492220786d6c6e733a63616d756e64613d22687474703a2f2f63616d756e64612e6f72672f736368656d612f312e302f62706d6e2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e6365222069643d22746170417070726f76616c446566696e6974696f6e7322207461726765744e616d6573706163653d2268747470733a2f2f726563666c6f772e6f72672f62706d6e22206578706f727465723d22726563666c6f7722206578706f7274657256657273696f6e3d2231223e0a20203c62706d6e3a6d6573736167652069643d22546170436f6e73756c746174696f6e416e6e6f756e63656422206e616d653d22546170436f6e73756c746174696f6e416e6e6f756e63656422202f3e0a20203c62706d6e3a6d6573736167652069643d225461704d656574696e674f7574636f6d655265636f7264656422206e616d653d225461704d656574696e674f7574636f6d655265636f7264656422202f3e0a20203c62706d6e3a6d6573736167652069643d225461704d6f726554696d654465636964656422206e616d653d225461704d6f726554696d654465636964656422202f3e0a20203c62706d6e3a70726f636573732069643d22746170417070726f76616c22206e616d653d2254415020617070726f76616c206f662061205265636f6d6d656e646174696f6e202857545341205265736f6c7574696f6e203120c2a739292220697345786563757461626c653d2274727565222063616d756e64613a686973746f727954696d65546f4c6976653d22313830223e0a202020203c62706d6e3a73746172744576656e742069643d22617070726f76616c52657175657374656422206e616d653d22417070726f76616c207265717565737465642061667465722064657465726d696e6174696f6e223e0a2020202020203c62706d6e3a6f7574676f696e673e617070726f76616c526571756573746564546f436f6e73756c746174696f6e416e6e6f756e6365643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d22636f6e73756c746174696f6e416e6e6f756e63656422206e616d653d22496e74656e7420616e6e6f756e6365642c20636f6e73756c746174696f6e206f70656e6564202833206d6f6e74687320616865616429223e0a2020202020203c62706d6e3a696e636f6d696e673e617070726f76616c526571756573746564546f436f6e73756c746174696f6e416e6e6f756e6365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e416e6e6f756e636564546f436f6e73756c746174696f6e436c6f7365643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d22636f6e73756c746174696f6e416e6e6f756e6365644d65737361676522206d6573736167655265663d22546170436f6e73756c746174696f6e416e6e6f756e63656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d22636f6e73756c746174696f6e436c6f73656422206e616d653d22436f6e73756c746174696f6e20636c6f73656420283720776f726b696e672064617973206265666f726520746865206d656574696e6729223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e416e6e6f756e636564546f436f6e73756c746174696f6e436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d22636f6e73756c746174696f6e436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f7365436f6e73756c746174696f6e22206e616d653d22436f756e7420746865204d656d626572205374617465207265706c696573222063616d756e64613a64656c656761746545787072657373696f6e3d22247b746170436c6f7365436f6e73756c746174696f6e7d223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65743c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d227468726573686f6c644d657422206e616d653d22373025206f72206d6f726520696e20737570706f72742c206f72206e6f207265706c793f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e537570706f7274733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e42656c6f775468726573686f6c643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226d656574696e674f7574636f6d655265636f7264656422206e616d653d224d656574696e67206f7574636f6d65207265636f72646564223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e537570706f7274733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226d656574696e674f7574636f6d655265636f726465644d65737361676522206d6573736167655265663d225461704d656574696e674f7574636f6d655265636f7264656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226d656574696e674465636973696f6e22206e616d653d22576861742064696420746865206d656574696e67206465636964653f223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e67417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674d6f726554696d653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a6576656e744261736564476174657761792069643d226d6f726554696d6557696e646f7722206e616d653d224f626a656374696f6e2077697468696e2034207765656b733f223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674d6f726554696d653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d6557696e646f77546f4f626a656374696f6e52656365697665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6576656e744261736564476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226d6f726554696d65436c6f73656422206e616d653d224d6f72652074696d6520636c6f736564223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d65436c6f736564546f436c6f73654d6f726554696d653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226d6f726554696d65436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d65436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f73654d6f726554696d6522206e616d653d22446563696465206166746572206d6f72652074696d65222063616d756e64613a64656c656761746545787072657373696f6e3d22247b636c6f73654d6f726554696d657d223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d65436c6f736564546f436c6f73654d6f726554696d653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226d6f726554696d654465636973696f6e22206e616d653d22417070726f766564206166746572206d6f72652074696d653f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d65417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d654e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226f626a656374696f6e526563656976656422206e616d653d224f626a656374696f6e207265636569766564223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d6557696e646f77546f4f626a656374696f6e52656365697665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6f626a656374696f6e5265636569766564546f546f4e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226f626a656374696f6e52656365697665644d65737361676522206d6573736167655265663d225461704d6f726554696d654465636964656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f417070726f76656422206e616d653d22223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e67417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d65417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d22617070726f76656422206e616d653d22417070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f4e6f74417070726f76656422206e616d653d22223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e42656c6f775468726573686f6c643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d654e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6f626a656374696f6e5265636569766564546f546f4e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f4e6f74417070726f766564546f4e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d226e6f74417070726f76656422206e616d653d224e6f7420617070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e746f4e6f74417070726f766564546f4e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22617070726f76616c526571756573746564546f436f6e73756c746174696f6e416e6e6f756e6365642220736f757263655265663d22617070726f76616c52657175657374656422207461726765745265663d22636f6e73756c746174696f6e416e6e6f756e63656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e416e6e6f756e636564546f436f6e73756c746174696f6e436c6f7365642220736f757263655265663d22636f6e73756c746174696f6e416e6e6f756e63656422207461726765745265663d22636f6e73756c746174696f6e436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e2220736f757263655265663d22636f6e73756c746174696f6e436c6f73656422207461726765745265663d22636c6f7365436f6e73756c746174696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65742220736f757263655265663d22636c6f7365436f6e73756c746174696f6e22207461726765745265663d227468726573686f6c644d657422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e537570706f72747322206e616d653d227965732220736f757263655265663d227468726573686f6c644d657422207461726765745265663d226d656574696e674f7574636f6d655265636f72646564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e526573756c74203d3d2027434f4e54494e5545277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e42656c6f775468726573686f6c6422206e616d653d2262656c6f77203730252220736f757263655265663d227468726573686f6c644d657422207461726765745265663d22746f4e6f74417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e526573756c74203d3d202742454c4f575f5448524553484f4c44277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e2220736f757263655265663d226d656574696e674f7574636f6d655265636f7264656422207461726765745265663d226d656574696e674465636973696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e67417070726f76656422206e616d653d226e6f206f626a656374696f6e2220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674e6f74417070726f76656422206e616d653d22616e206f626a656374696f6e2220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d22746f4e6f74417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d20274e4f545f415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674d6f726554696d6522206e616d653d226d6f72652074696d652061736b65642220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d226d6f726554696d6557696e646f77223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d20274d4f52455f54494d45277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365642220736f757263655265663d226d6f726554696d6557696e646f7722207461726765745265663d226d6f726554696d65436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d6557696e646f77546f4f626a656374696f6e52656365697665642220736f757263655265663d226d6f726554696d6557696e646f7722207461726765745265663d226f626a656374696f6e526563656976656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d652220736f757263655265663d226d6f726554696d65436c6f73656422207461726765745265663d22636c6f73654d6f726554696d6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e2220736f757263655265663d22636c6f73654d6f726554696d6522207461726765745265663d226d6f726554696d654465636973696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d65417070726f76656422206e616d653d22617070726f7665642220736f757263655265663d226d6f726554696d654465636973696f6e22207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d654465636973696f6e203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d654e6f74417070726f76656422206e616d653d226e6f7420617070726f7665642220736f757263655265663d226d6f726554696d654465636973696f6e22207461726765745265663d22746f4e6f74417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d654465636973696f6e203d3d20274e4f545f415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226f626a656374696f6e5265636569766564546f546f4e6f74417070726f7665642220736f757263655265663d226f626a656374696f6e526563656976656422207461726765745265663d22746f4e6f74417070726f76656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f417070726f766564546f417070726f7665642220736f757263655265663d22746f417070726f76656422207461726765745265663d22617070726f76656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f4e6f74417070726f766564546f4e6f74417070726f7665642220736f757263655265663d22746f4e6f74417070726f76656422207461726765745265663d226e6f74417070726f76656422202f3e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d2069643d22746170417070726f76616c4469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22746170417070726f76616c506c616e65222062706d6e456c656d656e743d22746170417070726f76616c223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76616c5265717565737465645368617065222062706d6e456c656d656e743d22617070726f76616c526571756573746564223e0a20202020202020203c64633a426f756e647320783d223130322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d2237352220793d22313232222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636f6e73756c746174696f6e416e6e6f756e6365645368617065222062706d6e456c656d656e743d22636f6e73756c746174696f6e416e6e6f756e636564223e0a20202020202020203c64633a426f756e647320783d223233322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223230352220793d22313232222077696474683d22393022206865696768743d22373022202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636f6e73756c746174696f6e436c6f7365645368617065222062706d6e456c656d656e743d22636f6e73756c746174696f6e436c6f736564223e0a20202020202020203c64633a426f756e647320783d223336322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223333352220793d22313232222077696474683d22393022206865696768743d22373022202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f7365436f6e73756c746174696f6e5368617065222062706d6e456c656d656e743d22636c6f7365436f6e73756c746174696f6e223e0a20202020202020203c64633a426f756e647320783d223435352220793d223630222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227468726573686f6c644d65745368617065222062706d6e456c656d656e743d227468726573686f6c644d6574222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223631352220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223539352220793d223239222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d656574696e674f7574636f6d655265636f726465645368617065222062706d6e456c656d656e743d226d656574696e674f7574636f6d655265636f72646564223e0a20202020202020203c64633a426f756e647320783d223735322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223732352220793d22313232222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d656574696e674465636973696f6e5368617065222062706d6e456c656d656e743d226d656574696e674465636973696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223837352220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223835352220793d223433222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f417070726f7665645368617065222062706d6e456c656d656e743d22746f417070726f766564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313532352220793d223735222077696474683d22353022206865696768743d22353022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f7665645368617065222062706d6e456c656d656e743d22617070726f766564223e0a20202020202020203c64633a426f756e647320783d22313636322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313634392220793d22313232222077696474683d22363222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d6557696e646f775368617065222062706d6e456c656d656e743d226d6f726554696d6557696e646f77223e0a20202020202020203c64633a426f756e647320783d22313030352220793d22323235222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223934382220793d22313933222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d65436c6f7365645368617065222062706d6e456c656d656e743d226d6f726554696d65436c6f736564223e0a20202020202020203c64633a426f756e647320783d22313134322220793d22323332222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313131352220793d22323732222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f73654d6f726554696d655368617065222062706d6e456c656d656e743d22636c6f73654d6f726554696d65223e0a20202020202020203c64633a426f756e647320783d22313233352220793d22323130222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d654465636973696f6e5368617065222062706d6e456c656d656e743d226d6f726554696d654465636973696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313339352220793d22323235222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313337352220793d22313933222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226f626a656374696f6e52656365697665645368617065222062706d6e456c656d656e743d226f626a656374696f6e5265636569766564223e0a20202020202020203c64633a426f756e647320783d22313134322220793d22333532222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313131352220793d22333230222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f4e6f74417070726f7665645368617065222062706d6e456c656d656e743d22746f4e6f74417070726f766564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313532352220793d22343535222077696474683d22353022206865696768743d22353022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226e6f74417070726f7665645368617065222062706d6e456c656d656e743d226e6f74417070726f766564223e0a20202020202020203c64633a426f756e647320783d22313636322220793d22343632222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313633372220793d22353032222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22617070726f76616c526571756573746564546f436f6e73756c746174696f6e416e6e6f756e63656445646765222062706d6e456c656d656e743d22617070726f76616c526571756573746564546f436f6e73756c746174696f6e416e6e6f756e636564223e0a20202020202020203c64693a776179706f696e7420783d223133382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223233322220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e416e6e6f756e636564546f436f6e73756c746174696f6e436c6f73656445646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e416e6e6f756e636564546f436f6e73756c746174696f6e436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d223236382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223336322220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e45646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e223e0a20202020202020203c64693a776179706f696e7420783d223339382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223435352220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d657445646765222062706d6e456c656d656e743d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d6574223e0a20202020202020203c64693a776179706f696e7420783d223536352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223631352220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e537570706f72747345646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e537570706f727473223e0a20202020202020203c64693a776179706f696e7420783d223636352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223735322220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223637312220793d223832222077696474683d22333222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e42656c6f775468726573686f6c6445646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e42656c6f775468726573686f6c64223e0a20202020202020203c64693a776179706f696e7420783d223634302220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223634302220793d2234383022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2234383022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223634362220793d22343632222077696474683d22363822206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e45646765222062706d6e456c656d656e743d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e223e0a20202020202020203c64693a776179706f696e7420783d223738382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223837352220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e67417070726f76656445646765222062706d6e456c656d656e743d226d656574696e67417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d223932352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223933312220793d223832222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674d6f726554696d6545646765222062706d6e456c656d656e743d226d656574696e674d6f726554696d65223e0a20202020202020203c64693a776179706f696e7420783d223930302220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223930302220793d2232353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313030352220793d2232353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223930362220793d22323332222077696474683d22393622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674e6f74417070726f76656445646765222062706d6e456c656d656e743d226d656574696e674e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d223930302220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223930302220793d2234383022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2234383022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223930362220793d22343632222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f73656445646765222062706d6e456c656d656e743d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d22313035352220793d2232353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313134322220793d2232353022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d6557696e646f77546f4f626a656374696f6e526563656976656445646765222062706d6e456c656d656e743d226d6f726554696d6557696e646f77546f4f626a656374696f6e5265636569766564223e0a20202020202020203c64693a776179706f696e7420783d22313033302220793d2232373522202f3e0a20202020202020203c64693a776179706f696e7420783d22313033302220793d2233373022202f3e0a20202020202020203c64693a776179706f696e7420783d22313134322220793d2233373022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d6545646765222062706d6e456c656d656e743d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d65223e0a20202020202020203c64693a776179706f696e7420783d22313137382220793d2232353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313233352220793d2232353022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e45646765222062706d6e456c656d656e743d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e223e0a20202020202020203c64693a776179706f696e7420783d22313334352220793d2232353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313339352220793d2232353022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d65417070726f76656445646765222062706d6e456c656d656e743d226d6f726554696d65417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313434352220793d2232353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313535302220793d2232353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313535302220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313435312220793d22323534222077696474683d22363222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d654e6f74417070726f76656445646765222062706d6e456c656d656e743d226d6f726554696d654e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313432302220793d2232373522202f3e0a20202020202020203c64693a776179706f696e7420783d22313432302220793d2234383022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2234383022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313432352220793d22323831222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226f626a656374696f6e5265636569766564546f546f4e6f74417070726f76656445646765222062706d6e456c656d656e743d226f626a656374696f6e5265636569766564546f546f4e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2233383822202f3e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2234383022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2234383022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f417070726f766564546f417070726f76656445646765222062706d6e456c656d656e743d22746f417070726f766564546f417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313537352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22313636322220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f4e6f74417070726f766564546f4e6f74417070726f76656445646765222062706d6e456c656d656e743d22746f4e6f74417070726f766564546f4e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313537352220793d2234383022202f3e0a20202020202020203c64693a776179706f696e7420783d22313636322220793d2234383022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a', false, NULL, 1, '2026-11-29 18:17:24.686', NULL, NULL);
INSERT INTO public.act_ge_bytearray VALUES ('20667f0f-ec21-11f1-aebe-02fc00000001', 1, 'processes/aap-approval.bpmn', '2065bbbd-ec21-11f1-aebe-02fc00000001', '\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44492220786d6c6e733a63616d756e64613d22687474703a2f2f63616d756e64612e6f72672f736368656d612f312e302f62706d6e2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e6365222069643d22616170417070726f76616c446566696e6974696f6e7322207461726765744e616d6573706163653d2268747470733a2f2f726563666c6f772e6f72672f62706d6e22206578706f727465723d22726563666c6f7722206578706f7274657256657273696f6e3d2231223e0a20203c62706d6e3a6d6573736167652069643d224161704164646974696f6e616c526576696577416e6e6f756e63656422206e616d653d224161704164646974696f6e616c526576696577416e6e6f756e63656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704164646974696f6e616c5265766965774a756467656422206e616d653d224161704164646974696f6e616c5265766965774a756467656422202f3e0a20203c62706d6e3a6d6573736167652069643d22416170436f6d6d656e74735265736f6c76656422206e616d653d22416170436f6d6d656e74735265736f6c76656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704c61737443616c6c416e6e6f756e63656422206e616d653d224161704c61737443616c6c416e6e6f756e63656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704c61737443616c6c4a756467656422206e616d653d224161704c61737443616c6c4a756467656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704d656574696e67416e6e6f756e63656422206e616d653d224161704d656574696e67416e6e6f756e63656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704d656574696e674f7574636f6d655265636f7264656422206e616d653d224161704d656574696e674f7574636f6d655265636f7264656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161704d6f726554696d654465636964656422206e616d653d224161704d6f726554696d654465636964656422202f3e0a20203c62706d6e3a6d6573736167652069643d224161705265736f6c7574696f6e4a756467656422206e616d653d224161705265736f6c7574696f6e4a756467656422202f3e0a20203c62706d6e3a70726f636573732069643d22616170417070726f76616c22206e616d653d2241415020617070726f76616c206f662061205265636f6d6d656e646174696f6e20284954552d5420412e38292220697345786563757461626c653d2274727565222063616d756e64613a686973746f727954696d65546f4c6976653d22313830223e0a202020203c62706d6e3a73746172744576656e742069643d22617070726f76616c52657175657374656422206e616d653d22417070726f76616c20726571756573746564223e0a2020202020203c62706d6e3a6f7574676f696e673e617070726f76616c526571756573746564546f4c61737443616c6c416e6e6f756e6365643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226c61737443616c6c416e6e6f756e63656422206e616d653d224c6173742043616c6c20616e6e6f756e636564223e0a2020202020203c62706d6e3a696e636f6d696e673e617070726f76616c526571756573746564546f4c61737443616c6c416e6e6f756e6365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c416e6e6f756e636564546f4c61737443616c6c436c6f7365643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226c61737443616c6c416e6e6f756e6365644d65737361676522206d6573736167655265663d224161704c61737443616c6c416e6e6f756e63656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226c61737443616c6c436c6f73656422206e616d653d224c6173742043616c6c20636c6f736564223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c416e6e6f756e636564546f4c61737443616c6c436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c436c6f736564546f436c6f73654c61737443616c6c3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226c61737443616c6c436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6c61737443616c6c436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f73654c61737443616c6c22206e616d653d22436f756e74204c6173742043616c6c20636f6d6d656e7473222063616d756e64613a64656c656761746545787072657373696f6e3d22247b616170436c6f73654c61737443616c6c7d223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c436c6f736564546f436c6f73654c61737443616c6c3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f73654c61737443616c6c546f4c61737443616c6c436f6d6d656e7465643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226c61737443616c6c436f6d6d656e74656422206e616d653d22416e7920636f6d6d656e7420696e204c6173742043616c6c3f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f73654c61737443616c6c546f4c61737443616c6c436f6d6d656e7465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c4e6f436f6d6d656e743c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c57697468436f6d6d656e74733c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226c61737443616c6c4a756467656422206e616d653d224c6173742043616c6c206a7564676564206279207468652063686169726d616e223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c57697468436f6d6d656e74733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c4a7564676564546f4c61737443616c6c526f7574653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226c61737443616c6c4a75646765644d65737361676522206d6573736167655265663d224161704c61737443616c6c4a756467656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226c61737443616c6c526f75746522206e616d653d22576869636820726f757465206166746572204c6173742043616c6c3f223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c4a7564676564546f4c61737443616c6c526f7574653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c417070726f76653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c4d656574696e673c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c61737443616c6c5265736f6c7574696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d22636f6d6d656e74735265736f6c76656422206e616d653d22436f6d6d656e7473207265736f6c766564223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c5265736f6c7574696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6d6d656e74735265736f6c766564546f5265736f6c7574696f6e4a75646765643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d22636f6d6d656e74735265736f6c7665644d65737361676522206d6573736167655265663d22416170436f6d6d656e74735265736f6c76656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d227265736f6c7574696f6e4a756467656422206e616d653d225265736f6c7574696f6e206a7564676564206279207468652063686169726d616e223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6d6d656e74735265736f6c766564546f5265736f6c7574696f6e4a75646765643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e7265736f6c7574696f6e4a7564676564546f5265736f6c7574696f6e526f7574653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d227265736f6c7574696f6e4a75646765644d65737361676522206d6573736167655265663d224161705265736f6c7574696f6e4a756467656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d227265736f6c7574696f6e526f75746522206e616d653d22576869636820726f757465206166746572207265736f6c7574696f6e3f223e0a2020202020203c62706d6e3a696e636f6d696e673e7265736f6c7574696f6e4a7564676564546f5265736f6c7574696f6e526f7574653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e7265736f6c7574696f6e4164646974696f6e616c5265766965773c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e7265736f6c7574696f6e4d656574696e673c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226164646974696f6e616c526576696577416e6e6f756e63656422206e616d653d224164646974696f6e616c2052657669657720616e6e6f756e636564223e0a2020202020203c62706d6e3a696e636f6d696e673e7265736f6c7574696f6e4164646974696f6e616c5265766965773c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c526576696577416e6e6f756e636564546f4164646974696f6e616c526576696577436c6f7365643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226164646974696f6e616c526576696577416e6e6f756e6365644d65737361676522206d6573736167655265663d224161704164646974696f6e616c526576696577416e6e6f756e63656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226164646974696f6e616c526576696577436c6f73656422206e616d653d224164646974696f6e616c2052657669657720636c6f736564223e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c526576696577416e6e6f756e636564546f4164646974696f6e616c526576696577436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c526576696577436c6f736564546f436c6f73654164646974696f6e616c5265766965773c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226164646974696f6e616c526576696577436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6164646974696f6e616c526576696577436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f73654164646974696f6e616c52657669657722206e616d653d22436f756e74204164646974696f6e616c2052657669657720636f6d6d656e7473222063616d756e64613a64656c656761746545787072657373696f6e3d22247b616170436c6f73654164646974696f6e616c5265766965777d223e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c526576696577436c6f736564546f436c6f73654164646974696f6e616c5265766965773c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f73654164646974696f6e616c526576696577546f4164646974696f6e616c526576696577436f6d6d656e7465643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226164646974696f6e616c526576696577436f6d6d656e74656422206e616d653d22416e7920636f6d6d656e7420696e204164646974696f6e616c205265766965773f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f73654164646974696f6e616c526576696577546f4164646974696f6e616c526576696577436f6d6d656e7465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c5265766965774e6f436f6d6d656e743c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c52657669657757697468436f6d6d656e74733c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226164646974696f6e616c5265766965774a756467656422206e616d653d224164646974696f6e616c20526576696577206a7564676564206279207468652063686169726d616e223e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c52657669657757697468436f6d6d656e74733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c5265766965774a7564676564546f4164646974696f6e616c526576696577526f7574653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226164646974696f6e616c5265766965774a75646765644d65737361676522206d6573736167655265663d224161704164646974696f6e616c5265766965774a756467656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226164646974696f6e616c526576696577526f75746522206e616d653d22576869636820726f757465206166746572204164646974696f6e616c205265766965773f223e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c5265766965774a7564676564546f4164646974696f6e616c526576696577526f7574653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c526576696577417070726f76653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6164646974696f6e616c5265766965774d656574696e673c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f4d656574696e6722206e616d653d22417070726f766520617420746865205347206d656574696e67223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c4d656574696e673c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e7265736f6c7574696f6e4d656574696e673c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c5265766965774d656574696e673c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f4d656574696e67546f4d656574696e67416e6e6f756e6365643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226d656574696e67416e6e6f756e63656422206e616d653d224d656574696e6720616e6e6f756e636564202833207765656b7320616865616429223e0a2020202020203c62706d6e3a696e636f6d696e673e746f4d656574696e67546f4d656574696e67416e6e6f756e6365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e67416e6e6f756e636564546f4d656574696e674f7574636f6d655265636f726465643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226d656574696e67416e6e6f756e6365644d65737361676522206d6573736167655265663d224161704d656574696e67416e6e6f756e63656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226d656574696e674f7574636f6d655265636f7264656422206e616d653d224d656574696e67206f7574636f6d65207265636f72646564223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e67416e6e6f756e636564546f4d656574696e674f7574636f6d655265636f726465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d226d656574696e674f7574636f6d655265636f726465644d65737361676522206d6573736167655265663d224161704d656574696e674f7574636f6d655265636f7264656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226d656574696e674465636973696f6e22206e616d653d22576861742064696420746865206d656574696e67206465636964653f223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e67417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674d6f766564546f5461703c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d656574696e674d6f726554696d653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d226d6f766564546f54617022206e616d653d224d6f76656420746f20544150223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674d6f766564546f5461703c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a6576656e744261736564476174657761792069643d226d6f726554696d6557696e646f7722206e616d653d224f626a656374696f6e2077697468696e2034207765656b733f223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674d6f726554696d653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d6557696e646f77546f5365636f6e644f626a656374696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6576656e744261736564476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226d6f726554696d65436c6f73656422206e616d653d224d6f72652074696d6520636c6f736564223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d65436c6f736564546f436c6f73654d6f726554696d653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226d6f726554696d65436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d65436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f73654d6f726554696d6522206e616d653d22446563696465206166746572206d6f72652074696d65222063616d756e64613a64656c656761746545787072657373696f6e3d22247b636c6f73654d6f726554696d657d223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d65436c6f736564546f436c6f73654d6f726554696d653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d226d6f726554696d654465636973696f6e22206e616d653d22417070726f766564206166746572206d6f72652074696d653f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d65417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6d6f726554696d654e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d227365636f6e644f626a656374696f6e22206e616d653d225365636f6e64206f626a656374696f6e207265636569766564223e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d6557696e646f77546f5365636f6e644f626a656374696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e7365636f6e644f626a656374696f6e546f546f4e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d227365636f6e644f626a656374696f6e4d65737361676522206d6573736167655265663d224161704d6f726554696d654465636964656422202f3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f417070726f76656422206e616d653d22223e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c4e6f436f6d6d656e743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6c61737443616c6c417070726f76653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c5265766965774e6f436f6d6d656e743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6164646974696f6e616c526576696577417070726f76653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e67417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d65417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d22617070726f76656422206e616d653d22417070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f4e6f74417070726f76656422206e616d653d22223e0a2020202020203c62706d6e3a696e636f6d696e673e6d656574696e674e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e6d6f726554696d654e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e7365636f6e644f626a656374696f6e546f546f4e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f4e6f74417070726f766564546f4e6f74417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d226e6f74417070726f76656422206e616d653d224e6f7420617070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e746f4e6f74417070726f766564546f4e6f74417070726f7665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22617070726f76616c526571756573746564546f4c61737443616c6c416e6e6f756e6365642220736f757263655265663d22617070726f76616c52657175657374656422207461726765745265663d226c61737443616c6c416e6e6f756e63656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c416e6e6f756e636564546f4c61737443616c6c436c6f7365642220736f757263655265663d226c61737443616c6c416e6e6f756e63656422207461726765745265663d226c61737443616c6c436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c436c6f736564546f436c6f73654c61737443616c6c2220736f757263655265663d226c61737443616c6c436c6f73656422207461726765745265663d22636c6f73654c61737443616c6c22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f73654c61737443616c6c546f4c61737443616c6c436f6d6d656e7465642220736f757263655265663d22636c6f73654c61737443616c6c22207461726765745265663d226c61737443616c6c436f6d6d656e74656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c4e6f436f6d6d656e7422206e616d653d226e6f20636f6d6d656e742220736f757263655265663d226c61737443616c6c436f6d6d656e74656422207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6c61737443616c6c526573756c74203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c57697468436f6d6d656e747322206e616d653d22636f6d6d656e74732220736f757263655265663d226c61737443616c6c436f6d6d656e74656422207461726765745265663d226c61737443616c6c4a7564676564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6c61737443616c6c526573756c74203d3d20274a554447454d454e54277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c4a7564676564546f4c61737443616c6c526f7574652220736f757263655265663d226c61737443616c6c4a756467656422207461726765745265663d226c61737443616c6c526f75746522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c417070726f766522206e616d653d22616c6c207479706f67726170686963616c2220736f757263655265663d226c61737443616c6c526f75746522207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d2027415050524f5645277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c4d656574696e6722206e616d653d226e657874205347206d656574696e672220736f757263655265663d226c61737443616c6c526f75746522207461726765745265663d22746f4d656574696e67223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d20274d454554494e47277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c61737443616c6c5265736f6c7574696f6e22206e616d653d22636f6d6d656e74207265736f6c7574696f6e2220736f757263655265663d226c61737443616c6c526f75746522207461726765745265663d22636f6d6d656e74735265736f6c766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d2027434f4d4d454e545f5245534f4c5554494f4e277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6d6d656e74735265736f6c766564546f5265736f6c7574696f6e4a75646765642220736f757263655265663d22636f6d6d656e74735265736f6c76656422207461726765745265663d227265736f6c7574696f6e4a756467656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227265736f6c7574696f6e4a7564676564546f5265736f6c7574696f6e526f7574652220736f757263655265663d227265736f6c7574696f6e4a756467656422207461726765745265663d227265736f6c7574696f6e526f75746522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227265736f6c7574696f6e4164646974696f6e616c52657669657722206e616d653d224164646974696f6e616c205265766965772220736f757263655265663d227265736f6c7574696f6e526f75746522207461726765745265663d226164646974696f6e616c526576696577416e6e6f756e636564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d20274144444954494f4e414c5f524556494557277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227265736f6c7574696f6e4d656574696e6722206e616d653d226e657874205347206d656574696e672220736f757263655265663d227265736f6c7574696f6e526f75746522207461726765745265663d22746f4d656574696e67223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d20274d454554494e4727207c7c20726f757465203d3d20274d454554494e475f4e45575f4e4f524d41544956455f5245464552454e4345277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c526576696577416e6e6f756e636564546f4164646974696f6e616c526576696577436c6f7365642220736f757263655265663d226164646974696f6e616c526576696577416e6e6f756e63656422207461726765745265663d226164646974696f6e616c526576696577436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c526576696577436c6f736564546f436c6f73654164646974696f6e616c5265766965772220736f757263655265663d226164646974696f6e616c526576696577436c6f73656422207461726765745265663d22636c6f73654164646974696f6e616c52657669657722202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f73654164646974696f6e616c526576696577546f4164646974696f6e616c526576696577436f6d6d656e7465642220736f757263655265663d22636c6f73654164646974696f6e616c52657669657722207461726765745265663d226164646974696f6e616c526576696577436f6d6d656e74656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c5265766965774e6f436f6d6d656e7422206e616d653d226e6f20636f6d6d656e742220736f757263655265663d226164646974696f6e616c526576696577436f6d6d656e74656422207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6164646974696f6e616c526576696577526573756c74203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c52657669657757697468436f6d6d656e747322206e616d653d22636f6d6d656e74732220736f757263655265663d226164646974696f6e616c526576696577436f6d6d656e74656422207461726765745265663d226164646974696f6e616c5265766965774a7564676564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6164646974696f6e616c526576696577526573756c74203d3d20274a554447454d454e54277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c5265766965774a7564676564546f4164646974696f6e616c526576696577526f7574652220736f757263655265663d226164646974696f6e616c5265766965774a756467656422207461726765745265663d226164646974696f6e616c526576696577526f75746522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c526576696577417070726f766522206e616d653d22616c6c207479706f67726170686963616c2220736f757263655265663d226164646974696f6e616c526576696577526f75746522207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d2027415050524f5645277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226164646974696f6e616c5265766965774d656574696e6722206e616d653d226e657874205347206d656574696e672220736f757263655265663d226164646974696f6e616c526576696577526f75746522207461726765745265663d22746f4d656574696e67223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726f757465203d3d20274d454554494e47277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f4d656574696e67546f4d656574696e67416e6e6f756e6365642220736f757263655265663d22746f4d656574696e6722207461726765745265663d226d656574696e67416e6e6f756e63656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e67416e6e6f756e636564546f4d656574696e674f7574636f6d655265636f726465642220736f757263655265663d226d656574696e67416e6e6f756e63656422207461726765745265663d226d656574696e674f7574636f6d655265636f7264656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e2220736f757263655265663d226d656574696e674f7574636f6d655265636f7264656422207461726765745265663d226d656574696e674465636973696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e67417070726f76656422206e616d653d226174206d6f7374206f6e65206f626a656374696f6e2220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674e6f74417070726f76656422206e616d653d2274776f206f72206d6f7265206f626a656374696f6e732220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d22746f4e6f74417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d20274e4f545f415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674d6f766564546f54617022206e616d653d22706f6c69637920696d706c69636174696f6e732220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d226d6f766564546f546170223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d20274d4f5645445f544f5f544150277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d656574696e674d6f726554696d6522206e616d653d226d6f72652074696d652061736b65642220736f757263655265663d226d656574696e674465636973696f6e22207461726765745265663d226d6f726554696d6557696e646f77223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d656574696e674465636973696f6e203d3d20274d4f52455f54494d45277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f7365642220736f757263655265663d226d6f726554696d6557696e646f7722207461726765745265663d226d6f726554696d65436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d6557696e646f77546f5365636f6e644f626a656374696f6e2220736f757263655265663d226d6f726554696d6557696e646f7722207461726765745265663d227365636f6e644f626a656374696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d652220736f757263655265663d226d6f726554696d65436c6f73656422207461726765745265663d22636c6f73654d6f726554696d6522202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e2220736f757263655265663d22636c6f73654d6f726554696d6522207461726765745265663d226d6f726554696d654465636973696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d65417070726f76656422206e616d653d22617070726f7665642220736f757263655265663d226d6f726554696d654465636973696f6e22207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d654465636973696f6e203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226d6f726554696d654e6f74417070726f76656422206e616d653d226e6f7420617070726f7665642220736f757263655265663d226d6f726554696d654465636973696f6e22207461726765745265663d22746f4e6f74417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6d6f726554696d654465636973696f6e203d3d20274e4f545f415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227365636f6e644f626a656374696f6e546f546f4e6f74417070726f7665642220736f757263655265663d227365636f6e644f626a656374696f6e22207461726765745265663d22746f4e6f74417070726f76656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f417070726f766564546f417070726f7665642220736f757263655265663d22746f417070726f76656422207461726765745265663d22617070726f76656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f4e6f74417070726f766564546f4e6f74417070726f7665642220736f757263655265663d22746f4e6f74417070726f76656422207461726765745265663d226e6f74417070726f76656422202f3e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d2069643d22616170417070726f76616c4469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22616170417070726f76616c506c616e65222062706d6e456c656d656e743d22616170417070726f76616c223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f76616c5265717565737465645368617065222062706d6e456c656d656e743d22617070726f76616c526571756573746564223e0a20202020202020203c64633a426f756e647320783d223130322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d2237352220793d22313232222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61737443616c6c416e6e6f756e6365645368617065222062706d6e456c656d656e743d226c61737443616c6c416e6e6f756e636564223e0a20202020202020203c64633a426f756e647320783d223233322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223230352220793d22313232222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61737443616c6c436c6f7365645368617065222062706d6e456c656d656e743d226c61737443616c6c436c6f736564223e0a20202020202020203c64633a426f756e647320783d223336322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223333352220793d22313232222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f73654c61737443616c6c5368617065222062706d6e456c656d656e743d22636c6f73654c61737443616c6c223e0a20202020202020203c64633a426f756e647320783d223435352220793d223630222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61737443616c6c436f6d6d656e7465645368617065222062706d6e456c656d656e743d226c61737443616c6c436f6d6d656e746564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223631352220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223539352220793d223433222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61737443616c6c4a75646765645368617065222062706d6e456c656d656e743d226c61737443616c6c4a7564676564223e0a20202020202020203c64633a426f756e647320783d223632322220793d22323132222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223539352220793d22323532222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61737443616c6c526f7574655368617065222062706d6e456c656d656e743d226c61737443616c6c526f757465222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223734352220793d22323035222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223638382220793d22313539222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636f6d6d656e74735265736f6c7665645368617065222062706d6e456c656d656e743d22636f6d6d656e74735265736f6c766564223e0a20202020202020203c64633a426f756e647320783d223838322220793d22333432222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223835352220793d22333832222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265736f6c7574696f6e4a75646765645368617065222062706d6e456c656d656e743d227265736f6c7574696f6e4a7564676564223e0a20202020202020203c64633a426f756e647320783d22313031322220793d22333432222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223938352220793d22333832222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265736f6c7574696f6e526f7574655368617065222062706d6e456c656d656e743d227265736f6c7574696f6e526f757465222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313133352220793d22333335222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313037382220793d22323839222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226164646974696f6e616c526576696577416e6e6f756e6365645368617065222062706d6e456c656d656e743d226164646974696f6e616c526576696577416e6e6f756e636564223e0a20202020202020203c64633a426f756e647320783d22313330322220793d22333432222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313237352220793d22333832222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226164646974696f6e616c526576696577436c6f7365645368617065222062706d6e456c656d656e743d226164646974696f6e616c526576696577436c6f736564223e0a20202020202020203c64633a426f756e647320783d22313433322220793d22333432222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313430352220793d22333832222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f73654164646974696f6e616c5265766965775368617065222062706d6e456c656d656e743d22636c6f73654164646974696f6e616c526576696577223e0a20202020202020203c64633a426f756e647320783d22313532352220793d22333230222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226164646974696f6e616c526576696577436f6d6d656e7465645368617065222062706d6e456c656d656e743d226164646974696f6e616c526576696577436f6d6d656e746564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313638352220793d22333335222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313636352220793d22323839222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226164646974696f6e616c5265766965774a75646765645368617065222062706d6e456c656d656e743d226164646974696f6e616c5265766965774a7564676564223e0a20202020202020203c64633a426f756e647320783d22313639322220793d22343732222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313636352220793d22353132222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226164646974696f6e616c526576696577526f7574655368617065222062706d6e456c656d656e743d226164646974696f6e616c526576696577526f757465222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313831352220793d22343635222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313735382220793d22343035222077696474683d22393022206865696768743d22353622202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f4d656574696e675368617065222062706d6e456c656d656e743d22746f4d656574696e67222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223734352220793d22363635222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223732352220793d22373139222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d656574696e67416e6e6f756e6365645368617065222062706d6e456c656d656e743d226d656574696e67416e6e6f756e636564223e0a20202020202020203c64633a426f756e647320783d223838322220793d22363732222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223835352220793d22373132222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d656574696e674f7574636f6d655265636f726465645368617065222062706d6e456c656d656e743d226d656574696e674f7574636f6d655265636f72646564223e0a20202020202020203c64633a426f756e647320783d22313031322220793d22363732222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223938352220793d22373132222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d656574696e674465636973696f6e5368617065222062706d6e456c656d656e743d226d656574696e674465636973696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313133352220793d22363635222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313037382220793d22363333222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d6557696e646f775368617065222062706d6e456c656d656e743d226d6f726554696d6557696e646f77223e0a20202020202020203c64633a426f756e647320783d22313239352220793d22373935222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313233382220793d22373633222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d65436c6f7365645368617065222062706d6e456c656d656e743d226d6f726554696d65436c6f736564223e0a20202020202020203c64633a426f756e647320783d22313433322220793d22383032222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313430352220793d22383432222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f73654d6f726554696d655368617065222062706d6e456c656d656e743d22636c6f73654d6f726554696d65223e0a20202020202020203c64633a426f756e647320783d22313532352220793d22373830222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f726554696d654465636973696f6e5368617065222062706d6e456c656d656e743d226d6f726554696d654465636973696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313638352220793d22373935222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313636352220793d22373633222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227365636f6e644f626a656374696f6e5368617065222062706d6e456c656d656e743d227365636f6e644f626a656374696f6e223e0a20202020202020203c64633a426f756e647320783d22313433322220793d22393232222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313430352220793d22383736222077696474683d22393022206865696768743d22343222202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d6f766564546f5461705368617065222062706d6e456c656d656e743d226d6f766564546f546170223e0a20202020202020203c64633a426f756e647320783d22313031322220793d2231303332222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223938372220793d2231303732222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f4e6f74417070726f7665645368617065222062706d6e456c656d656e743d22746f4e6f74417070726f766564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313934352220793d2231303235222077696474683d22353022206865696768743d22353022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226e6f74417070726f7665645368617065222062706d6e456c656d656e743d226e6f74417070726f766564223e0a20202020202020203c64633a426f756e647320783d22323038322220793d2231303332222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22323035372220793d2231303732222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f417070726f7665645368617065222062706d6e456c656d656e743d22746f417070726f766564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313934352220793d223735222077696474683d22353022206865696768743d22353022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f7665645368617065222062706d6e456c656d656e743d22617070726f766564223e0a20202020202020203c64633a426f756e647320783d22323038322220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22323036392220793d22313232222077696474683d22363222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22617070726f76616c526571756573746564546f4c61737443616c6c416e6e6f756e63656445646765222062706d6e456c656d656e743d22617070726f76616c526571756573746564546f4c61737443616c6c416e6e6f756e636564223e0a20202020202020203c64693a776179706f696e7420783d223133382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223233322220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c416e6e6f756e636564546f4c61737443616c6c436c6f73656445646765222062706d6e456c656d656e743d226c61737443616c6c416e6e6f756e636564546f4c61737443616c6c436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d223236382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223336322220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c436c6f736564546f436c6f73654c61737443616c6c45646765222062706d6e456c656d656e743d226c61737443616c6c436c6f736564546f436c6f73654c61737443616c6c223e0a20202020202020203c64693a776179706f696e7420783d223339382220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223435352220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f73654c61737443616c6c546f4c61737443616c6c436f6d6d656e74656445646765222062706d6e456c656d656e743d22636c6f73654c61737443616c6c546f4c61737443616c6c436f6d6d656e746564223e0a20202020202020203c64693a776179706f696e7420783d223536352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223631352220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c4e6f436f6d6d656e7445646765222062706d6e456c656d656e743d226c61737443616c6c4e6f436f6d6d656e74223e0a20202020202020203c64693a776179706f696e7420783d223636352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22313934352220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223637312220793d223832222077696474683d22373422206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c57697468436f6d6d656e747345646765222062706d6e456c656d656e743d226c61737443616c6c57697468436f6d6d656e7473223e0a20202020202020203c64693a776179706f696e7420783d223634302220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223634302220793d2232313222202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223634352220793d22313331222077696474683d22363222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c4a7564676564546f4c61737443616c6c526f75746545646765222062706d6e456c656d656e743d226c61737443616c6c4a7564676564546f4c61737443616c6c526f757465223e0a20202020202020203c64693a776179706f696e7420783d223635382220793d2232333022202f3e0a20202020202020203c64693a776179706f696e7420783d223734352220793d2232333022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c417070726f766545646765222062706d6e456c656d656e743d226c61737443616c6c417070726f7665223e0a20202020202020203c64693a776179706f696e7420783d223739352220793d2232333022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2232333022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223830312220793d22323334222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c5265736f6c7574696f6e45646765222062706d6e456c656d656e743d226c61737443616c6c5265736f6c7574696f6e223e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2232353522202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d223838322220793d2233363022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223737362220793d22333238222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c61737443616c6c4d656574696e6745646765222062706d6e456c656d656e743d226c61737443616c6c4d656574696e67223e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2232353522202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2236363522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223636392220793d22333636222077696474683d22393622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6d6d656e74735265736f6c766564546f5265736f6c7574696f6e4a756467656445646765222062706d6e456c656d656e743d22636f6d6d656e74735265736f6c766564546f5265736f6c7574696f6e4a7564676564223e0a20202020202020203c64693a776179706f696e7420783d223931382220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313031322220793d2233363022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227265736f6c7574696f6e4a7564676564546f5265736f6c7574696f6e526f75746545646765222062706d6e456c656d656e743d227265736f6c7574696f6e4a7564676564546f5265736f6c7574696f6e526f757465223e0a20202020202020203c64693a776179706f696e7420783d22313034382220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313133352220793d2233363022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227265736f6c7574696f6e4164646974696f6e616c52657669657745646765222062706d6e456c656d656e743d227265736f6c7574696f6e4164646974696f6e616c526576696577223e0a20202020202020203c64693a776179706f696e7420783d22313138352220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313330322220793d2233363022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313139312220793d22333238222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227265736f6c7574696f6e4d656574696e6745646765222062706d6e456c656d656e743d227265736f6c7574696f6e4d656574696e67223e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2233383522202f3e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2234333022202f3e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2235383022202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2235383022202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2236363522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313136352220793d22343336222077696474683d22393622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c526576696577416e6e6f756e636564546f4164646974696f6e616c526576696577436c6f73656445646765222062706d6e456c656d656e743d226164646974696f6e616c526576696577416e6e6f756e636564546f4164646974696f6e616c526576696577436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d22313333382220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313433322220793d2233363022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c526576696577436c6f736564546f436c6f73654164646974696f6e616c52657669657745646765222062706d6e456c656d656e743d226164646974696f6e616c526576696577436c6f736564546f436c6f73654164646974696f6e616c526576696577223e0a20202020202020203c64693a776179706f696e7420783d22313436382220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2233363022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f73654164646974696f6e616c526576696577546f4164646974696f6e616c526576696577436f6d6d656e74656445646765222062706d6e456c656d656e743d22636c6f73654164646974696f6e616c526576696577546f4164646974696f6e616c526576696577436f6d6d656e746564223e0a20202020202020203c64693a776179706f696e7420783d22313633352220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313638352220793d2233363022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c5265766965774e6f436f6d6d656e7445646765222062706d6e456c656d656e743d226164646974696f6e616c5265766965774e6f436f6d6d656e74223e0a20202020202020203c64693a776179706f696e7420783d22313733352220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2233363022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313734312220793d22333432222077696474683d22373422206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c52657669657757697468436f6d6d656e747345646765222062706d6e456c656d656e743d226164646974696f6e616c52657669657757697468436f6d6d656e7473223e0a20202020202020203c64693a776179706f696e7420783d22313731302220793d2233383522202f3e0a20202020202020203c64693a776179706f696e7420783d22313731302220793d2234373222202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313731352220793d22333931222077696474683d22363222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c5265766965774a7564676564546f4164646974696f6e616c526576696577526f75746545646765222062706d6e456c656d656e743d226164646974696f6e616c5265766965774a7564676564546f4164646974696f6e616c526576696577526f757465223e0a20202020202020203c64693a776179706f696e7420783d22313732382220793d2234393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313831352220793d2234393022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c526576696577417070726f766545646765222062706d6e456c656d656e743d226164646974696f6e616c526576696577417070726f7665223e0a20202020202020203c64693a776179706f696e7420783d22313836352220793d2234393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2234393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313837312220793d22343934222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226164646974696f6e616c5265766965774d656574696e6745646765222062706d6e456c656d656e743d226164646974696f6e616c5265766965774d656574696e67223e0a20202020202020203c64693a776179706f696e7420783d22313834302220793d2235313522202f3e0a20202020202020203c64693a776179706f696e7420783d22313834302220793d2235383022202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2235383022202f3e0a20202020202020203c64693a776179706f696e7420783d223737302220793d2236363522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313733382220793d22353834222077696474683d22393622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f4d656574696e67546f4d656574696e67416e6e6f756e63656445646765222062706d6e456c656d656e743d22746f4d656574696e67546f4d656574696e67416e6e6f756e636564223e0a20202020202020203c64693a776179706f696e7420783d223739352220793d2236393022202f3e0a20202020202020203c64693a776179706f696e7420783d223838322220793d2236393022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e67416e6e6f756e636564546f4d656574696e674f7574636f6d655265636f7264656445646765222062706d6e456c656d656e743d226d656574696e67416e6e6f756e636564546f4d656574696e674f7574636f6d655265636f72646564223e0a20202020202020203c64693a776179706f696e7420783d223931382220793d2236393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313031322220793d2236393022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e45646765222062706d6e456c656d656e743d226d656574696e674f7574636f6d655265636f72646564546f4d656574696e674465636973696f6e223e0a20202020202020203c64693a776179706f696e7420783d22313034382220793d2236393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313133352220793d2236393022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e67417070726f76656445646765222062706d6e456c656d656e743d226d656574696e67417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313138352220793d2236393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2236393022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313139312220793d22363934222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674d6f726554696d6545646765222062706d6e456c656d656e743d226d656574696e674d6f726554696d65223e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2237313522202f3e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2238323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313239352220793d2238323022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313136362220793d22383032222077696474683d22393622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674e6f74417070726f76656445646765222062706d6e456c656d656e743d226d656574696e674e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2237313522202f3e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d223130353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313934352220793d223130353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313136362220793d2231303138222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d656574696e674d6f766564546f54617045646765222062706d6e456c656d656e743d226d656574696e674d6f766564546f546170223e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d2237313522202f3e0a20202020202020203c64693a776179706f696e7420783d22313136302220793d223130353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313034382220793d223130353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313036342220793d2231303138222077696474683d22393022206865696768743d22323822202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f73656445646765222062706d6e456c656d656e743d226d6f726554696d6557696e646f77546f4d6f726554696d65436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d22313334352220793d2238323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313433322220793d2238323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d6557696e646f77546f5365636f6e644f626a656374696f6e45646765222062706d6e456c656d656e743d226d6f726554696d6557696e646f77546f5365636f6e644f626a656374696f6e223e0a20202020202020203c64693a776179706f696e7420783d22313332302220793d2238343522202f3e0a20202020202020203c64693a776179706f696e7420783d22313332302220793d2239343022202f3e0a20202020202020203c64693a776179706f696e7420783d22313433322220793d2239343022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d6545646765222062706d6e456c656d656e743d226d6f726554696d65436c6f736564546f436c6f73654d6f726554696d65223e0a20202020202020203c64693a776179706f696e7420783d22313436382220793d2238323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d2238323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e45646765222062706d6e456c656d656e743d22636c6f73654d6f726554696d65546f4d6f726554696d654465636973696f6e223e0a20202020202020203c64693a776179706f696e7420783d22313633352220793d2238323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313638352220793d2238323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d65417070726f76656445646765222062706d6e456c656d656e743d226d6f726554696d65417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313733352220793d2238323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2238323022202f3e0a20202020202020203c64693a776179706f696e7420783d22313937302220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313734312220793d22383234222077696474683d22363222206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226d6f726554696d654e6f74417070726f76656445646765222062706d6e456c656d656e743d226d6f726554696d654e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313731302220793d2238343522202f3e0a20202020202020203c64693a776179706f696e7420783d22313731302220793d223130353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313934352220793d223130353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d22313731352220793d22383531222077696474683d22383622206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227365636f6e644f626a656374696f6e546f546f4e6f74417070726f76656445646765222062706d6e456c656d656e743d227365636f6e644f626a656374696f6e546f546f4e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313435302220793d2239353822202f3e0a20202020202020203c64693a776179706f696e7420783d22313435302220793d223130353022202f3e0a20202020202020203c64693a776179706f696e7420783d22313934352220793d223130353022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f417070726f766564546f417070726f76656445646765222062706d6e456c656d656e743d22746f417070726f766564546f417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313939352220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d22323038322220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f4e6f74417070726f766564546f4e6f74417070726f76656445646765222062706d6e456c656d656e743d22746f4e6f74417070726f766564546f4e6f74417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313939352220793d223130353022202f3e0a20202020202020203c64693a776179706f696e7420783d22323038322220793d223130353022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a', false, NULL, 1, '2026-11-29 18:17:24.686', NULL, NULL);
INSERT INTO public.act_ge_bytearray VALUES ('20667f10-ec21-11f1-aebe-02fc00000001', 1, 'processes/recommendation-deletion.bpmn', '2065bbbd-ec21-11f1-aebe-02fc00000001', '\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44492220786d6c6e733a63616d756e64613d22687474703a2f2f63616d756e64612e6f72672f736368656d612f312e302f62706d6e2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e6365222069643d227265636f6d6d656e646174696f6e44656c6574696f6e446566696e6974696f6e7322207461726765744e616d6573706163653d2268747470733a2f2f726563666c6f772e6f72672f62706d6e22206578706f727465723d22726563666c6f7722206578706f7274657256657273696f6e3d2231223e0a20203c62706d6e3a70726f636573732069643d227265636f6d6d656e646174696f6e44656c6574696f6e22206e616d653d2244656c6574696f6e206f662061205265636f6d6d656e646174696f6e206265747765656e205754534173202857545341205265736f6c7574696f6e203120c2a7392e382e322c20412e3820c2a7382e32292220697345786563757461626c653d2274727565222063616d756e64613a686973746f727954696d65546f4c6976653d22313830223e0a202020203c62706d6e3a73746172744576656e742069643d2264656c6574696f6e41677265656422206e616d653d2244656c6574696f6e206167726565642c2063697263756c617220697373756564223e0a2020202020203c62706d6e3a6f7574676f696e673e64656c6574696f6e416772656564546f4f626a656374696f6e57696e646f77436c6f7365643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226f626a656374696f6e57696e646f77436c6f73656422206e616d653d224f626a656374696f6e2077696e646f7720636c6f736564202833206d6f6e74687329223e0a2020202020203c62706d6e3a696e636f6d696e673e64656c6574696f6e416772656564546f4f626a656374696f6e57696e646f77436c6f7365643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6f626a656374696f6e57696e646f77436c6f736564546f436865636b4f626a656374696f6e733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226f626a656374696f6e57696e646f77436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b6f626a656374696f6e57696e646f77436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636865636b4f626a656374696f6e7322206e616d653d22436865636b20666f72206f626a656374696f6e73222063616d756e64613a64656c656761746545787072657373696f6e3d22247b64656c6574696f6e436c6f736557696e646f777d223e0a2020202020203c62706d6e3a696e636f6d696e673e6f626a656374696f6e57696e646f77436c6f736564546f436865636b4f626a656374696f6e733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636865636b4f626a656374696f6e73546f416e794f626a656374696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22616e794f626a656374696f6e22206e616d653d22416e79206f626a656374696f6e3f223e0a2020202020203c62706d6e3a696e636f6d696e673e636865636b4f626a656374696f6e73546f416e794f626a656374696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6e6f4f626a656374696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6f626a656374696f6e52656365697665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d2264656c6574656422206e616d653d2244656c65746564223e0a2020202020203c62706d6e3a696e636f6d696e673e6e6f4f626a656374696f6e3c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a656e644576656e742069643d2272657475726e6564546f537475647947726f757022206e616d653d2252657475726e656420746f207468652073747564792067726f7570223e0a2020202020203c62706d6e3a696e636f6d696e673e6f626a656374696f6e52656365697665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2264656c6574696f6e416772656564546f4f626a656374696f6e57696e646f77436c6f7365642220736f757263655265663d2264656c6574696f6e41677265656422207461726765745265663d226f626a656374696f6e57696e646f77436c6f73656422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226f626a656374696f6e57696e646f77436c6f736564546f436865636b4f626a656374696f6e732220736f757263655265663d226f626a656374696f6e57696e646f77436c6f73656422207461726765745265663d22636865636b4f626a656374696f6e7322202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636865636b4f626a656374696f6e73546f416e794f626a656374696f6e2220736f757263655265663d22636865636b4f626a656374696f6e7322207461726765745265663d22616e794f626a656374696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226e6f4f626a656374696f6e22206e616d653d226e6f2220736f757263655265663d22616e794f626a656374696f6e22207461726765745265663d2264656c65746564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b77696e646f77526573756c74203d3d202744454c45544544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226f626a656374696f6e526563656976656422206e616d653d227965732220736f757263655265663d22616e794f626a656374696f6e22207461726765745265663d2272657475726e6564546f537475647947726f7570223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b77696e646f77526573756c74203d3d202752455455524e45445f544f5f5347277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d2069643d227265636f6d6d656e646174696f6e44656c6574696f6e4469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d227265636f6d6d656e646174696f6e44656c6574696f6e506c616e65222062706d6e456c656d656e743d227265636f6d6d656e646174696f6e44656c6574696f6e223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2264656c6574696f6e4167726565645368617065222062706d6e456c656d656e743d2264656c6574696f6e416772656564223e0a20202020202020203c64633a426f756e647320783d2239372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d2236372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226f626a656374696f6e57696e646f77436c6f7365645368617065222062706d6e456c656d656e743d226f626a656374696f6e57696e646f77436c6f736564223e0a20202020202020203c64633a426f756e647320783d223234372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223231372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636865636b4f626a656374696f6e735368617065222062706d6e456c656d656e743d22636865636b4f626a656374696f6e73223e0a20202020202020203c64633a426f756e647320783d223336302220793d223630222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22616e794f626a656374696f6e5368617065222062706d6e456c656d656e743d22616e794f626a656374696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223534302220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223531302220793d223434222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2264656c657465645368617065222062706d6e456c656d656e743d2264656c65746564223e0a20202020202020203c64633a426f756e647320783d223639372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223636372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2272657475726e6564546f537475647947726f75705368617065222062706d6e456c656d656e743d2272657475726e6564546f537475647947726f7570223e0a20202020202020203c64633a426f756e647320783d223639372220793d22323032222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223636372220793d22323432222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2264656c6574696f6e416772656564546f4f626a656374696f6e57696e646f77436c6f73656445646765222062706d6e456c656d656e743d2264656c6574696f6e416772656564546f4f626a656374696f6e57696e646f77436c6f736564223e0a20202020202020203c64693a776179706f696e7420783d223133332220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223234372220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226f626a656374696f6e57696e646f77436c6f736564546f436865636b4f626a656374696f6e7345646765222062706d6e456c656d656e743d226f626a656374696f6e57696e646f77436c6f736564546f436865636b4f626a656374696f6e73223e0a20202020202020203c64693a776179706f696e7420783d223238332220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223336302220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636865636b4f626a656374696f6e73546f416e794f626a656374696f6e45646765222062706d6e456c656d656e743d22636865636b4f626a656374696f6e73546f416e794f626a656374696f6e223e0a20202020202020203c64693a776179706f696e7420783d223437302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223534302220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226e6f4f626a656374696f6e45646765222062706d6e456c656d656e743d226e6f4f626a656374696f6e223e0a20202020202020203c64693a776179706f696e7420783d223539302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223639372220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223633302220793d223832222077696474683d22333022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226f626a656374696f6e526563656976656445646765222062706d6e456c656d656e743d226f626a656374696f6e5265636569766564223e0a20202020202020203c64693a776179706f696e7420783d223536352220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223536352220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223639372220793d2232323022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223537312220793d22313630222077696474683d22333022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a', false, NULL, 1, '2026-11-29 18:17:24.686', NULL, NULL);
INSERT INTO public.act_ge_bytearray VALUES ('20667f11-ec21-11f1-aebe-02fc00000001', 1, 'processes/question-approval.bpmn', '2065bbbd-ec21-11f1-aebe-02fc00000001', '\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c2220786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f44492220786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44432220786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f44492220786d6c6e733a63616d756e64613d22687474703a2f2f63616d756e64612e6f72672f736368656d612f312e302f62706d6e2220786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e6365222069643d227175657374696f6e417070726f76616c446566696e6974696f6e7322207461726765744e616d6573706163653d2268747470733a2f2f726563666c6f772e6f72672f62706d6e22206578706f727465723d22726563666c6f7722206578706f7274657256657273696f6e3d2231223e0a20203c62706d6e3a70726f636573732069643d227175657374696f6e417070726f76616c22206e616d653d22417070726f76616c206f662061206e6577206f722072657669736564205175657374696f6e206265747765656e205754534173202857545341205265736f6c7574696f6e203120c2a7372e33292220697345786563757461626c653d2274727565222063616d756e64613a686973746f727954696d65546f4c6976653d22313830223e0a202020203c62706d6e3a73746172744576656e742069643d227175657374696f6e41677265656422206e616d653d225175657374696f6e20616772656564223e0a2020202020203c62706d6e3a6f7574676f696e673e7175657374696f6e416772656564546f506f6c696379496d706c69636174696f6e733c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22706f6c696379496d706c69636174696f6e7322206e616d653d22506f6c69637920696d706c69636174696f6e73206f7220646f7562743f223e0a2020202020203c62706d6e3a696e636f6d696e673e7175657374696f6e416772656564546f506f6c696379496d706c69636174696f6e733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6e6f506f6c696379496d706c69636174696f6e733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e706f6c696379496d706c69636174696f6e734f72446f7562743c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d22636f6e73756c746174696f6e436c6f73656422206e616d653d22436f6e73756c746174696f6e20636c6f736564202832206d6f6e74687329223e0a2020202020203c62706d6e3a696e636f6d696e673e706f6c696379496d706c69636174696f6e734f72446f7562743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d22636f6e73756c746174696f6e436c6f73656454696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e436c6f73657341747d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a202020203c62706d6e3a736572766963655461736b2069643d22636c6f7365436f6e73756c746174696f6e22206e616d653d22436f756e7420746865204d656d626572205374617465207265706c696573222063616d756e64613a64656c656761746545787072657373696f6e3d22247b7175657374696f6e436c6f7365436f6e73756c746174696f6e7d223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65743c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d227468726573686f6c644d657422206e616d653d22373025206f72206d6f726520696e20737570706f72742c206f72206e6f207265706c793f223e0a2020202020203c62706d6e3a696e636f6d696e673e636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e537570706f7274733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e636f6e73756c746174696f6e42656c6f775468726573686f6c643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22746f417070726f76656422206e616d653d22223e0a2020202020203c62706d6e3a696e636f6d696e673e6e6f506f6c696379496d706c69636174696f6e733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e537570706f7274733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a202020203c62706d6e3a656e644576656e742069643d22617070726f76656422206e616d653d22417070726f766564223e0a2020202020203c62706d6e3a696e636f6d696e673e746f417070726f766564546f417070726f7665643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a656e644576656e742069643d2272657475726e6564546f537475647947726f757022206e616d653d2252657475726e656420746f207468652073747564792067726f7570223e0a2020202020203c62706d6e3a696e636f6d696e673e636f6e73756c746174696f6e42656c6f775468726573686f6c643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226e6f506f6c696379496d706c69636174696f6e7322206e616d653d226e6f2028c2a7372e332e33292220736f757263655265663d22706f6c696379496d706c69636174696f6e7322207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b21706f6c696379496d706c69636174696f6e737d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22706f6c696379496d706c69636174696f6e734f72446f75627422206e616d653d227965733a20636f6e73756c7420746865204d656d626572205374617465732220736f757263655265663d22706f6c696379496d706c69636174696f6e7322207461726765745265663d22636f6e73756c746174696f6e436c6f736564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b706f6c696379496d706c69636174696f6e737d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227175657374696f6e416772656564546f506f6c696379496d706c69636174696f6e732220736f757263655265663d227175657374696f6e41677265656422207461726765745265663d22706f6c696379496d706c69636174696f6e7322202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e2220736f757263655265663d22636f6e73756c746174696f6e436c6f73656422207461726765745265663d22636c6f7365436f6e73756c746174696f6e22202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d65742220736f757263655265663d22636c6f7365436f6e73756c746174696f6e22207461726765745265663d227468726573686f6c644d657422202f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e537570706f72747322206e616d653d227965732220736f757263655265663d227468726573686f6c644d657422207461726765745265663d22746f417070726f766564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e526573756c74203d3d2027415050524f564544277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22636f6e73756c746174696f6e42656c6f775468726573686f6c6422206e616d653d2262656c6f77203730252220736f757263655265663d227468726573686f6c644d657422207461726765745265663d2272657475726e6564546f537475647947726f7570223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b636f6e73756c746174696f6e526573756c74203d3d202752455455524e45445f544f5f5347277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f417070726f766564546f417070726f7665642220736f757263655265663d22746f417070726f76656422207461726765745265663d22617070726f76656422202f3e0a20203c2f62706d6e3a70726f636573733e0a20203c62706d6e64693a42504d4e4469616772616d2069643d227175657374696f6e417070726f76616c4469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d227175657374696f6e417070726f76616c506c616e65222062706d6e456c656d656e743d227175657374696f6e417070726f76616c223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227175657374696f6e4167726565645368617065222062706d6e456c656d656e743d227175657374696f6e416772656564223e0a20202020202020203c64633a426f756e647320783d2239372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d2236372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22706f6c696379496d706c69636174696f6e735368617065222062706d6e456c656d656e743d22706f6c696379496d706c69636174696f6e73222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223234302220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223231302220793d223430222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636f6e73756c746174696f6e436c6f7365645368617065222062706d6e456c656d656e743d22636f6e73756c746174696f6e436c6f736564223e0a20202020202020203c64633a426f756e647320783d223339372220793d22323032222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223336372220793d22323432222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22636c6f7365436f6e73756c746174696f6e5368617065222062706d6e456c656d656e743d22636c6f7365436f6e73756c746174696f6e223e0a20202020202020203c64633a426f756e647320783d223531302220793d22313830222077696474683d2231313022206865696768743d22383022202f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227468726573686f6c644d65745368617065222062706d6e456c656d656e743d227468726573686f6c644d6574222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223639302220793d22313935222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223636302220793d22313630222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22746f417070726f7665645368617065222062706d6e456c656d656e743d22746f417070726f766564222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223834302220793d223735222077696474683d22353022206865696768743d22353022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223831302220793d22313239222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22617070726f7665645368617065222062706d6e456c656d656e743d22617070726f766564223e0a20202020202020203c64633a426f756e647320783d223939372220793d223832222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223936372220793d22313232222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2272657475726e6564546f537475647947726f75705368617065222062706d6e456c656d656e743d2272657475726e6564546f537475647947726f7570223e0a20202020202020203c64633a426f756e647320783d223939372220793d22333232222077696474683d22333622206865696768743d22333622202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223936372220793d22333632222077696474683d22393622206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226e6f506f6c696379496d706c69636174696f6e7345646765222062706d6e456c656d656e743d226e6f506f6c696379496d706c69636174696f6e73223e0a20202020202020203c64693a776179706f696e7420783d223239302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223834302220793d2231303022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223239342220793d223832222077696474683d22393022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22706f6c696379496d706c69636174696f6e734f72446f75627445646765222062706d6e456c656d656e743d22706f6c696379496d706c69636174696f6e734f72446f756274223e0a20202020202020203c64693a776179706f696e7420783d223236352220793d2231323522202f3e0a20202020202020203c64693a776179706f696e7420783d223236352220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223339372220793d2232323022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223237322220793d22313530222077696474683d2231313022206865696768743d22323722202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227175657374696f6e416772656564546f506f6c696379496d706c69636174696f6e7345646765222062706d6e456c656d656e743d227175657374696f6e416772656564546f506f6c696379496d706c69636174696f6e73223e0a20202020202020203c64693a776179706f696e7420783d223133332220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223234302220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e45646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e436c6f736564546f436c6f7365436f6e73756c746174696f6e223e0a20202020202020203c64693a776179706f696e7420783d223433332220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223531302220793d2232323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d657445646765222062706d6e456c656d656e743d22636c6f7365436f6e73756c746174696f6e546f5468726573686f6c644d6574223e0a20202020202020203c64693a776179706f696e7420783d223632302220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223639302220793d2232323022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e537570706f72747345646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e537570706f727473223e0a20202020202020203c64693a776179706f696e7420783d223734302220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223836352220793d2232323022202f3e0a20202020202020203c64693a776179706f696e7420783d223836352220793d2231323522202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223737302220793d22323032222077696474683d22333022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22636f6e73756c746174696f6e42656c6f775468726573686f6c6445646765222062706d6e456c656d656e743d22636f6e73756c746174696f6e42656c6f775468726573686f6c64223e0a20202020202020203c64693a776179706f696e7420783d223731352220793d2232343522202f3e0a20202020202020203c64693a776179706f696e7420783d223731352220793d2233343022202f3e0a20202020202020203c64693a776179706f696e7420783d223939372220793d2233343022202f3e0a20202020202020203c62706d6e64693a42504d4e4c6162656c3e0a202020202020202020203c64633a426f756e647320783d223732322220793d22323830222077696474683d22363022206865696768743d22313422202f3e0a20202020202020203c2f62706d6e64693a42504d4e4c6162656c3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f417070726f766564546f417070726f76656445646765222062706d6e456c656d656e743d22746f417070726f766564546f417070726f766564223e0a20202020202020203c64693a776179706f696e7420783d223839302220793d2231303022202f3e0a20202020202020203c64693a776179706f696e7420783d223939372220793d2231303022202f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a', false, NULL, 1, '2026-11-29 18:17:24.686', NULL, NULL);


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
INSERT INTO public.act_ge_property VALUES ('camunda.installation.id', '6f4dc17e-9dcb-4552-971c-2cadf9ccc3d5', 1);


--
-- Data for Name: act_ge_schema_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ge_schema_log VALUES ('0', '2026-11-29 18:17:23.692973', '7.24.0');


--
-- Data for Name: act_hi_actinst; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_hi_actinst VALUES ('approvalRequested:22455141-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', 'approvalRequested', NULL, NULL, NULL, 'Approval requested after determination', 'startEvent', NULL, '2027-01-04 09:00:00', '2027-01-04 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('consultationAnnounced:22479b34-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '2246b0d2-ec21-11f1-aebe-02fc00000001', 'consultationAnnounced', NULL, NULL, NULL, 'Intent announced, consultation opened (3 months ahead)', 'intermediateMessageCatch', NULL, '2027-01-04 09:00:00', '2027-01-04 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('approvalRequested:2271df8e-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'approvalRequested', NULL, NULL, NULL, 'Approval requested', 'startEvent', NULL, '2027-01-04 09:00:00', '2027-01-04 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallAnnounced:22722db1-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '22722daf-ec21-11f1-aebe-02fc00000001', 'lastCallAnnounced', NULL, NULL, NULL, 'Last Call announced', 'intermediateMessageCatch', NULL, '2027-01-04 09:00:00', '2027-01-04 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('closeLastCall:2290d949-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'closeLastCall', NULL, NULL, NULL, 'Count Last Call comments', 'serviceTask', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 7, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallCommented:2292ae0c-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'lastCallCommented', NULL, NULL, NULL, 'Any comment in Last Call?', 'exclusiveGateway', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 9, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallClosed:227ae045-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '227ae044-ec21-11f1-aebe-02fc00000001', 'lastCallClosed', NULL, NULL, NULL, 'Last Call closed', 'intermediateTimer', NULL, '2027-01-04 09:00:00', '2027-02-02 09:00:00', 2505600000, 4, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallRoute:22a0dee3-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'lastCallRoute', NULL, NULL, NULL, 'Which route after Last Call?', 'exclusiveGateway', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 13, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('toMeeting:22a105f4-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'toMeeting', NULL, NULL, NULL, 'Approve at the SG meeting', 'exclusiveGateway', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 15, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallJudged:2293233f-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2292fc2d-ec21-11f1-aebe-02fc00000001', 'lastCallJudged', NULL, NULL, NULL, 'Last Call judged by the chairman', 'intermediateMessageCatch', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 11, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('meetingAnnounced:22a105f7-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '22a105f5-ec21-11f1-aebe-02fc00000001', 'meetingAnnounced', NULL, NULL, NULL, 'Meeting announced (3 weeks ahead)', 'intermediateMessageCatch', NULL, '2027-02-02 09:00:00', '2027-02-02 09:00:00', 0, 4, 17, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('approvalRequested:22db01bf-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'approvalRequested', NULL, NULL, NULL, 'Approval requested', 'startEvent', NULL, '2027-04-05 09:00:00', '2027-04-05 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallAnnounced:22db01c2-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22db01c0-ec21-11f1-aebe-02fc00000001', 'lastCallAnnounced', NULL, NULL, NULL, 'Last Call announced', 'intermediateMessageCatch', NULL, '2027-04-05 09:00:00', '2027-04-05 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('deletionAgreed:22ee149e-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', 'recommendationDeletion', 'recommendationDeletion:1:207b66a9-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', 'deletionAgreed', NULL, NULL, NULL, 'Deletion agreed, circular issued', 'startEvent', NULL, '2027-04-05 09:00:00', '2027-04-05 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('objectionWindowClosed:22ee62c0-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', 'recommendationDeletion', 'recommendationDeletion:1:207b66a9-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', '22ee62bf-ec21-11f1-aebe-02fc00000001', 'objectionWindowClosed', NULL, NULL, NULL, 'Objection window closed (3 months)', 'intermediateTimer', NULL, '2027-04-05 09:00:00', NULL, NULL, 0, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallClosed:22e19176-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22e19175-ec21-11f1-aebe-02fc00000001', 'lastCallClosed', NULL, NULL, NULL, 'Last Call closed', 'intermediateTimer', NULL, '2027-04-05 09:00:00', '2027-05-04 09:00:00', 2505600000, 4, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('meetingOutcomeRecorded:22a8a71a-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '22a8a718-ec21-11f1-aebe-02fc00000001', 'meetingOutcomeRecorded', NULL, NULL, NULL, 'Meeting outcome recorded', 'intermediateMessageCatch', NULL, '2027-02-02 09:00:00', '2027-05-26 17:00:00', 9792000000, 4, 19, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('consultationClosed:2261d9f8-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '2261d9f7-ec21-11f1-aebe-02fc00000001', 'consultationClosed', NULL, NULL, NULL, 'Consultation closed (7 working days before the meeting)', 'intermediateTimer', NULL, '2027-01-04 09:00:00', '2027-06-01 09:00:00', 12787200000, 4, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('consultationClosed:23025ffe-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', 'questionApproval', 'questionApproval:1:207c02eb-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '23025ffd-ec21-11f1-aebe-02fc00000001', 'consultationClosed', NULL, NULL, NULL, 'Consultation closed (2 months)', 'intermediateTimer', NULL, '2027-05-03 09:00:00', NULL, NULL, 0, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('policyImplications:230238ec-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', 'questionApproval', 'questionApproval:1:207c02eb-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', 'policyImplications', NULL, NULL, NULL, 'Policy implications or doubt?', 'exclusiveGateway', NULL, '2027-05-03 09:00:00', '2027-05-03 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('questionAgreed:230238eb-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', 'questionApproval', 'questionApproval:1:207c02eb-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', 'questionAgreed', NULL, NULL, NULL, 'Question agreed', 'startEvent', NULL, '2027-05-03 09:00:00', '2027-05-03 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('approvalRequested:230d8394-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', 'approvalRequested', NULL, NULL, NULL, 'Approval requested after determination', 'startEvent', NULL, '2027-05-03 09:00:00', '2027-05-03 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('consultationClosed:231599eb-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', '231599ea-ec21-11f1-aebe-02fc00000001', 'consultationClosed', NULL, NULL, NULL, 'Consultation closed (7 working days before the meeting)', 'intermediateTimer', NULL, '2027-05-03 09:00:00', NULL, NULL, 0, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('consultationAnnounced:230d8397-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', '230d8395-ec21-11f1-aebe-02fc00000001', 'consultationAnnounced', NULL, NULL, NULL, 'Intent announced, consultation opened (3 months ahead)', 'intermediateMessageCatch', NULL, '2027-05-03 09:00:00', '2027-05-03 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('closeLastCall:23210b9e-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'closeLastCall', NULL, NULL, NULL, 'Count Last Call comments', 'serviceTask', NULL, '2027-05-04 09:00:00', '2027-05-04 09:00:00', 0, 4, 7, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallCommented:2321a7e1-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'lastCallCommented', NULL, NULL, NULL, 'Any comment in Last Call?', 'exclusiveGateway', NULL, '2027-05-04 09:00:00', '2027-05-04 09:00:00', 0, 4, 9, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('commentsResolved:232cf28c-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '232cf28a-ec21-11f1-aebe-02fc00000001', 'commentsResolved', NULL, NULL, NULL, 'Comments resolved', 'intermediateMessageCatch', NULL, '2027-05-04 09:00:00', NULL, NULL, 0, 15, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallRoute:232ccb79-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'lastCallRoute', NULL, NULL, NULL, 'Which route after Last Call?', 'exclusiveGateway', NULL, '2027-05-04 09:00:00', '2027-05-04 09:00:00', 0, 4, 13, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallJudged:2321cef4-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '2321cef2-ec21-11f1-aebe-02fc00000001', 'lastCallJudged', NULL, NULL, NULL, 'Last Call judged by the chairman', 'intermediateMessageCatch', NULL, '2027-05-04 09:00:00', '2027-05-04 09:00:00', 0, 4, 11, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('approvalRequested:2389b891-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', 'approvalRequested', NULL, NULL, NULL, 'Approval requested', 'startEvent', NULL, '2027-05-24 09:00:00', '2027-05-24 09:00:00', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallClosed:2390e488-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', '2390e487-ec21-11f1-aebe-02fc00000001', 'lastCallClosed', NULL, NULL, NULL, 'Last Call closed', 'intermediateTimer', NULL, '2027-05-24 09:00:00', NULL, NULL, 0, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('lastCallAnnounced:238a06b4-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', '2389dfa2-ec21-11f1-aebe-02fc00000001', 'lastCallAnnounced', NULL, NULL, NULL, 'Last Call announced', 'intermediateMessageCatch', NULL, '2027-05-24 09:00:00', '2027-05-24 09:00:00', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('meetingDecision:23d5b5c0-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'meetingDecision', NULL, NULL, NULL, 'What did the meeting decide?', 'exclusiveGateway', NULL, '2027-05-26 17:00:00', '2027-05-26 17:00:00', 0, 4, 21, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('moreTimeWindow:23d5dcd3-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '23d5dcd1-ec21-11f1-aebe-02fc00000001', 'moreTimeWindow', NULL, NULL, NULL, 'Objection within 4 weeks?', 'eventBasedGateway', NULL, '2027-05-26 17:00:00', NULL, NULL, 0, 23, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('closeConsultation:23e28706-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', 'closeConsultation', NULL, NULL, NULL, 'Count the Member State replies', 'serviceTask', NULL, '2027-06-01 09:00:00', '2027-06-01 09:00:00', 0, 4, 7, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('meetingOutcomeRecorded:23e3bf8c-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '23e3bf8a-ec21-11f1-aebe-02fc00000001', 'meetingOutcomeRecorded', NULL, NULL, NULL, 'Meeting outcome recorded', 'intermediateMessageCatch', NULL, '2027-06-01 09:00:00', NULL, NULL, 0, 11, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('thresholdMet:23e3bf89-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', 'thresholdMet', NULL, NULL, NULL, '70% or more in support, or no reply?', 'exclusiveGateway', NULL, '2027-06-01 09:00:00', '2027-06-01 09:00:00', 0, 4, 9, NULL, NULL);


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

INSERT INTO public.act_hi_detail VALUES ('22426b10-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, '223dd72e-ec21-11f1-aebe-02fc00000001', '223f84df-ec21-11f1-aebe-02fc00000001', 'approvalId', 'long', 0, '2027-01-04 09:00:00', NULL, NULL, 1, '1', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('2260c886-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationAnnounced:22479b34-ec21-11f1-aebe-02fc00000001', '2260c885-ec21-11f1-aebe-02fc00000001', 'consultationClosesAt', 'string', 0, '2027-01-04 09:00:00', NULL, NULL, NULL, '2027-05-27T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('2271df8d-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, '2271b87b-ec21-11f1-aebe-02fc00000001', '2271df8c-ec21-11f1-aebe-02fc00000001', 'approvalId', 'long', 0, '2027-01-04 09:00:00', NULL, NULL, 2, '2', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('227ab933-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallAnnounced:22722db1-ec21-11f1-aebe-02fc00000001', '227ab932-ec21-11f1-aebe-02fc00000001', 'lastCallClosesAt', 'string', 0, '2027-01-04 09:00:00', NULL, NULL, NULL, '2027-02-02T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('22925feb-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'closeLastCall:2290d949-ec21-11f1-aebe-02fc00000001', '22925fea-ec21-11f1-aebe-02fc00000001', 'lastCallResult', 'string', 0, '2027-02-02 09:00:00', NULL, NULL, NULL, 'JUDGEMENT', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('22a090c2-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallJudged:2293233f-ec21-11f1-aebe-02fc00000001', '22a090c1-ec21-11f1-aebe-02fc00000001', 'route', 'string', 0, '2027-02-02 09:00:00', NULL, NULL, NULL, 'MEETING', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('22dadaae-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaad-ec21-11f1-aebe-02fc00000001', 'approvalId', 'long', 0, '2027-04-05 09:00:00', NULL, NULL, 3, '3', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('22e14354-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallAnnounced:22db01c2-ec21-11f1-aebe-02fc00000001', '22e14353-ec21-11f1-aebe-02fc00000001', 'lastCallClosesAt', 'string', 0, '2027-04-05 09:00:00', NULL, NULL, NULL, '2027-05-04T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('22eded8b-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'recommendationDeletion', 'recommendationDeletion:1:207b66a9-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, '22eded89-ec21-11f1-aebe-02fc00000001', '22eded8a-ec21-11f1-aebe-02fc00000001', 'objectionWindowClosesAt', 'string', 0, '2027-04-05 09:00:00', NULL, NULL, NULL, '2027-07-06T00:00:00Z', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('22ee149d-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'recommendationDeletion', 'recommendationDeletion:1:207b66a9-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, '22eded89-ec21-11f1-aebe-02fc00000001', '22ee149c-ec21-11f1-aebe-02fc00000001', 'deletionId', 'long', 0, '2027-04-05 09:00:00', NULL, NULL, 1, '1', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('2301eac6-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'questionApproval', 'questionApproval:1:207c02eb-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac5-ec21-11f1-aebe-02fc00000001', 'questionId', 'long', 0, '2027-05-03 09:00:00', NULL, NULL, 1, '1', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('230211d8-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'questionApproval', 'questionApproval:1:207c02eb-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, '2301eac4-ec21-11f1-aebe-02fc00000001', '230211d7-ec21-11f1-aebe-02fc00000001', 'policyImplications', 'boolean', 0, '2027-05-03 09:00:00', NULL, NULL, 1, NULL, NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('230211da-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'questionApproval', 'questionApproval:1:207c02eb-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, '2301eac4-ec21-11f1-aebe-02fc00000001', '230211d9-ec21-11f1-aebe-02fc00000001', 'consultationClosesAt', 'string', 0, '2027-05-03 09:00:00', NULL, NULL, NULL, '2027-07-04T00:00:00Z', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('230d5c83-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, '230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c82-ec21-11f1-aebe-02fc00000001', 'approvalId', 'long', 0, '2027-05-03 09:00:00', NULL, NULL, 4, '4', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('23154bc9-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationAnnounced:230d8397-ec21-11f1-aebe-02fc00000001', '23154bc8-ec21-11f1-aebe-02fc00000001', 'consultationClosesAt', 'string', 0, '2027-05-03 09:00:00', NULL, NULL, NULL, '2027-08-26T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('2321a7e0-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'closeLastCall:23210b9e-ec21-11f1-aebe-02fc00000001', '2321a7df-ec21-11f1-aebe-02fc00000001', 'lastCallResult', 'string', 0, '2027-05-04 09:00:00', NULL, NULL, NULL, 'JUDGEMENT', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('232c7d58-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallJudged:2321cef4-ec21-11f1-aebe-02fc00000001', '232c7d57-ec21-11f1-aebe-02fc00000001', 'route', 'string', 0, '2027-05-04 09:00:00', NULL, NULL, NULL, 'COMMENT_RESOLUTION', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('23899180-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, '2389917e-ec21-11f1-aebe-02fc00000001', '2389917f-ec21-11f1-aebe-02fc00000001', 'approvalId', 'long', 0, '2027-05-24 09:00:00', NULL, NULL, 5, '5', NULL, 1, NULL, NULL, NULL, true);
INSERT INTO public.act_hi_detail VALUES ('23909666-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallAnnounced:238a06b4-ec21-11f1-aebe-02fc00000001', '23906f55-ec21-11f1-aebe-02fc00000001', 'lastCallClosesAt', 'string', 0, '2027-05-24 09:00:00', NULL, NULL, NULL, '2027-06-22T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('23d4a44d-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'meetingOutcomeRecorded:22a8a71a-ec21-11f1-aebe-02fc00000001', '23d4a44c-ec21-11f1-aebe-02fc00000001', 'meetingDecision', 'string', 0, '2027-05-26 17:00:00', NULL, NULL, NULL, 'MORE_TIME', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('23d4cb5f-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'meetingOutcomeRecorded:22a8a71a-ec21-11f1-aebe-02fc00000001', '23d4cb5e-ec21-11f1-aebe-02fc00000001', 'moreTimeClosesAt', 'string', 0, '2027-05-26 17:00:00', NULL, NULL, NULL, '2027-06-24T00:00:00Z', NULL, 1, NULL, NULL, NULL, false);
INSERT INTO public.act_hi_detail VALUES ('23e3bf88-ec21-11f1-aebe-02fc00000001', 'VariableUpdate', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'closeConsultation:23e28706-ec21-11f1-aebe-02fc00000001', '23e39877-ec21-11f1-aebe-02fc00000001', 'consultationResult', 'string', 0, '2027-06-01 09:00:00', NULL, NULL, NULL, 'CONTINUE', NULL, 1, NULL, NULL, NULL, false);


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

INSERT INTO public.act_hi_job_log VALUES ('200ced44-ec21-11f1-aebe-02fc00000001', '2026-11-29 18:17:24.099', '200b66a3-ec21-11f1-aebe-02fc00000001', '2026-11-30 01:00:00', 3, 0, NULL, NULL, 0, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, NULL, 'vm/pid32698', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2225943d-ec21-11f1-aebe-02fc00000001', '2027-01-04 09:00:00', '200b66a3-ec21-11f1-aebe-02fc00000001', '2026-11-30 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid32698', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('22670a1a-ec21-11f1-aebe-02fc00000001', '2027-01-04 09:00:00', '226646c9-ec21-11f1-aebe-02fc00000001', '2027-05-27 00:00:00', 3, 0, NULL, NULL, 0, '2079e004-ec21-11f1-aebe-02fc00000001', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 'consultationClosed', NULL, '2261d9f7-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', 'tapApproval', '2065bbbd-ec21-11f1-aebe-02fc00000001', 1, NULL, 'vm/pid32698', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('227b0757-ec21-11f1-aebe-02fc00000001', '2027-01-04 09:00:00', '227b0756-ec21-11f1-aebe-02fc00000001', '2027-02-02 00:00:00', 3, 0, NULL, NULL, 0, '207b3f97-ec21-11f1-aebe-02fc00000001', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 'lastCallClosed', NULL, '227ae044-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', 'aapApproval', '2065bbbd-ec21-11f1-aebe-02fc00000001', 1, NULL, 'vm/pid32698', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2287d898-ec21-11f1-aebe-02fc00000001', '2027-02-02 09:00:00', '200b66a3-ec21-11f1-aebe-02fc00000001', '2027-01-05 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid32698', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('22932340-ec21-11f1-aebe-02fc00000001', '2027-02-02 09:00:00', '227b0756-ec21-11f1-aebe-02fc00000001', '2027-02-02 00:00:00', 3, 0, NULL, NULL, 2, '207b3f97-ec21-11f1-aebe-02fc00000001', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 'lastCallClosed', NULL, '227ae044-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', 'aapApproval', '2065bbbd-ec21-11f1-aebe-02fc00000001', 4, NULL, 'vm/pid32698', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('22d29d4b-ec21-11f1-aebe-02fc00000001', '2027-04-05 09:00:00', '200b66a3-ec21-11f1-aebe-02fc00000001', '2027-02-03 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid32698', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('22e1b888-ec21-11f1-aebe-02fc00000001', '2027-04-05 09:00:00', '22e1b887-ec21-11f1-aebe-02fc00000001', '2027-05-04 00:00:00', 3, 0, NULL, NULL, 0, '207b3f97-ec21-11f1-aebe-02fc00000001', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 'lastCallClosed', NULL, '22e19175-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', 'aapApproval', '2065bbbd-ec21-11f1-aebe-02fc00000001', 1, NULL, 'vm/pid32698', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('22ee89d2-ec21-11f1-aebe-02fc00000001', '2027-04-05 09:00:00', '22ee89d1-ec21-11f1-aebe-02fc00000001', '2027-07-06 00:00:00', 3, 0, NULL, NULL, 0, '207b66aa-ec21-11f1-aebe-02fc00000001', 'timer-intermediate-transition', 'DATE: ${objectionWindowClosesAt}', 'objectionWindowClosed', NULL, '22ee62bf-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', 'recommendationDeletion:1:207b66a9-ec21-11f1-aebe-02fc00000001', 'recommendationDeletion', '2065bbbd-ec21-11f1-aebe-02fc00000001', 1, NULL, 'vm/pid32698', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('22f603e3-ec21-11f1-aebe-02fc00000001', '2027-05-03 09:00:00', '200b66a3-ec21-11f1-aebe-02fc00000001', '2027-04-06 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid32698', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('23028710-ec21-11f1-aebe-02fc00000001', '2027-05-03 09:00:00', '2302870f-ec21-11f1-aebe-02fc00000001', '2027-07-04 00:00:00', 3, 0, NULL, NULL, 0, '207c02ec-ec21-11f1-aebe-02fc00000001', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 'consultationClosed', NULL, '23025ffd-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', 'questionApproval:1:207c02eb-ec21-11f1-aebe-02fc00000001', 'questionApproval', '2065bbbd-ec21-11f1-aebe-02fc00000001', 1, NULL, 'vm/pid32698', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2315c0fd-ec21-11f1-aebe-02fc00000001', '2027-05-03 09:00:00', '2315c0fc-ec21-11f1-aebe-02fc00000001', '2027-08-26 00:00:00', 3, 0, NULL, NULL, 0, '2079e004-ec21-11f1-aebe-02fc00000001', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 'consultationClosed', NULL, '231599ea-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', 'tapApproval', '2065bbbd-ec21-11f1-aebe-02fc00000001', 1, NULL, 'vm/pid32698', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2321cef5-ec21-11f1-aebe-02fc00000001', '2027-05-04 09:00:00', '22e1b887-ec21-11f1-aebe-02fc00000001', '2027-05-04 00:00:00', 3, 0, NULL, NULL, 2, '207b3f97-ec21-11f1-aebe-02fc00000001', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 'lastCallClosed', NULL, '22e19175-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', 'aapApproval', '2065bbbd-ec21-11f1-aebe-02fc00000001', 4, NULL, 'vm/pid32698', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('23255166-ec21-11f1-aebe-02fc00000001', '2027-05-04 09:00:00', '200b66a3-ec21-11f1-aebe-02fc00000001', '2027-05-04 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid32698', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2330c31d-ec21-11f1-aebe-02fc00000001', '2027-05-24 09:00:00', '200b66a3-ec21-11f1-aebe-02fc00000001', '2027-05-05 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid32698', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('23910b9a-ec21-11f1-aebe-02fc00000001', '2027-05-24 09:00:00', '23910b99-ec21-11f1-aebe-02fc00000001', '2027-06-22 00:00:00', 3, 0, NULL, NULL, 0, '207b3f97-ec21-11f1-aebe-02fc00000001', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 'lastCallClosed', NULL, '2390e487-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', 'aapApproval', '2065bbbd-ec21-11f1-aebe-02fc00000001', 1, NULL, 'vm/pid32698', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('2399971b-ec21-11f1-aebe-02fc00000001', '2027-05-26 17:00:00', '200b66a3-ec21-11f1-aebe-02fc00000001', '2027-05-25 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid32698', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('23d603e5-ec21-11f1-aebe-02fc00000001', '2027-05-26 17:00:00', '23d5dcd4-ec21-11f1-aebe-02fc00000001', '2027-06-24 00:00:00', 3, 0, NULL, NULL, 0, '207b3f96-ec21-11f1-aebe-02fc00000001', 'timer-intermediate-transition', 'DATE: ${moreTimeClosesAt}', 'moreTimeClosed', NULL, '23d5dcd1-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', 'aapApproval', '2065bbbd-ec21-11f1-aebe-02fc00000001', 1, NULL, 'vm/pid32698', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('23e3e69d-ec21-11f1-aebe-02fc00000001', '2027-06-01 09:00:00', '226646c9-ec21-11f1-aebe-02fc00000001', '2027-05-27 00:00:00', 3, 0, NULL, NULL, 2, '2079e004-ec21-11f1-aebe-02fc00000001', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 'consultationClosed', NULL, '2261d9f7-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', 'tapApproval', '2065bbbd-ec21-11f1-aebe-02fc00000001', 4, NULL, 'vm/pid32698', NULL, NULL);
INSERT INTO public.act_hi_job_log VALUES ('23e5944e-ec21-11f1-aebe-02fc00000001', '2027-06-01 09:00:00', '200b66a3-ec21-11f1-aebe-02fc00000001', '2027-05-27 01:00:00', 3, 0, NULL, NULL, 2, NULL, 'history-cleanup', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, 'vm/pid32698', NULL, NULL);


--
-- Data for Name: act_hi_op_log; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_procinst; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_hi_procinst VALUES ('223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', 'APPROVAL-1', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '2027-01-04 09:00:00', NULL, NULL, NULL, NULL, 'approvalRequested', NULL, NULL, '223dd72e-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'APPROVAL-2', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2027-01-04 09:00:00', NULL, NULL, NULL, NULL, 'approvalRequested', NULL, NULL, '2271b87b-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'APPROVAL-3', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2027-04-05 09:00:00', NULL, NULL, NULL, NULL, 'approvalRequested', NULL, NULL, '22dadaac-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('22eded89-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', 'DELETION-1', 'recommendationDeletion', 'recommendationDeletion:1:207b66a9-ec21-11f1-aebe-02fc00000001', '2027-04-05 09:00:00', NULL, NULL, NULL, NULL, 'deletionAgreed', NULL, NULL, '22eded89-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', 'QUESTION-1', 'questionApproval', 'questionApproval:1:207c02eb-ec21-11f1-aebe-02fc00000001', '2027-05-03 09:00:00', NULL, NULL, NULL, NULL, 'questionAgreed', NULL, NULL, '2301eac4-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', 'APPROVAL-4', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '2027-05-03 09:00:00', NULL, NULL, NULL, NULL, 'approvalRequested', NULL, NULL, '230d5c81-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('2389917e-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', 'APPROVAL-5', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2027-05-24 09:00:00', NULL, NULL, NULL, NULL, 'approvalRequested', NULL, NULL, '2389917e-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);


--
-- Data for Name: act_hi_taskinst; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_varinst; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_hi_varinst VALUES ('223f84df-ec21-11f1-aebe-02fc00000001', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'approvalId', 'long', '2027-01-04 09:00:00', 0, NULL, NULL, 1, '1', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2260c885-ec21-11f1-aebe-02fc00000001', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationClosesAt', 'string', '2027-01-04 09:00:00', 0, NULL, NULL, NULL, '2027-05-27T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2271df8c-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'approvalId', 'long', '2027-01-04 09:00:00', 0, NULL, NULL, 2, '2', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('227ab932-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallClosesAt', 'string', '2027-01-04 09:00:00', 0, NULL, NULL, NULL, '2027-02-02T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('22925fea-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallResult', 'string', '2027-02-02 09:00:00', 0, NULL, NULL, NULL, 'JUDGEMENT', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('22a090c1-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'route', 'string', '2027-02-02 09:00:00', 0, NULL, NULL, NULL, 'MEETING', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('22dadaad-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'approvalId', 'long', '2027-04-05 09:00:00', 0, NULL, NULL, 3, '3', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('22e14353-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallClosesAt', 'string', '2027-04-05 09:00:00', 0, NULL, NULL, NULL, '2027-05-04T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('22eded8a-ec21-11f1-aebe-02fc00000001', 'recommendationDeletion', 'recommendationDeletion:1:207b66a9-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'objectionWindowClosesAt', 'string', '2027-04-05 09:00:00', 0, NULL, NULL, NULL, '2027-07-06T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('22ee149c-ec21-11f1-aebe-02fc00000001', 'recommendationDeletion', 'recommendationDeletion:1:207b66a9-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'deletionId', 'long', '2027-04-05 09:00:00', 0, NULL, NULL, 1, '1', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2301eac5-ec21-11f1-aebe-02fc00000001', 'questionApproval', 'questionApproval:1:207c02eb-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'questionId', 'long', '2027-05-03 09:00:00', 0, NULL, NULL, 1, '1', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('230211d7-ec21-11f1-aebe-02fc00000001', 'questionApproval', 'questionApproval:1:207c02eb-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'policyImplications', 'boolean', '2027-05-03 09:00:00', 0, NULL, NULL, 1, NULL, NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('230211d9-ec21-11f1-aebe-02fc00000001', 'questionApproval', 'questionApproval:1:207c02eb-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationClosesAt', 'string', '2027-05-03 09:00:00', 0, NULL, NULL, NULL, '2027-07-04T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('230d5c82-ec21-11f1-aebe-02fc00000001', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'approvalId', 'long', '2027-05-03 09:00:00', 0, NULL, NULL, 4, '4', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('23154bc8-ec21-11f1-aebe-02fc00000001', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationClosesAt', 'string', '2027-05-03 09:00:00', 0, NULL, NULL, NULL, '2027-08-26T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2321a7df-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallResult', 'string', '2027-05-04 09:00:00', 0, NULL, NULL, NULL, 'JUDGEMENT', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('232c7d57-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'route', 'string', '2027-05-04 09:00:00', 0, NULL, NULL, NULL, 'COMMENT_RESOLUTION', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('2389917f-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'approvalId', 'long', '2027-05-24 09:00:00', 0, NULL, NULL, 5, '5', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('23906f55-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'lastCallClosesAt', 'string', '2027-05-24 09:00:00', 0, NULL, NULL, NULL, '2027-06-22T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('23d4a44c-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'meetingDecision', 'string', '2027-05-26 17:00:00', 0, NULL, NULL, NULL, 'MORE_TIME', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('23d4cb5e-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'moreTimeClosesAt', 'string', '2027-05-26 17:00:00', 0, NULL, NULL, NULL, '2027-06-24T00:00:00Z', NULL, NULL, 'CREATED', NULL);
INSERT INTO public.act_hi_varinst VALUES ('23e39877-ec21-11f1-aebe-02fc00000001', 'tapApproval', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, 'consultationResult', 'string', '2027-06-01 09:00:00', 0, NULL, NULL, NULL, 'CONTINUE', NULL, NULL, 'CREATED', NULL);


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

INSERT INTO public.act_id_user VALUES ('admin', 1, 'Camunda', 'Administrator', 'admin@localhost', '{SHA-512}QL64bxbxlGeVKrktfDX3EqXO1ck4FQiodc+QvVBKxpegsG9wHHdqhWhLCQSckvYtE3UXNn22bJUxBmuVBOS/8A==', 'txO86Pti1dtQhBV6prwqHA==', NULL, NULL, NULL);


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

INSERT INTO public.act_re_deployment VALUES ('2065bbbd-ec21-11f1-aebe-02fc00000001', 'recflow', '2026-11-29 18:17:24.676', NULL, NULL);


--
-- Data for Name: act_re_procdef; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_re_procdef VALUES ('aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', 1, 'https://recflow.org/bpmn', 'AAP approval of a Recommendation (ITU-T A.8)', 'aapApproval', 1, '2065bbbd-ec21-11f1-aebe-02fc00000001', 'processes/aap-approval.bpmn', NULL, false, 1, NULL, NULL, 180, true);
INSERT INTO public.act_re_procdef VALUES ('questionApproval:1:207c02eb-ec21-11f1-aebe-02fc00000001', 1, 'https://recflow.org/bpmn', 'Approval of a new or revised Question between WTSAs (WTSA Resolution 1 §7.3)', 'questionApproval', 1, '2065bbbd-ec21-11f1-aebe-02fc00000001', 'processes/question-approval.bpmn', NULL, false, 1, NULL, NULL, 180, true);
INSERT INTO public.act_re_procdef VALUES ('recommendationDeletion:1:207b66a9-ec21-11f1-aebe-02fc00000001', 1, 'https://recflow.org/bpmn', 'Deletion of a Recommendation between WTSAs (WTSA Resolution 1 §9.8.2, A.8 §8.2)', 'recommendationDeletion', 1, '2065bbbd-ec21-11f1-aebe-02fc00000001', 'processes/recommendation-deletion.bpmn', NULL, false, 1, NULL, NULL, 180, true);
INSERT INTO public.act_re_procdef VALUES ('tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', 1, 'https://recflow.org/bpmn', 'TAP approval of a Recommendation (WTSA Resolution 1 §9)', 'tapApproval', 1, '2065bbbd-ec21-11f1-aebe-02fc00000001', 'processes/tap-approval.bpmn', NULL, false, 1, NULL, NULL, 180, true);


--
-- Data for Name: act_ru_authorization; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_authorization VALUES ('2018fb35-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 0, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('201b1e16-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 1, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('201b9347-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 2, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('201c0878-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 3, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('201c7da9-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 4, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('201d19ea-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 5, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('201db62b-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 6, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('201e044c-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 7, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('201e797d-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 8, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('201ec79e-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 9, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('201f15bf-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 10, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('201f8af0-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 11, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('201fd911-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 12, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('20202732-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 13, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('20207553-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 14, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2020c374-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 15, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('202186c5-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 16, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2021fbf6-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 17, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2022e657-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 18, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2023a9a8-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 19, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2023f7c9-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 20, '*', 2147483647, NULL, NULL);
INSERT INTO public.act_ru_authorization VALUES ('2024e22a-ec21-11f1-aebe-02fc00000001', 1, 1, 'camunda-admin', NULL, 21, '*', 2147483647, NULL, NULL);


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

INSERT INTO public.act_ru_event_subscr VALUES ('232cf28b-ec21-11f1-aebe-02fc00000001', 1, 'message', 'AapCommentsResolved', '232cf28a-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'commentsResolved', NULL, '2027-05-04 09:00:00', NULL);
INSERT INTO public.act_ru_event_subscr VALUES ('23d5dcd2-ec21-11f1-aebe-02fc00000001', 1, 'message', 'AapMoreTimeDecided', '23d5dcd1-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'secondObjection', NULL, '2027-05-26 17:00:00', NULL);
INSERT INTO public.act_ru_event_subscr VALUES ('23e3bf8b-ec21-11f1-aebe-02fc00000001', 1, 'message', 'TapMeetingOutcomeRecorded', '23e3bf8a-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', 'meetingOutcomeRecorded', NULL, '2027-06-01 09:00:00', NULL);


--
-- Data for Name: act_ru_execution; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_execution VALUES ('231599ea-ec21-11f1-aebe-02fc00000001', 1, NULL, '230d5c81-ec21-11f1-aebe-02fc00000001', NULL, '230d5c81-ec21-11f1-aebe-02fc00000001', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, 'consultationClosed', 'consultationClosed:231599eb-ec21-11f1-aebe-02fc00000001', true, false, true, false, 1, 4, 5, NULL, 'tapApproval');
INSERT INTO public.act_ru_execution VALUES ('230d5c81-ec21-11f1-aebe-02fc00000001', 2, '230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', 'APPROVAL-4', NULL, 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, '230d5c81-ec21-11f1-aebe-02fc00000001', false, false, true, false, 1, 16, 4, NULL, 'tapApproval');
INSERT INTO public.act_ru_execution VALUES ('23e3bf8a-ec21-11f1-aebe-02fc00000001', 1, NULL, '223dd72e-ec21-11f1-aebe-02fc00000001', NULL, '223dd72e-ec21-11f1-aebe-02fc00000001', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, 'meetingOutcomeRecorded', 'meetingOutcomeRecorded:23e3bf8c-ec21-11f1-aebe-02fc00000001', true, false, true, false, 1, 1, 11, NULL, 'tapApproval');
INSERT INTO public.act_ru_execution VALUES ('22eded89-ec21-11f1-aebe-02fc00000001', 1, '22eded89-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', 'DELETION-1', NULL, 'recommendationDeletion:1:207b66a9-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, '22eded89-ec21-11f1-aebe-02fc00000001', false, false, true, false, 1, 16, 2, NULL, 'recommendationDeletion');
INSERT INTO public.act_ru_execution VALUES ('22ee62bf-ec21-11f1-aebe-02fc00000001', 1, NULL, '22eded89-ec21-11f1-aebe-02fc00000001', NULL, '22eded89-ec21-11f1-aebe-02fc00000001', 'recommendationDeletion:1:207b66a9-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, 'objectionWindowClosed', 'objectionWindowClosed:22ee62c0-ec21-11f1-aebe-02fc00000001', true, false, true, false, 1, 4, 3, NULL, 'recommendationDeletion');
INSERT INTO public.act_ru_execution VALUES ('2301eac4-ec21-11f1-aebe-02fc00000001', 1, '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', 'QUESTION-1', NULL, 'questionApproval:1:207c02eb-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, '2301eac4-ec21-11f1-aebe-02fc00000001', false, false, true, false, 1, 16, 4, NULL, 'questionApproval');
INSERT INTO public.act_ru_execution VALUES ('23025ffd-ec21-11f1-aebe-02fc00000001', 1, NULL, '2301eac4-ec21-11f1-aebe-02fc00000001', NULL, '2301eac4-ec21-11f1-aebe-02fc00000001', 'questionApproval:1:207c02eb-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, 'consultationClosed', 'consultationClosed:23025ffe-ec21-11f1-aebe-02fc00000001', true, false, true, false, 1, 4, 5, NULL, 'questionApproval');
INSERT INTO public.act_ru_execution VALUES ('223dd72e-ec21-11f1-aebe-02fc00000001', 3, '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', 'APPROVAL-1', NULL, 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, '223dd72e-ec21-11f1-aebe-02fc00000001', false, false, true, false, 1, 16, 10, NULL, 'tapApproval');
INSERT INTO public.act_ru_execution VALUES ('232cf28a-ec21-11f1-aebe-02fc00000001', 1, NULL, '22dadaac-ec21-11f1-aebe-02fc00000001', NULL, '22dadaac-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, 'commentsResolved', 'commentsResolved:232cf28c-ec21-11f1-aebe-02fc00000001', true, false, true, false, 1, 1, 15, NULL, 'aapApproval');
INSERT INTO public.act_ru_execution VALUES ('22dadaac-ec21-11f1-aebe-02fc00000001', 4, '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'APPROVAL-3', NULL, 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, '22dadaac-ec21-11f1-aebe-02fc00000001', false, false, true, false, 1, 16, 14, NULL, 'aapApproval');
INSERT INTO public.act_ru_execution VALUES ('2390e487-ec21-11f1-aebe-02fc00000001', 1, NULL, '2389917e-ec21-11f1-aebe-02fc00000001', NULL, '2389917e-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, 'lastCallClosed', 'lastCallClosed:2390e488-ec21-11f1-aebe-02fc00000001', true, false, true, false, 1, 4, 5, NULL, 'aapApproval');
INSERT INTO public.act_ru_execution VALUES ('2389917e-ec21-11f1-aebe-02fc00000001', 2, '2389917e-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', 'APPROVAL-5', NULL, 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, '2389917e-ec21-11f1-aebe-02fc00000001', false, false, true, false, 1, 16, 4, NULL, 'aapApproval');
INSERT INTO public.act_ru_execution VALUES ('23d5dcd1-ec21-11f1-aebe-02fc00000001', 1, NULL, '2271b87b-ec21-11f1-aebe-02fc00000001', NULL, '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, 'moreTimeWindow', 'moreTimeWindow:23d5dcd3-ec21-11f1-aebe-02fc00000001', true, false, true, false, 1, 5, 23, NULL, 'aapApproval');
INSERT INTO public.act_ru_execution VALUES ('2271b87b-ec21-11f1-aebe-02fc00000001', 6, '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'APPROVAL-2', NULL, 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, '2271b87b-ec21-11f1-aebe-02fc00000001', false, false, true, false, 1, 16, 22, NULL, 'aapApproval');


--
-- Data for Name: act_ru_ext_task; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_filter; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_filter VALUES ('2026ddfc-ec21-11f1-aebe-02fc00000001', 1, 'Task', 'All tasks', NULL, '{}', '{}');


--
-- Data for Name: act_ru_identitylink; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_incident; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_job; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_job VALUES ('22ee89d1-ec21-11f1-aebe-02fc00000001', 1, 'timer', NULL, NULL, true, '22ee62bf-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', 'recommendationDeletion:1:207b66a9-ec21-11f1-aebe-02fc00000001', 'recommendationDeletion', 3, NULL, NULL, NULL, '2027-07-06 00:00:00', NULL, 0, 'timer-intermediate-transition', 'objectionWindowClosed', '2065bbbd-ec21-11f1-aebe-02fc00000001', 1, '207b66aa-ec21-11f1-aebe-02fc00000001', 0, 1, NULL, '2027-04-05 09:00:00', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('2302870f-ec21-11f1-aebe-02fc00000001', 1, 'timer', NULL, NULL, true, '23025ffd-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', 'questionApproval:1:207c02eb-ec21-11f1-aebe-02fc00000001', 'questionApproval', 3, NULL, NULL, NULL, '2027-07-04 00:00:00', NULL, 0, 'timer-intermediate-transition', 'consultationClosed', '2065bbbd-ec21-11f1-aebe-02fc00000001', 1, '207c02ec-ec21-11f1-aebe-02fc00000001', 0, 1, NULL, '2027-05-03 09:00:00', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('2315c0fc-ec21-11f1-aebe-02fc00000001', 1, 'timer', NULL, NULL, true, '231599ea-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', 'tapApproval', 3, NULL, NULL, NULL, '2027-08-26 00:00:00', NULL, 0, 'timer-intermediate-transition', 'consultationClosed', '2065bbbd-ec21-11f1-aebe-02fc00000001', 1, '2079e004-ec21-11f1-aebe-02fc00000001', 0, 1, NULL, '2027-05-03 09:00:00', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('23910b99-ec21-11f1-aebe-02fc00000001', 1, 'timer', NULL, NULL, true, '2390e487-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', 'aapApproval', 3, NULL, NULL, NULL, '2027-06-22 00:00:00', NULL, 0, 'timer-intermediate-transition', 'lastCallClosed', '2065bbbd-ec21-11f1-aebe-02fc00000001', 1, '207b3f97-ec21-11f1-aebe-02fc00000001', 0, 1, NULL, '2027-05-24 09:00:00', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('23d5dcd4-ec21-11f1-aebe-02fc00000001', 1, 'timer', NULL, NULL, true, '23d5dcd1-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', 'aapApproval', 3, NULL, NULL, NULL, '2027-06-24 00:00:00', NULL, 0, 'timer-intermediate-transition', 'moreTimeClosed', '2065bbbd-ec21-11f1-aebe-02fc00000001', 1, '207b3f96-ec21-11f1-aebe-02fc00000001', 0, 1, NULL, '2027-05-26 17:00:00', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('200b66a3-ec21-11f1-aebe-02fc00000001', 9, 'ever-living', NULL, NULL, true, NULL, NULL, NULL, NULL, NULL, 3, NULL, NULL, NULL, '2027-06-02 01:00:00', NULL, 0, 'history-cleanup', '{"countEmptyRuns":0,"immediatelyDue":false,"minuteFrom":0,"minuteTo":59}', NULL, 1, NULL, 0, 1, NULL, '2026-11-29 18:17:24.089', NULL, NULL);


--
-- Data for Name: act_ru_jobdef; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_jobdef VALUES ('2079e003-ec21-11f1-aebe-02fc00000001', 1, 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', 'tapApproval', 'moreTimeClosed', 'timer-intermediate-transition', 'DATE: ${moreTimeClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2079e004-ec21-11f1-aebe-02fc00000001', 1, 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', 'tapApproval', 'consultationClosed', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('207b3f96-ec21-11f1-aebe-02fc00000001', 1, 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'moreTimeClosed', 'timer-intermediate-transition', 'DATE: ${moreTimeClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('207b3f97-ec21-11f1-aebe-02fc00000001', 1, 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'lastCallClosed', 'timer-intermediate-transition', 'DATE: ${lastCallClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('207b3f98-ec21-11f1-aebe-02fc00000001', 1, 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', 'aapApproval', 'additionalReviewClosed', 'timer-intermediate-transition', 'DATE: ${additionalReviewClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('207b66aa-ec21-11f1-aebe-02fc00000001', 1, 'recommendationDeletion:1:207b66a9-ec21-11f1-aebe-02fc00000001', 'recommendationDeletion', 'objectionWindowClosed', 'timer-intermediate-transition', 'DATE: ${objectionWindowClosesAt}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('207c02ec-ec21-11f1-aebe-02fc00000001', 1, 'questionApproval:1:207c02eb-ec21-11f1-aebe-02fc00000001', 'questionApproval', 'consultationClosed', 'timer-intermediate-transition', 'DATE: ${consultationClosesAt}', 1, NULL, NULL, NULL);


--
-- Data for Name: act_ru_meter_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_meter_log VALUES ('2413a92f-ec21-11f1-aebe-02fc00000001', 'root-process-instance-start', 'vm/pid32698', 7, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('2413a930-ec21-11f1-aebe-02fc00000001', 'activity-instance-start', 'vm/pid32698', 37, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('2413a931-ec21-11f1-aebe-02fc00000001', 'job-acquired-failure', 'vm/pid32698', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('2413a932-ec21-11f1-aebe-02fc00000001', 'job-locked-exclusive', 'vm/pid32698', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('2413a933-ec21-11f1-aebe-02fc00000001', 'job-execution-rejected', 'vm/pid32698', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('2413a934-ec21-11f1-aebe-02fc00000001', 'executed-decision-elements', 'vm/pid32698', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('2413a935-ec21-11f1-aebe-02fc00000001', 'activity-instance-end', 'vm/pid32698', 30, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('2413a936-ec21-11f1-aebe-02fc00000001', 'job-successful', 'vm/pid32698', 11, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('2413a937-ec21-11f1-aebe-02fc00000001', 'job-acquired-success', 'vm/pid32698', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('2413a938-ec21-11f1-aebe-02fc00000001', 'job-acquisition-attempt', 'vm/pid32698', 1, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('2413a939-ec21-11f1-aebe-02fc00000001', 'executed-decision-instances', 'vm/pid32698', 0, '2027-06-01 09:00:00', 1811840400000);
INSERT INTO public.act_ru_meter_log VALUES ('2413a93a-ec21-11f1-aebe-02fc00000001', 'job-failed', 'vm/pid32698', 0, '2027-06-01 09:00:00', 1811840400000);


--
-- Data for Name: act_ru_task; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_task_meter_log; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_variable; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_variable VALUES ('223f84df-ec21-11f1-aebe-02fc00000001', 1, 'long', 'approvalId', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 1, '1', NULL, '223dd72e-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2260c885-ec21-11f1-aebe-02fc00000001', 1, 'string', 'consultationClosesAt', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-05-27T00:00:00Z', NULL, '223dd72e-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2271df8c-ec21-11f1-aebe-02fc00000001', 1, 'long', 'approvalId', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 2, '2', NULL, '2271b87b-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('227ab932-ec21-11f1-aebe-02fc00000001', 1, 'string', 'lastCallClosesAt', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-02-02T00:00:00Z', NULL, '2271b87b-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('22925fea-ec21-11f1-aebe-02fc00000001', 1, 'string', 'lastCallResult', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'JUDGEMENT', NULL, '2271b87b-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('22a090c1-ec21-11f1-aebe-02fc00000001', 1, 'string', 'route', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'MEETING', NULL, '2271b87b-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('22dadaad-ec21-11f1-aebe-02fc00000001', 1, 'long', 'approvalId', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 3, '3', NULL, '22dadaac-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('22e14353-ec21-11f1-aebe-02fc00000001', 1, 'string', 'lastCallClosesAt', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-05-04T00:00:00Z', NULL, '22dadaac-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('22eded8a-ec21-11f1-aebe-02fc00000001', 1, 'string', 'objectionWindowClosesAt', '22eded89-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', 'recommendationDeletion:1:207b66a9-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-07-06T00:00:00Z', NULL, '22eded89-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('22ee149c-ec21-11f1-aebe-02fc00000001', 1, 'long', 'deletionId', '22eded89-ec21-11f1-aebe-02fc00000001', '22eded89-ec21-11f1-aebe-02fc00000001', 'recommendationDeletion:1:207b66a9-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 1, '1', NULL, '22eded89-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2301eac5-ec21-11f1-aebe-02fc00000001', 1, 'long', 'questionId', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', 'questionApproval:1:207c02eb-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 1, '1', NULL, '2301eac4-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('230211d7-ec21-11f1-aebe-02fc00000001', 1, 'boolean', 'policyImplications', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', 'questionApproval:1:207c02eb-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 1, NULL, NULL, '2301eac4-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('230211d9-ec21-11f1-aebe-02fc00000001', 1, 'string', 'consultationClosesAt', '2301eac4-ec21-11f1-aebe-02fc00000001', '2301eac4-ec21-11f1-aebe-02fc00000001', 'questionApproval:1:207c02eb-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-07-04T00:00:00Z', NULL, '2301eac4-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('230d5c82-ec21-11f1-aebe-02fc00000001', 1, 'long', 'approvalId', '230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 4, '4', NULL, '230d5c81-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('23154bc8-ec21-11f1-aebe-02fc00000001', 1, 'string', 'consultationClosesAt', '230d5c81-ec21-11f1-aebe-02fc00000001', '230d5c81-ec21-11f1-aebe-02fc00000001', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-08-26T00:00:00Z', NULL, '230d5c81-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2321a7df-ec21-11f1-aebe-02fc00000001', 1, 'string', 'lastCallResult', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'JUDGEMENT', NULL, '22dadaac-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('232c7d57-ec21-11f1-aebe-02fc00000001', 1, 'string', 'route', '22dadaac-ec21-11f1-aebe-02fc00000001', '22dadaac-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'COMMENT_RESOLUTION', NULL, '22dadaac-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('2389917f-ec21-11f1-aebe-02fc00000001', 1, 'long', 'approvalId', '2389917e-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 5, '5', NULL, '2389917e-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('23906f55-ec21-11f1-aebe-02fc00000001', 1, 'string', 'lastCallClosesAt', '2389917e-ec21-11f1-aebe-02fc00000001', '2389917e-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-06-22T00:00:00Z', NULL, '2389917e-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('23d4a44c-ec21-11f1-aebe-02fc00000001', 1, 'string', 'meetingDecision', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'MORE_TIME', NULL, '2271b87b-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('23d4cb5e-ec21-11f1-aebe-02fc00000001', 1, 'string', 'moreTimeClosesAt', '2271b87b-ec21-11f1-aebe-02fc00000001', '2271b87b-ec21-11f1-aebe-02fc00000001', 'aapApproval:1:207b3f95-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2027-06-24T00:00:00Z', NULL, '2271b87b-ec21-11f1-aebe-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('23e39877-ec21-11f1-aebe-02fc00000001', 1, 'string', 'consultationResult', '223dd72e-ec21-11f1-aebe-02fc00000001', '223dd72e-ec21-11f1-aebe-02fc00000001', 'tapApproval:1:207991e2-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CONTINUE', NULL, '223dd72e-ec21-11f1-aebe-02fc00000001', 1, false, NULL);


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

INSERT INTO recflow.approval VALUES (4, 'TAP', 'D.52', 'NEW', 'Charging of international mobile roaming', 'SG3', '["Q6/3"]', 'Principles for charging international mobile roaming.', 'SG3-TD210', '2027-04-30', NULL, 'CONSULTATION', NULL, NULL, NULL, NULL, NULL, '230d5c81-ec21-11f1-aebe-02fc00000001', '2027-09-06', '2027-09-15', NULL, 'CONSULTATION', '2027-05-03', '2027-08-25 23:59:59+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, 1, '2027-05-03 09:00:00+00', 'chair-sg3', NULL, '2027-08-25 23:59:59+00', NULL, 3);
INSERT INTO recflow.approval VALUES (3, 'AAP', 'X.1500', 'REVISED', 'Cybersecurity information exchange', 'SG17', '[]', 'Overview of cybersecurity information exchange.', 'SG17-TD300', '2027-03-26', NULL, 'COMMENT_RESOLUTION', NULL, NULL, NULL, NULL, NULL, '22dadaac-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, 'LAST_CALL', '2027-04-05', '2027-05-03 23:59:59+00', '2027-05-03 23:59:59+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, 1, '2027-04-05 09:00:00+00', 'chair-sg17', NULL, NULL, NULL, NULL);
INSERT INTO recflow.approval VALUES (5, 'AAP', 'Y.4480', 'NEW', 'Digital twin reference model for smart cities', 'SG20', '["Q2/20"]', 'Defines a reference model for digital twins of cities.', 'SG20-TD1234', '2027-05-21', NULL, 'LAST_CALL', NULL, NULL, NULL, NULL, NULL, '2389917e-ec21-11f1-aebe-02fc00000001', NULL, NULL, NULL, 'LAST_CALL', '2027-05-24', '2027-06-21 23:59:59+00', '2027-06-21 23:59:59+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, 1, '2027-05-24 09:00:00+00', 'chair-sg20', NULL, NULL, NULL, NULL);
INSERT INTO recflow.approval VALUES (2, 'AAP', 'H.810', 'NEW', 'Metaverse interoperability framework', 'SG21', '[]', 'Framework for interoperable metaverse services.', 'SG21-TD500', '2026-12-18', NULL, 'MORE_TIME', NULL, NULL, NULL, NULL, NULL, '2271b87b-ec21-11f1-aebe-02fc00000001', '2027-05-17', '2027-05-26', '2027-02-02', 'LAST_CALL', '2027-01-04', '2027-02-01 23:59:59+00', '2027-02-01 23:59:59+00', NULL, NULL, NULL, '{"meetingEnd":"2027-05-26","objections":[],"moreTimeRequestedBy":["BRA"],"abstentions":[],"reservations":[],"policyImplicationsRaisedBy":null}', '2027-06-23 23:59:59+00', NULL, NULL, false, 1, '2027-01-04 09:00:00+00', 'chair-sg21', NULL, NULL, NULL, 2);
INSERT INTO recflow.approval VALUES (1, 'TAP', 'D.50', 'REVISED', 'International Internet connectivity', 'SG3', '["Q1/3"]', 'Principles for charging international Internet connectivity.', 'SG3-TD100', '2026-12-18', NULL, 'AWAITING_MEETING', NULL, NULL, NULL, NULL, NULL, '223dd72e-ec21-11f1-aebe-02fc00000001', '2027-06-07', '2027-06-16', NULL, 'CONSULTATION', '2027-01-04', '2027-05-26 23:59:59+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, 1, '2027-01-04 09:00:00+00', 'chair-sg3', '2027-05-03', '2027-05-26 23:59:59+00', NULL, 1);


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

INSERT INTO recflow.deletion VALUES (1, 'Y.2060', 'SG20', 'AAP', 'Superseded by ITU-T Y.4000.', '2027-03-26', 'OBJECTION_PERIOD', NULL, NULL, '2027-04-05', '2027-07-05 23:59:59+00', '22eded89-ec21-11f1-aebe-02fc00000001', '2027-04-05 09:00:00+00', 'chair-sg20');


--
-- Data for Name: deletion_objection; Type: TABLE DATA; Schema: recflow; Owner: -
--



--
-- Data for Name: event_publication; Type: TABLE DATA; Schema: recflow; Owner: -
--



--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.flyway_schema_history VALUES (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"recflow"', NULL, 'recflow', '2026-11-29 18:17:20.737215', 0, true);
INSERT INTO recflow.flyway_schema_history VALUES (1, '1', 'approvals', 'SQL', 'V1__approvals.sql', -289992000, 'recflow', '2026-11-29 18:17:20.763325', 22, true);
INSERT INTO recflow.flyway_schema_history VALUES (2, '2', 'consultations', 'SQL', 'V2__consultations.sql', -1594511580, 'recflow', '2026-11-29 18:17:20.825537', 22, true);
INSERT INTO recflow.flyway_schema_history VALUES (3, '3', 'questions', 'SQL', 'V3__questions.sql', -2010326711, 'recflow', '2026-11-29 18:17:20.860859', 11, true);
INSERT INTO recflow.flyway_schema_history VALUES (4, '4', 'deletions', 'SQL', 'V4__deletions.sql', -1747482161, 'recflow', '2026-11-29 18:17:20.88428', 11, true);
INSERT INTO recflow.flyway_schema_history VALUES (5, '5', 'idempotency', 'SQL', 'V5__idempotency.sql', 592740841, 'recflow', '2026-11-29 18:17:20.907659', 6, true);
INSERT INTO recflow.flyway_schema_history VALUES (6, '6', 'history request id', 'SQL', 'V6__history_request_id.sql', 458126352, 'recflow', '2026-11-29 18:17:20.920291', 1, true);
INSERT INTO recflow.flyway_schema_history VALUES (7, '7', 'deadline open order', 'SQL', 'V7__deadline_open_order.sql', -646040063, 'recflow', '2026-11-29 18:17:20.925775', 3, true);
INSERT INTO recflow.flyway_schema_history VALUES (8, '8', 'reply versions', 'SQL', 'V8__reply_versions.sql', 1893641211, 'recflow', '2026-11-29 18:17:20.932723', 4, true);
INSERT INTO recflow.flyway_schema_history VALUES (9, '9', 'circulars', 'SQL', 'V9__circulars.sql', 1508904740, 'recflow', '2026-11-29 18:17:20.941091', 6, true);
INSERT INTO recflow.flyway_schema_history VALUES (10, '10', 'meetings', 'SQL', 'V10__meetings.sql', 412080793, 'recflow', '2026-11-29 18:17:20.951548', 7, true);
INSERT INTO recflow.flyway_schema_history VALUES (11, '11', 'deadline open by study group', 'SQL', 'V11__deadline_open_by_study_group.sql', -97444021, 'recflow', '2026-11-29 18:17:20.963389', 2, true);
INSERT INTO recflow.flyway_schema_history VALUES (12, '12', 'meeting outcome wider', 'SQL', 'V12__meeting_outcome_wider.sql', -90295327, 'recflow', '2026-11-29 18:17:20.968438', 1, true);
INSERT INTO recflow.flyway_schema_history VALUES (13, '13', 'notifications', 'SQL', 'V13__notifications.sql', 2028848813, 'recflow', '2026-11-29 18:17:20.972166', 13, true);
INSERT INTO recflow.flyway_schema_history VALUES (14, '15', 'reminders and announcements', 'SQL', 'V15__reminders_and_announcements.sql', 1139798942, 'recflow', '2026-11-29 18:17:20.989381', 6, true);
INSERT INTO recflow.flyway_schema_history VALUES (15, '16', 'approval meeting backfill', 'SQL', 'V16__approval_meeting_backfill.sql', -350110632, 'recflow', '2026-11-29 18:17:21.000791', 2, true);


--
-- Data for Name: history_entry; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.history_entry VALUES (1, 'MEETING', 1, '2027-01-04 09:00:00+00', 'chair-sg3', 'CHAIR', 'MEETING_SCHEDULED', 'SG3 2027-06-07..2027-06-16 (named by a text''s nextMeeting)', '7e52c753-6fb3-49d4-87a9-8cb2fb29472a');
INSERT INTO recflow.history_entry VALUES (2, 'APPROVAL', 1, '2027-01-04 09:00:00+00', 'chair-sg3', 'CHAIR', 'REQUESTED', 'approval of ITU-T D.50 (revised) requested by TAP after determination on 2026-12-18', '7e52c753-6fb3-49d4-87a9-8cb2fb29472a');
INSERT INTO recflow.history_entry VALUES (3, 'APPROVAL', 1, '2027-01-04 09:00:00+00', 'tsb', 'TSB', 'CONSULTATION_ANNOUNCED', 'intent to approve at the meeting of 2027-06-07 to 2027-06-16 announced on 2027-01-04; consultation of the Member States closes 2027-05-26T23:59:59Z', 'a444a5d9-1c19-4e30-acd9-66a7763b4a89');
INSERT INTO recflow.history_entry VALUES (4, 'APPROVAL', 2, '2027-01-04 09:00:00+00', 'chair-sg21', 'CHAIR', 'REQUESTED', 'approval of ITU-T H.810 (new) requested by AAP after consent on 2026-12-18', '8d5c2a2c-b855-448d-b427-666fd433bd2d');
INSERT INTO recflow.history_entry VALUES (5, 'APPROVAL', 2, '2027-01-04 09:00:00+00', 'tsb', 'TSB', 'LAST_CALL_ANNOUNCED', 'Last Call announced on 2027-01-04, closes 2027-02-01T23:59:59Z', '881a45db-5d85-46b4-a5a4-531abdb98dc5');
INSERT INTO recflow.history_entry VALUES (6, 'APPROVAL', 2, '2027-01-04 09:00:00+00', 'ms-jpn', 'MEMBER_STATE', 'COMMENT_SUBMITTED', 'SUBSTANTIVE comment in LAST_CALL by JPN', 'd7d38292-6e24-4cf0-ba6e-562477024701');
INSERT INTO recflow.history_entry VALUES (7, 'APPROVAL', 2, '2027-02-02 09:00:00+00', 'recflow', 'TSB', 'LAST_CALL_CLOSED', '1 comment(s) received', '04ed919d-b827-4305-8837-15deb810c565');
INSERT INTO recflow.history_entry VALUES (8, 'APPROVAL', 2, '2027-02-02 09:00:00+00', 'chair-sg21', 'CHAIR', 'JUDGED', 'route MEETING chosen at LAST_CALL_JUDGEMENT', 'e3ec1296-7423-447f-970a-84661c8d639f');
INSERT INTO recflow.history_entry VALUES (9, 'MEETING', 2, '2027-02-02 09:00:00+00', 'tsb', 'TSB', 'MEETING_SCHEDULED', 'SG21 2027-05-17..2027-05-26 (named by a text''s nextMeeting)', 'b67f9ce0-6b40-4415-bb21-4754900f36a0');
INSERT INTO recflow.history_entry VALUES (10, 'APPROVAL', 2, '2027-02-02 09:00:00+00', 'tsb', 'TSB', 'MEETING_ANNOUNCED', 'approval at the meeting of 2027-05-17 to 2027-05-26 announced', 'b67f9ce0-6b40-4415-bb21-4754900f36a0');
INSERT INTO recflow.history_entry VALUES (11, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-deu', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'DEU replied SUPPORT', 'c63d9dae-07d4-460a-b55c-4f5fe03469b2');
INSERT INTO recflow.history_entry VALUES (12, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-bra', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'BRA replied SUPPORT', '9378b140-d529-4973-a66b-092990725f63');
INSERT INTO recflow.history_entry VALUES (13, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-ind', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'IND replied SUPPORT', '44a01f50-8e33-43bb-a819-ccc00fe1d380');
INSERT INTO recflow.history_entry VALUES (14, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-ken', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'KEN replied SUPPORT', '4e802f75-00eb-492b-b391-f6c6022c8a06');
INSERT INTO recflow.history_entry VALUES (15, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-jpn', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'JPN replied SUPPORT', '11d84784-116d-4f46-93c2-2b261d66962f');
INSERT INTO recflow.history_entry VALUES (16, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-mex', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'MEX replied SUPPORT', '7751fc2a-fc77-462a-a909-481888386279');
INSERT INTO recflow.history_entry VALUES (17, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-egy', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'EGY replied SUPPORT', '40df7631-be0c-4905-b4fd-2b3eb082154a');
INSERT INTO recflow.history_entry VALUES (18, 'APPROVAL', 1, '2027-02-02 09:00:00+00', 'ms-usa', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'USA replied AGAINST', '4d95d414-0bc0-4380-b042-20a2161aaefa');
INSERT INTO recflow.history_entry VALUES (19, 'APPROVAL', 3, '2027-04-05 09:00:00+00', 'chair-sg17', 'CHAIR', 'REQUESTED', 'approval of ITU-T X.1500 (revised) requested by AAP after consent on 2027-03-26', '8564910d-8b69-4f66-92b1-7c1ab4e9028b');
INSERT INTO recflow.history_entry VALUES (20, 'APPROVAL', 3, '2027-04-05 09:00:00+00', 'tsb', 'TSB', 'LAST_CALL_ANNOUNCED', 'Last Call announced on 2027-04-05, closes 2027-05-03T23:59:59Z', '42377e7a-9241-49ac-ba61-3f292f18a26e');
INSERT INTO recflow.history_entry VALUES (21, 'APPROVAL', 3, '2027-04-05 09:00:00+00', 'sm-ericsson', 'SECTOR_MEMBER', 'COMMENT_SUBMITTED', 'SUBSTANTIVE comment in LAST_CALL by ericsson', '504e4947-572d-411f-b4e2-a02d54ad783e');
INSERT INTO recflow.history_entry VALUES (22, 'DELETION', 1, '2027-04-05 09:00:00+00', 'chair-sg20', 'CHAIR', 'DELETION_AGREED', 'deletion of ITU-T Y.2060 agreed by SG20 on 2027-03-26 (AAP)', 'dafffd15-71dc-44cc-b8de-da9eff6fd3af');
INSERT INTO recflow.history_entry VALUES (23, 'DELETION', 1, '2027-04-05 09:00:00+00', 'recflow', 'TSB', 'OBJECTION_PERIOD_OPENED', 'circular issued on 2027-04-05; objections by 2027-07-05T23:59:59Z (3 months, Res. 1 §9.8.2.1, A.8 §8.2.1)', 'dafffd15-71dc-44cc-b8de-da9eff6fd3af');
INSERT INTO recflow.history_entry VALUES (24, 'APPROVAL', 1, '2027-05-03 09:00:00+00', 'tsb', 'TSB', 'TEXTS_DISTRIBUTED', 'texts in the official languages distributed on 2027-05-03', '25b73187-a357-419f-82f4-eb5962eeee42');
INSERT INTO recflow.history_entry VALUES (25, 'QUESTION', 1, '2027-05-03 09:00:00+00', 'chair-sg20', 'CHAIR', 'REQUESTED', 'approval of Question Q5/20 – Digital identity for IoT devices requested, with policy or regulatory implications or doubt about its scope (Res. 1 §7.3.2.1)', '9fca253e-4890-4b08-8aea-36e2d7908982');
INSERT INTO recflow.history_entry VALUES (26, 'QUESTION', 1, '2027-05-03 09:00:00+00', 'recflow', 'TSB', 'CONSULTATION_OPENED', 'the Director consults the Member States from 2027-05-03; replies by 2027-07-03T23:59:59Z (2 months, Res. 1 §7.3.2.2)', '9fca253e-4890-4b08-8aea-36e2d7908982');
INSERT INTO recflow.history_entry VALUES (27, 'QUESTION', 1, '2027-05-03 09:00:00+00', 'ms-fra', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'FRA replied SUPPORT', '8a1a226d-04b2-433c-99de-4eae47f421e7');
INSERT INTO recflow.history_entry VALUES (28, 'MEETING', 3, '2027-05-03 09:00:00+00', 'chair-sg3', 'CHAIR', 'MEETING_SCHEDULED', 'SG3 2027-09-06..2027-09-15 (named by a text''s nextMeeting)', '46e6ab9f-ed75-4bbf-b0c5-8d17c9db036c');
INSERT INTO recflow.history_entry VALUES (29, 'APPROVAL', 4, '2027-05-03 09:00:00+00', 'chair-sg3', 'CHAIR', 'REQUESTED', 'approval of ITU-T D.52 (new) requested by TAP after determination on 2027-04-30', '46e6ab9f-ed75-4bbf-b0c5-8d17c9db036c');
INSERT INTO recflow.history_entry VALUES (30, 'APPROVAL', 4, '2027-05-03 09:00:00+00', 'tsb', 'TSB', 'CONSULTATION_ANNOUNCED', 'intent to approve at the meeting of 2027-09-06 to 2027-09-15 announced on 2027-05-03; consultation of the Member States closes 2027-08-25T23:59:59Z', '0aa78c13-852c-4d46-a835-a07dd724c8d3');
INSERT INTO recflow.history_entry VALUES (31, 'APPROVAL', 4, '2027-05-03 09:00:00+00', 'ms-deu', 'MEMBER_STATE', 'REPLY_SUBMITTED', 'DEU replied SUPPORT', 'd67f6e3a-93f4-4f9c-a4cd-11aa6f4c69a0');
INSERT INTO recflow.history_entry VALUES (32, 'APPROVAL', 3, '2027-05-04 09:00:00+00', 'recflow', 'TSB', 'LAST_CALL_CLOSED', '1 comment(s) received', 'e7ea0b4c-6fb9-4da7-9445-1c64572fe86c');
INSERT INTO recflow.history_entry VALUES (33, 'APPROVAL', 3, '2027-05-04 09:00:00+00', 'chair-sg17', 'CHAIR', 'JUDGED', 'route COMMENT_RESOLUTION chosen at LAST_CALL_JUDGEMENT', '765fadd5-a1c0-4aec-b5e0-93bb867ab20b');
INSERT INTO recflow.history_entry VALUES (34, 'APPROVAL', 5, '2027-05-24 09:00:00+00', 'chair-sg20', 'CHAIR', 'REQUESTED', 'approval of ITU-T Y.4480 (new) requested by AAP after consent on 2027-05-21', '19126923-e462-42ff-beb6-90b687a630d9');
INSERT INTO recflow.history_entry VALUES (35, 'APPROVAL', 5, '2027-05-24 09:00:00+00', 'tsb', 'TSB', 'LAST_CALL_ANNOUNCED', 'Last Call announced on 2027-05-24, closes 2027-06-21T23:59:59Z', '613bfa38-fea6-4e70-8b11-b20d9eee415f');
INSERT INTO recflow.history_entry VALUES (36, 'APPROVAL', 5, '2027-05-24 09:00:00+00', 'ms-fra', 'MEMBER_STATE', 'COMMENT_SUBMITTED', 'TYPOGRAPHICAL comment in LAST_CALL by FRA', '7205a9ce-e320-4013-bd21-d9f72ce44e28');
INSERT INTO recflow.history_entry VALUES (37, 'APPROVAL', 2, '2027-05-26 17:00:00+00', 'chair-sg21', 'CHAIR', 'MEETING_OUTCOME_RECORDED', 'objections [], more time asked by [BRA], abstentions [], no reservation → MORE_TIME', 'c3f1a67d-cb5f-42e9-a08c-9fcc5f9b30e8');
INSERT INTO recflow.history_entry VALUES (38, 'APPROVAL', 1, '2027-06-01 09:00:00+00', 'recflow', 'TSB', 'CONSULTATION_CLOSED', '7 support, 1 against, 0 without position (87.5% support): the procedure continues at the meeting', 'b7a76725-d0d9-42ec-994f-ab4255cd0f71');


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

INSERT INTO recflow.notification_event VALUES ('225d1d89-a9d5-4ed0-a02e-502b84cb9180', 'PERIOD_OPENED', '2027-01-04 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"225d1d89-a9d5-4ed0-a02e-502b84cb9180","type":"PERIOD_OPENED","occurredAt":"2027-01-04T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"CONSULTATION","dueAt":"2027-05-26T23:59:59Z","summary":"Consultation of the Member States opened for ITU-T D.50 (revised) International Internet connectivity until 2027-05-26T23:59:59Z","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9f86b247-1dbe-4a53-94b1-69933102069e', 'PERIOD_OPENED', '2027-01-04 09:00:00+00', 'APPROVAL', 2, 'SG21', '{"id":"9f86b247-1dbe-4a53-94b1-69933102069e","type":"PERIOD_OPENED","occurredAt":"2027-01-04T09:00:00Z","subject":{"type":"APPROVAL","id":2,"label":"ITU-T H.810 (new) Metaverse interoperability framework","studyGroup":"SG21"},"kind":"LAST_CALL","dueAt":"2027-02-01T23:59:59Z","summary":"Last Call opened for ITU-T H.810 (new) Metaverse interoperability framework until 2027-02-01T23:59:59Z","href":"http://localhost:8080/dashboard/approvals/2"}');
INSERT INTO recflow.notification_event VALUES ('39cb9e9b-e1bd-4355-a4af-6f081d33430a', 'PERIOD_CLOSED', '2027-02-02 09:00:00+00', 'APPROVAL', 2, 'SG21', '{"id":"39cb9e9b-e1bd-4355-a4af-6f081d33430a","type":"PERIOD_CLOSED","occurredAt":"2027-02-02T09:00:00Z","subject":{"type":"APPROVAL","id":2,"label":"ITU-T H.810 (new) Metaverse interoperability framework","studyGroup":"SG21"},"kind":"LAST_CALL","dueAt":null,"summary":"Last Call closed for ITU-T H.810 (new) Metaverse interoperability framework with 1 comment(s)","href":"http://localhost:8080/dashboard/approvals/2"}');
INSERT INTO recflow.notification_event VALUES ('efb4f18f-7a2a-4c7f-a64a-37b35aaf2277', 'ACTION_DUE', '2027-02-02 09:00:00+00', 'APPROVAL', 2, 'SG21', '{"id":"efb4f18f-7a2a-4c7f-a64a-37b35aaf2277","type":"ACTION_DUE","occurredAt":"2027-02-02T09:00:00Z","subject":{"type":"APPROVAL","id":2,"label":"ITU-T H.810 (new) Metaverse interoperability framework","studyGroup":"SG21"},"kind":"COMMENT_COMPILATION","dueAt":"2027-02-15T23:59:59Z","summary":"ITU-T H.810 (new) Metaverse interoperability framework: COMMENT_COMPILATION due at 2027-02-15T23:59:59Z (OPENED)","href":"http://localhost:8080/dashboard/approvals/2"}');
INSERT INTO recflow.notification_event VALUES ('8385fc86-670f-4e5d-ab43-918ef7d7fafc', 'ACTION_DUE', '2027-02-02 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8385fc86-670f-4e5d-ab43-918ef7d7fafc","type":"ACTION_DUE","occurredAt":"2027-02-02T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"TEXT_DISTRIBUTION","dueAt":"2027-05-07T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: TEXT_DISTRIBUTION due at 2027-05-07T23:59:59Z (OPENED)","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9ec40732-b125-4a02-8a56-55828085a309', 'PERIOD_OPENED', '2027-04-05 09:00:00+00', 'APPROVAL', 3, 'SG17', '{"id":"9ec40732-b125-4a02-8a56-55828085a309","type":"PERIOD_OPENED","occurredAt":"2027-04-05T09:00:00Z","subject":{"type":"APPROVAL","id":3,"label":"ITU-T X.1500 (revised) Cybersecurity information exchange","studyGroup":"SG17"},"kind":"LAST_CALL","dueAt":"2027-05-03T23:59:59Z","summary":"Last Call opened for ITU-T X.1500 (revised) Cybersecurity information exchange until 2027-05-03T23:59:59Z","href":"http://localhost:8080/dashboard/approvals/3"}');
INSERT INTO recflow.notification_event VALUES ('e1e5cb0f-28d6-4940-acdc-1a6689f2a3b9', 'PERIOD_OPENED', '2027-04-05 09:00:00+00', 'DELETION', 1, 'SG20', '{"id":"e1e5cb0f-28d6-4940-acdc-1a6689f2a3b9","type":"PERIOD_OPENED","occurredAt":"2027-04-05T09:00:00Z","subject":{"type":"DELETION","id":1,"label":"Deletion of ITU-T Y.2060","studyGroup":"SG20"},"kind":"DELETION","dueAt":"2027-07-05T23:59:59Z","summary":"Objections to deleting Deletion of ITU-T Y.2060 may be made until 2027-07-05T23:59:59Z","href":"http://localhost:8080/dashboard"}');
INSERT INTO recflow.notification_event VALUES ('d86865d4-1003-4696-be68-cf975b7d9b7c', 'PERIOD_OPENED', '2027-05-03 09:00:00+00', 'QUESTION', 1, 'SG20', '{"id":"d86865d4-1003-4696-be68-cf975b7d9b7c","type":"PERIOD_OPENED","occurredAt":"2027-05-03T09:00:00Z","subject":{"type":"QUESTION","id":1,"label":"Question Q5/20 – Digital identity for IoT devices","studyGroup":"SG20"},"kind":"QUESTION_CONSULTATION","dueAt":"2027-07-03T23:59:59Z","summary":"Consultation of the Member States opened for Question Q5/20 – Digital identity for IoT devices until 2027-07-03T23:59:59Z","href":"http://localhost:8080/dashboard"}');
INSERT INTO recflow.notification_event VALUES ('f731e1f4-3aa7-49b8-85d2-3a500d2d9e08', 'PERIOD_OPENED', '2027-05-03 09:00:00+00', 'APPROVAL', 4, 'SG3', '{"id":"f731e1f4-3aa7-49b8-85d2-3a500d2d9e08","type":"PERIOD_OPENED","occurredAt":"2027-05-03T09:00:00Z","subject":{"type":"APPROVAL","id":4,"label":"ITU-T D.52 (new) Charging of international mobile roaming","studyGroup":"SG3"},"kind":"CONSULTATION","dueAt":"2027-08-25T23:59:59Z","summary":"Consultation of the Member States opened for ITU-T D.52 (new) Charging of international mobile roaming until 2027-08-25T23:59:59Z","href":"http://localhost:8080/dashboard/approvals/4"}');
INSERT INTO recflow.notification_event VALUES ('a08bb5b9-1802-446a-99a8-9862435c3a03', 'PERIOD_CLOSED', '2027-05-04 09:00:00+00', 'APPROVAL', 3, 'SG17', '{"id":"a08bb5b9-1802-446a-99a8-9862435c3a03","type":"PERIOD_CLOSED","occurredAt":"2027-05-04T09:00:00Z","subject":{"type":"APPROVAL","id":3,"label":"ITU-T X.1500 (revised) Cybersecurity information exchange","studyGroup":"SG17"},"kind":"LAST_CALL","dueAt":null,"summary":"Last Call closed for ITU-T X.1500 (revised) Cybersecurity information exchange with 1 comment(s)","href":"http://localhost:8080/dashboard/approvals/3"}');
INSERT INTO recflow.notification_event VALUES ('56e380e7-ea41-49fe-8674-d936298342a9', 'ACTION_DUE', '2027-05-04 09:00:00+00', 'APPROVAL', 3, 'SG17', '{"id":"56e380e7-ea41-49fe-8674-d936298342a9","type":"ACTION_DUE","occurredAt":"2027-05-04T09:00:00Z","subject":{"type":"APPROVAL","id":3,"label":"ITU-T X.1500 (revised) Cybersecurity information exchange","studyGroup":"SG17"},"kind":"COMMENT_COMPILATION","dueAt":"2027-05-17T23:59:59Z","summary":"ITU-T X.1500 (revised) Cybersecurity information exchange: COMMENT_COMPILATION due at 2027-05-17T23:59:59Z (OPENED)","href":"http://localhost:8080/dashboard/approvals/3"}');
INSERT INTO recflow.notification_event VALUES ('387a863e-1b63-4220-a80e-ffd61ea696ce', 'ACTION_DUE', '2027-05-04 09:00:00+00', 'APPROVAL', 4, 'SG3', '{"id":"387a863e-1b63-4220-a80e-ffd61ea696ce","type":"ACTION_DUE","occurredAt":"2027-05-04T09:00:00Z","subject":{"type":"APPROVAL","id":4,"label":"ITU-T D.52 (new) Charging of international mobile roaming","studyGroup":"SG3"},"kind":"TEXT_DISTRIBUTION","dueAt":"2027-08-06T23:59:59Z","summary":"ITU-T D.52 (new) Charging of international mobile roaming: TEXT_DISTRIBUTION due at 2027-08-06T23:59:59Z (OPENED)","href":"http://localhost:8080/dashboard/approvals/4"}');
INSERT INTO recflow.notification_event VALUES ('d478a30f-120a-4e96-8e8e-472205429831', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d478a30f-120a-4e96-8e8e-472205429831","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AFG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fd35f9a0-fb6e-45d0-927c-3bafec1f06aa', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fd35f9a0-fb6e-45d0-927c-3bafec1f06aa","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AGO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c6cbfed6-a1f2-49fb-a3a1-e9fd7141cacf', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c6cbfed6-a1f2-49fb-a3a1-e9fd7141cacf","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ALB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2b17ba14-96c2-4e49-a788-31f5a7137b12', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2b17ba14-96c2-4e49-a788-31f5a7137b12","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ARE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2db72f7a-3693-4db0-a771-bfcbeaedd65b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2db72f7a-3693-4db0-a771-bfcbeaedd65b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ARM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a6e47596-6357-4944-a3fc-755c54f482a1', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a6e47596-6357-4944-a3fc-755c54f482a1","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ATG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('823e9792-4996-47a9-8291-3f89c287c104', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"823e9792-4996-47a9-8291-3f89c287c104","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AUS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1a5734e3-6b10-458b-8b8b-85a9c8939657', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1a5734e3-6b10-458b-8b8b-85a9c8939657","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AUT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('63fe02e5-248e-461f-a7e2-6c45233832ca', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"63fe02e5-248e-461f-a7e2-6c45233832ca","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BDI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f473b9c4-f467-43e7-bf43-2118ebc4a2cf', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f473b9c4-f467-43e7-bf43-2118ebc4a2cf","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BEL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b595f192-3e1c-43f4-8ca9-1375c2900538', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b595f192-3e1c-43f4-8ca9-1375c2900538","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BGD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bd370553-bfc5-48d1-9638-9c92b765ecef', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bd370553-bfc5-48d1-9638-9c92b765ecef","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BGR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c731a19a-8efc-497a-8245-89f64697fc55', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c731a19a-8efc-497a-8245-89f64697fc55","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BHS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3902db33-9f3f-453d-b5d2-38089a1cbbc5', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3902db33-9f3f-453d-b5d2-38089a1cbbc5","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BLR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('857aedc3-43d6-4dda-a8d4-22d26b829c5a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"857aedc3-43d6-4dda-a8d4-22d26b829c5a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BLZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8347fcc7-7277-4197-a476-34776464d639', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8347fcc7-7277-4197-a476-34776464d639","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BOL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d8fcb77e-86c2-4e12-8ce3-1822a3f47220', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d8fcb77e-86c2-4e12-8ce3-1822a3f47220","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AND has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('12dce137-389a-4b45-b620-249870e4dbd4', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"12dce137-389a-4b45-b620-249870e4dbd4","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ARG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('16cd8a46-589a-45bc-9eb1-c3e5de246035', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"16cd8a46-589a-45bc-9eb1-c3e5de246035","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AZE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9befa9a1-2ffa-4e90-b998-f13b72075ae5', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9befa9a1-2ffa-4e90-b998-f13b72075ae5","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BEN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d09b75a0-1d7a-42f4-ad30-f44053fda21c', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d09b75a0-1d7a-42f4-ad30-f44053fda21c","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BFA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f12eb2ee-2a7a-4db8-b684-c2c94804f725', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f12eb2ee-2a7a-4db8-b684-c2c94804f725","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BHR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('396de35e-e25d-4b6b-90b0-6b1769a58450', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"396de35e-e25d-4b6b-90b0-6b1769a58450","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BIH has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4bdcaccf-aba7-43b7-a92c-4f7b12b50c53', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4bdcaccf-aba7-43b7-a92c-4f7b12b50c53","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BRB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0fc30f54-6bf2-481c-8997-a9f65b4401c5', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0fc30f54-6bf2-481c-8997-a9f65b4401c5","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BTN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f72018d6-2e88-435b-afc0-4fee301b197a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f72018d6-2e88-435b-afc0-4fee301b197a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CAF has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6ea3b55a-4fa1-4b66-a5dd-34447a4bcebe', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6ea3b55a-4fa1-4b66-a5dd-34447a4bcebe","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CAN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('db2e4135-2dae-427b-90c9-16b3de5063a1', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"db2e4135-2dae-427b-90c9-16b3de5063a1","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CHL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6d7873ce-4504-417a-a8b9-534e802055d7', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6d7873ce-4504-417a-a8b9-534e802055d7","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CIV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ff79a6e1-9802-447e-bb52-f73ef02181f3', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ff79a6e1-9802-447e-bb52-f73ef02181f3","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4cec8224-20b8-4e0a-8418-bcd543d58ffa', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4cec8224-20b8-4e0a-8418-bcd543d58ffa","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BRN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c27dea50-87cb-4c6f-a9ff-d98bf24e1d2e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c27dea50-87cb-4c6f-a9ff-d98bf24e1d2e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BWA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e6cf756f-24bb-452a-b710-5bdbc96aecc0', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e6cf756f-24bb-452a-b710-5bdbc96aecc0","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CHE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a642db59-f225-4f12-b407-19e674dc7387', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a642db59-f225-4f12-b407-19e674dc7387","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CHN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0f65dfae-597e-4bcf-aa0b-5b498c02be5f', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0f65dfae-597e-4bcf-aa0b-5b498c02be5f","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CMR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ce63e5b1-c8af-409f-88db-0fa6a6c278dc', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ce63e5b1-c8af-409f-88db-0fa6a6c278dc","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0aaec3cf-89dc-4882-8cca-75b9e8426f80', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0aaec3cf-89dc-4882-8cca-75b9e8426f80","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f09dfbc5-f238-422b-b36f-5c715fbbfa6d', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f09dfbc5-f238-422b-b36f-5c715fbbfa6d","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CRI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a7b75287-950a-46d2-af90-1ef39a164551', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a7b75287-950a-46d2-af90-1ef39a164551","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CZE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e0f2dc86-16ce-4f53-a876-da433253f495', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e0f2dc86-16ce-4f53-a876-da433253f495","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DMA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('cdd87e11-f38d-4cf1-893b-663bce1cd5e9', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"cdd87e11-f38d-4cf1-893b-663bce1cd5e9","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DZA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9e15f7cc-5a59-459d-827b-7714bcecc9e9', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9e15f7cc-5a59-459d-827b-7714bcecc9e9","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ERI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c4de396f-786b-4cce-9b79-ebe2d51e92b7', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c4de396f-786b-4cce-9b79-ebe2d51e92b7","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and EST has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c3fd6438-f40a-4aff-a2c0-72540d9d7074', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c3fd6438-f40a-4aff-a2c0-72540d9d7074","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FIN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5cd4b35d-559c-4eca-9fe7-81f1efeb16a3', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5cd4b35d-559c-4eca-9fe7-81f1efeb16a3","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('374484ff-8889-4cea-9900-d855580bc6ef', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"374484ff-8889-4cea-9900-d855580bc6ef","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CPV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f941230e-03b7-4278-ac39-b3bbee1981b9', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f941230e-03b7-4278-ac39-b3bbee1981b9","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CUB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('43035c0d-f9b9-4aa6-b67f-ba95f6eab7f2', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"43035c0d-f9b9-4aa6-b67f-ba95f6eab7f2","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CYP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('70ef5117-64d0-4975-a74d-8f1735839ff7', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"70ef5117-64d0-4975-a74d-8f1735839ff7","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DJI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a4b699ea-c82a-415c-949a-f4026651b49d', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a4b699ea-c82a-415c-949a-f4026651b49d","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DNK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e6deda35-9b4b-4e8b-99e6-3f319ff757d9', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e6deda35-9b4b-4e8b-99e6-3f319ff757d9","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DOM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f428987f-e242-488f-b495-3bd50bec57e8', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f428987f-e242-488f-b495-3bd50bec57e8","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ECU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('20311b88-1342-4977-afd3-1575a2cb5b01', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"20311b88-1342-4977-afd3-1575a2cb5b01","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ESP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e35c8f94-e31a-4e1b-b505-86c2f9e472b7', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e35c8f94-e31a-4e1b-b505-86c2f9e472b7","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ETH has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b790e83e-71b4-4486-ab5a-27a2a20cc8bb', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b790e83e-71b4-4486-ab5a-27a2a20cc8bb","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FJI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('154c7eda-ec77-448b-8a0a-73b9273b1e69', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"154c7eda-ec77-448b-8a0a-73b9273b1e69","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FSM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6f951dad-a4a4-4e50-83a1-a651a34635fb', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6f951dad-a4a4-4e50-83a1-a651a34635fb","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GBR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8ea34a11-a6e9-4a39-8817-691931712c60', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8ea34a11-a6e9-4a39-8817-691931712c60","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GHA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7c6be95b-9503-4cbf-9cff-ba5a25c78bbb', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7c6be95b-9503-4cbf-9cff-ba5a25c78bbb","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FRA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6e5f9606-1482-4efb-ba3b-01ecbc3c19c5', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6e5f9606-1482-4efb-ba3b-01ecbc3c19c5","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GAB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e02af6d1-da32-4f42-a8df-8cb927b98ff6', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e02af6d1-da32-4f42-a8df-8cb927b98ff6","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GEO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('98f3e2b3-d735-4358-80c5-6936e840b5a6', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"98f3e2b3-d735-4358-80c5-6936e840b5a6","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GIN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9e2ac1f5-c33e-40ef-b36a-1ac83f717a11', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9e2ac1f5-c33e-40ef-b36a-1ac83f717a11","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GNB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('264c303b-5824-4053-ae48-baadd2fdfdbe', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"264c303b-5824-4053-ae48-baadd2fdfdbe","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GRC has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3a51b7ef-bfc3-4be6-a9d0-db3ffd7f5d82', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3a51b7ef-bfc3-4be6-a9d0-db3ffd7f5d82","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GTM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c38464ad-4827-41e2-9922-c4a845260b92', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c38464ad-4827-41e2-9922-c4a845260b92","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HND has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('83608088-b780-4e49-b170-2d0b13b556f6', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"83608088-b780-4e49-b170-2d0b13b556f6","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HTI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('411d1354-347a-40d6-aefd-48544bc3e563', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"411d1354-347a-40d6-aefd-48544bc3e563","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IDN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e6f85e88-09c5-4c35-ba45-5e776e08bdeb', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e6f85e88-09c5-4c35-ba45-5e776e08bdeb","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IRN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7c9ad84f-2cf4-4599-b6ea-57087c301333', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7c9ad84f-2cf4-4599-b6ea-57087c301333","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ISL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('344af00d-1bf3-4937-b046-801244e200d0', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"344af00d-1bf3-4937-b046-801244e200d0","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ITA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2c098db9-8955-4473-93b4-52dcb642f7cf', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2c098db9-8955-4473-93b4-52dcb642f7cf","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KAZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('81ee6481-11c7-4689-ab68-75f971744156', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"81ee6481-11c7-4689-ab68-75f971744156","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GMB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('525decc4-2a27-4e45-a5f2-a776ed280946', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"525decc4-2a27-4e45-a5f2-a776ed280946","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GNQ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('006a04d7-975c-4b8b-818d-3335e3eccf50', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"006a04d7-975c-4b8b-818d-3335e3eccf50","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GRD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0e41e6c9-9439-4ef9-a68d-f4c2604727f2', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0e41e6c9-9439-4ef9-a68d-f4c2604727f2","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GUY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('23f607e7-daf8-43d8-88a3-bcb05bc75a63', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"23f607e7-daf8-43d8-88a3-bcb05bc75a63","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HRV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fc579f57-1337-476c-911d-25b851e5084f', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fc579f57-1337-476c-911d-25b851e5084f","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HUN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('59b71faa-cdce-4a05-8f4a-71c3bfbd6a97', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"59b71faa-cdce-4a05-8f4a-71c3bfbd6a97","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IRL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f279691a-cd9a-4820-a0d2-92b633707550', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f279691a-cd9a-4820-a0d2-92b633707550","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IRQ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3ac6b990-d14e-4d05-a3fd-4d9f96b3e338', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3ac6b990-d14e-4d05-a3fd-4d9f96b3e338","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ISR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a8345fc6-5950-4594-b470-7225653c6efc', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a8345fc6-5950-4594-b470-7225653c6efc","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and JAM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('21e0198c-bb2d-4b1c-81cf-5bdef1eb21dc', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"21e0198c-bb2d-4b1c-81cf-5bdef1eb21dc","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and JOR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('35698775-4c13-49ec-8379-444b31efa4fc', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"35698775-4c13-49ec-8379-444b31efa4fc","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KGZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('36a98897-ddfa-43d1-8ff0-ed608bdfb785', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"36a98897-ddfa-43d1-8ff0-ed608bdfb785","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KOR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('414e1f39-72d3-4804-adb9-e6e74785a5cc', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"414e1f39-72d3-4804-adb9-e6e74785a5cc","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LBN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a413acdb-956e-4b29-b4a2-679cd74a804e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a413acdb-956e-4b29-b4a2-679cd74a804e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KHM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5a82967b-596b-41fe-9e18-9821c50cf931', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5a82967b-596b-41fe-9e18-9821c50cf931","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KIR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('975533ef-0e71-40ba-854c-f6f50fb1dee5', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"975533ef-0e71-40ba-854c-f6f50fb1dee5","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KNA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4f25c70f-092b-4e82-b812-6068660c6ae3', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4f25c70f-092b-4e82-b812-6068660c6ae3","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KWT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('555b7cb7-acd6-4370-8fd3-d4ca82086d8a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"555b7cb7-acd6-4370-8fd3-d4ca82086d8a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LAO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7b344030-d342-4967-92e1-ee6b478602b2', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7b344030-d342-4967-92e1-ee6b478602b2","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LBR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0692a586-6b23-4383-b010-eceb34957170', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0692a586-6b23-4383-b010-eceb34957170","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LCA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4948213a-b273-4115-94f2-41bd9b0af45b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4948213a-b273-4115-94f2-41bd9b0af45b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LIE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ef29da8e-2eb3-4a9f-a9a6-3101f0616938', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ef29da8e-2eb3-4a9f-a9a6-3101f0616938","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LSO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('de5eb5cb-dd85-4665-aefb-7fa27b2367bd', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"de5eb5cb-dd85-4665-aefb-7fa27b2367bd","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MCO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e659865b-c763-468f-aa74-5fb430acb554', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e659865b-c763-468f-aa74-5fb430acb554","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MLI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('115092f8-c882-4cbc-8f63-f8d85a400ac0', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"115092f8-c882-4cbc-8f63-f8d85a400ac0","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MLT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('498e0246-095c-49ce-8d73-1d7259672351', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"498e0246-095c-49ce-8d73-1d7259672351","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MNE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8b5fa994-bcaa-419e-848d-6ef8c2340d77', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8b5fa994-bcaa-419e-848d-6ef8c2340d77","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MRT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4a569e6b-dd77-4d0b-a4a7-bb10d81019da', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4a569e6b-dd77-4d0b-a4a7-bb10d81019da","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LBY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('203c2ee3-6a77-4ae2-9c4e-bb63f24c56ca', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"203c2ee3-6a77-4ae2-9c4e-bb63f24c56ca","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LKA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('307c4f55-6592-43f9-9f2d-2bd3f908f8dc', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"307c4f55-6592-43f9-9f2d-2bd3f908f8dc","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LTU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('623179ae-0283-4fb5-8fbf-5d7857605e27', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"623179ae-0283-4fb5-8fbf-5d7857605e27","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LUX has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('16f994ca-d886-4e16-b902-0ff6144b156c', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"16f994ca-d886-4e16-b902-0ff6144b156c","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LVA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1c1dbc0e-b417-4ae3-8f71-12a813d6f7f5', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1c1dbc0e-b417-4ae3-8f71-12a813d6f7f5","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MAR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('876fb517-5fe5-4c76-8437-3abad7c8e2b5', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"876fb517-5fe5-4c76-8437-3abad7c8e2b5","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MDA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9cff914d-ddaa-416e-9cf8-b95f8e78d2e1', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9cff914d-ddaa-416e-9cf8-b95f8e78d2e1","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MDG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e6aedf88-85e4-41ac-8973-260403500d1f', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e6aedf88-85e4-41ac-8973-260403500d1f","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MDV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6b3f1b74-b924-47f1-b138-8cff2aac7901', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6b3f1b74-b924-47f1-b138-8cff2aac7901","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MHL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0ae23cec-56b4-4dfe-9016-7b9b81e55e27', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0ae23cec-56b4-4dfe-9016-7b9b81e55e27","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MKD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9a8f60b3-3c62-4212-bea3-572221aba680', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9a8f60b3-3c62-4212-bea3-572221aba680","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MMR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4a3875ba-a8ab-4613-9f2b-fa8f42980610', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4a3875ba-a8ab-4613-9f2b-fa8f42980610","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MNG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9cd7e9fe-588b-4f08-a528-46f1de651c2a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9cd7e9fe-588b-4f08-a528-46f1de651c2a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MOZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('174278af-9176-45bf-8718-464d664347ec', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"174278af-9176-45bf-8718-464d664347ec","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MUS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('aaa8cde5-bf2e-45db-af36-ee1f507de055', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"aaa8cde5-bf2e-45db-af36-ee1f507de055","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NAM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8ef84170-ab0e-4e55-9e8c-40b7d7daace2', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8ef84170-ab0e-4e55-9e8c-40b7d7daace2","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NER has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('caf4854b-650c-4dcc-8740-17673dcbc1df', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"caf4854b-650c-4dcc-8740-17673dcbc1df","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NIC has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d3c44b1a-6ef9-41af-8f96-04edbaa1566f', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d3c44b1a-6ef9-41af-8f96-04edbaa1566f","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NOR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ce755f3e-8952-46c3-b60f-54762b758f05', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ce755f3e-8952-46c3-b60f-54762b758f05","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NRU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e75a848f-8c99-4257-b822-8f371ce87735', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e75a848f-8c99-4257-b822-8f371ce87735","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PAN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('301628b4-3d4a-40dc-a853-e0863e6e3210', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"301628b4-3d4a-40dc-a853-e0863e6e3210","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PHL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ab0d8a71-de5f-4ae5-8462-1a34502a4396', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ab0d8a71-de5f-4ae5-8462-1a34502a4396","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PNG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('46e00d66-9805-43f7-ae26-ed3e9d88fe02', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"46e00d66-9805-43f7-ae26-ed3e9d88fe02","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PRK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3caf9531-4eba-4d83-a87d-93c4b10d6223', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3caf9531-4eba-4d83-a87d-93c4b10d6223","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PRY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fd13468d-ea73-44c5-8291-c80cd846673d', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fd13468d-ea73-44c5-8291-c80cd846673d","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and QAT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9f0bc6c4-fce7-4d57-a5a6-1c2ea5944f5e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9f0bc6c4-fce7-4d57-a5a6-1c2ea5944f5e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ROU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1ba080c0-1453-4bc6-81a9-9ffb5b374eb1', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1ba080c0-1453-4bc6-81a9-9ffb5b374eb1","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and RUS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('573005a5-4fa5-4bab-b7af-2b751e3cdd07', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"573005a5-4fa5-4bab-b7af-2b751e3cdd07","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MWI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('942da772-e9b1-412d-99fc-a4047c6f02fc', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"942da772-e9b1-412d-99fc-a4047c6f02fc","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MYS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b7b97f14-74d5-43b2-84ca-5ab2c2a1162f', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b7b97f14-74d5-43b2-84ca-5ab2c2a1162f","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NGA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('23cb0714-0815-4fcd-be26-af1a1ebeab8f', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"23cb0714-0815-4fcd-be26-af1a1ebeab8f","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NLD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('baeb0290-8e0b-4098-8abf-1defe7801fe2', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"baeb0290-8e0b-4098-8abf-1defe7801fe2","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NPL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b682ab4e-1104-45e8-b5f2-eef9c7364634', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b682ab4e-1104-45e8-b5f2-eef9c7364634","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NZL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4e0fbaa8-5bbf-4ab4-8362-f77685b49009', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4e0fbaa8-5bbf-4ab4-8362-f77685b49009","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and OMN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('960fb13d-f489-4535-80a1-c862cb8ecef7', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"960fb13d-f489-4535-80a1-c862cb8ecef7","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PAK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b877e21f-4926-4fff-b28e-e7e578d26654', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b877e21f-4926-4fff-b28e-e7e578d26654","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PER has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a8d4c442-302c-4abf-9a20-fdebecaf74f2', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a8d4c442-302c-4abf-9a20-fdebecaf74f2","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PLW has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8b8fa3e9-569c-4f3d-943a-ada4cb5c8f57', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8b8fa3e9-569c-4f3d-943a-ada4cb5c8f57","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and POL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('287003f8-bb0a-496e-8960-cac85c05657f', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"287003f8-bb0a-496e-8960-cac85c05657f","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PRT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c7238ea9-1345-4a7b-b475-7afa84f37ba3', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c7238ea9-1345-4a7b-b475-7afa84f37ba3","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SDN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('21546129-3657-46e0-be81-6af2d1595931', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"21546129-3657-46e0-be81-6af2d1595931","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SLB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5b5917ea-0a2c-49af-b229-e4b1e7dd07a2', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5b5917ea-0a2c-49af-b229-e4b1e7dd07a2","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and RWA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8ef0f410-a758-496a-9431-f920dfee30c2', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8ef0f410-a758-496a-9431-f920dfee30c2","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SAU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1ceb3625-6811-4a51-9a2d-e391964ce032', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1ceb3625-6811-4a51-9a2d-e391964ce032","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SEN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('424f43c3-b835-48e6-8c13-52100a444639', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"424f43c3-b835-48e6-8c13-52100a444639","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SGP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('761500c1-bd41-4ebe-ba4d-1659886492e4', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"761500c1-bd41-4ebe-ba4d-1659886492e4","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SLE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3455a16b-9f3c-4666-b2c4-8fed1248605b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3455a16b-9f3c-4666-b2c4-8fed1248605b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SOM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5fd35f24-28ba-410b-a768-1a6dda4f1756', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5fd35f24-28ba-410b-a768-1a6dda4f1756","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SSD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ea9d930c-8ad4-43ea-99e4-4bfd95e61851', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ea9d930c-8ad4-43ea-99e4-4bfd95e61851","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and STP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5b5af47d-bd42-4f80-9820-f28d6ab41349', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5b5af47d-bd42-4f80-9820-f28d6ab41349","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SVK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a8621a32-2f67-4565-90ec-98eb91dd2dd7', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a8621a32-2f67-4565-90ec-98eb91dd2dd7","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SWZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c8a21917-62c6-4630-ad24-6d6caf293e94', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c8a21917-62c6-4630-ad24-6d6caf293e94","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TGO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('827643da-6ccc-463a-a381-ee581ded0714', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"827643da-6ccc-463a-a381-ee581ded0714","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and THA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bf18c4fd-bc21-460b-8fd4-bbc625a27950', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bf18c4fd-bc21-460b-8fd4-bbc625a27950","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TJK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0f8c9f1d-f421-456f-ae9d-c5dc300512ee', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0f8c9f1d-f421-456f-ae9d-c5dc300512ee","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TLS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2107bf48-70d8-443f-9e8e-ed734600bfdf', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2107bf48-70d8-443f-9e8e-ed734600bfdf","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SLV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ea00765b-46d9-48ff-8158-ed0459542d13', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ea00765b-46d9-48ff-8158-ed0459542d13","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SMR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f60a7639-7897-4e33-8486-c4d5d89c5af5', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f60a7639-7897-4e33-8486-c4d5d89c5af5","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SRB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d85cd4bc-2676-4387-84a7-d8ad31279965', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d85cd4bc-2676-4387-84a7-d8ad31279965","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SUR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('85561396-9c5d-474b-8444-17b3ecfefefd', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"85561396-9c5d-474b-8444-17b3ecfefefd","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SVN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bccaae33-f3f9-4564-b60f-9535d280f898', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bccaae33-f3f9-4564-b60f-9535d280f898","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SWE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('886ed4e8-0e37-4a8f-82dd-8cbf57d4df2e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"886ed4e8-0e37-4a8f-82dd-8cbf57d4df2e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SYC has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('01a74cb1-b333-4786-a3b4-39f0dc72546b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"01a74cb1-b333-4786-a3b4-39f0dc72546b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SYR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2ee2e609-0368-4794-b321-d752f2e9d355', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2ee2e609-0368-4794-b321-d752f2e9d355","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TCD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('947294ac-0aea-4f72-b7f5-ed77065e1045', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"947294ac-0aea-4f72-b7f5-ed77065e1045","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TKM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3b33609a-be70-421b-ada8-728d5d2764e3', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3b33609a-be70-421b-ada8-728d5d2764e3","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TON has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c3af3631-7a07-46cb-8ccd-78d62da2082e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c3af3631-7a07-46cb-8ccd-78d62da2082e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TTO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5618d582-63eb-4e37-87a2-90d3890117f6', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5618d582-63eb-4e37-87a2-90d3890117f6","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TUN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0c010664-40d7-4035-b70d-bdbac5d1a5f2', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0c010664-40d7-4035-b70d-bdbac5d1a5f2","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TUV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('deb50812-c024-4627-a592-387ebd527809', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"deb50812-c024-4627-a592-387ebd527809","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TUR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9729774f-efd5-4ae0-a928-74de64b503ff', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9729774f-efd5-4ae0-a928-74de64b503ff","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and UKR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('de4916a1-e249-4d23-9a8d-b85b15e9c61a', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"de4916a1-e249-4d23-9a8d-b85b15e9c61a","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and UZB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('493d5c5a-0b0a-46be-9234-fc50789af5dd', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"493d5c5a-0b0a-46be-9234-fc50789af5dd","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VAT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3735b055-93e8-4adf-8f85-334808ca4cc4', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3735b055-93e8-4adf-8f85-334808ca4cc4","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VEN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('54e85170-995f-40da-a2e5-8d94cf918e68', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"54e85170-995f-40da-a2e5-8d94cf918e68","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VUT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d563f262-2f4b-4885-b910-a47d95f0135b', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d563f262-2f4b-4885-b910-a47d95f0135b","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and YEM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('cace713b-86f5-48de-a1fb-6a8f5315fc22', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"cace713b-86f5-48de-a1fb-6a8f5315fc22","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ZAF has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fc312c19-5fb5-4066-ab95-7f7e93626e69', 'ACTION_DUE', '2027-05-24 09:00:00+00', 'APPROVAL', 3, 'SG17', '{"id":"fc312c19-5fb5-4066-ab95-7f7e93626e69","type":"ACTION_DUE","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":3,"label":"ITU-T X.1500 (revised) Cybersecurity information exchange","studyGroup":"SG17"},"kind":"COMMENT_COMPILATION","dueAt":"2027-05-17T23:59:59Z","summary":"ITU-T X.1500 (revised) Cybersecurity information exchange: COMMENT_COMPILATION due at 2027-05-17T23:59:59Z (OVERDUE)","href":"http://localhost:8080/dashboard/approvals/3"}');
INSERT INTO recflow.notification_event VALUES ('4733202a-771a-4641-b625-9349ed843332', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4733202a-771a-4641-b625-9349ed843332","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AFG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('13da7973-8e91-4405-b95f-7f69471d4c70', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"13da7973-8e91-4405-b95f-7f69471d4c70","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ALB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('42520a49-cfcc-4fc4-bbd9-a2f094af7078', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"42520a49-cfcc-4fc4-bbd9-a2f094af7078","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AND has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3bd54de9-a830-4c0d-8b4d-47cd49fa6385', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3bd54de9-a830-4c0d-8b4d-47cd49fa6385","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ARG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9ac71846-a1fc-448a-957a-415ad65c185a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9ac71846-a1fc-448a-957a-415ad65c185a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ATG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c93a3569-ec14-4c9a-8df8-684f2ed0c9df', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c93a3569-ec14-4c9a-8df8-684f2ed0c9df","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TZA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('240ee1fb-a57a-4b16-82e3-3ab7726991d4', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"240ee1fb-a57a-4b16-82e3-3ab7726991d4","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and UGA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f222fb63-8b8d-4381-a6b9-6d8d0203c41e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f222fb63-8b8d-4381-a6b9-6d8d0203c41e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and URY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8d59f619-da29-48e1-b41d-5362ab323e29', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8d59f619-da29-48e1-b41d-5362ab323e29","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VCT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('acc28bc2-041e-4888-a1b5-58b01e0e97d7', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"acc28bc2-041e-4888-a1b5-58b01e0e97d7","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VNM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('cc443119-54aa-4e49-b71b-0d5997ff0027', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"cc443119-54aa-4e49-b71b-0d5997ff0027","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and WSM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('53d2fb54-d245-4490-9c9a-00a7df9d620e', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"53d2fb54-d245-4490-9c9a-00a7df9d620e","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ZMB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d50a57c4-203d-4ee9-967c-48e44e50afce', 'REMINDER', '2027-05-24 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d50a57c4-203d-4ee9-967c-48e44e50afce","type":"REMINDER","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ZWE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f3eaad94-ccd4-435b-b756-027bff912d8e', 'PERIOD_OPENED', '2027-05-24 09:00:00+00', 'APPROVAL', 5, 'SG20', '{"id":"f3eaad94-ccd4-435b-b756-027bff912d8e","type":"PERIOD_OPENED","occurredAt":"2027-05-24T09:00:00Z","subject":{"type":"APPROVAL","id":5,"label":"ITU-T Y.4480 (new) Digital twin reference model for smart cities","studyGroup":"SG20"},"kind":"LAST_CALL","dueAt":"2027-06-21T23:59:59Z","summary":"Last Call opened for ITU-T Y.4480 (new) Digital twin reference model for smart cities until 2027-06-21T23:59:59Z","href":"http://localhost:8080/dashboard/approvals/5"}');
INSERT INTO recflow.notification_event VALUES ('e9249031-0dbe-46a3-a4fe-a1c7567f73f6', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e9249031-0dbe-46a3-a4fe-a1c7567f73f6","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AGO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ca8d1e22-87ab-40a2-a587-8d4f5c389629', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ca8d1e22-87ab-40a2-a587-8d4f5c389629","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ARE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4a528c9d-8f5e-43a3-ac02-512abc5d21ea', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4a528c9d-8f5e-43a3-ac02-512abc5d21ea","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ARM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('56d5d417-2a1e-4dee-b5cc-47c6b14e4d66', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"56d5d417-2a1e-4dee-b5cc-47c6b14e4d66","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AUT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8677d300-aea1-43be-97f0-d44b4f7255bb', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8677d300-aea1-43be-97f0-d44b4f7255bb","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BDI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a9344dad-b0ae-47b4-bd3a-b65fb2dff307', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a9344dad-b0ae-47b4-bd3a-b65fb2dff307","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AUS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b957428b-b4e9-4fbc-923e-43e128d0fc0c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b957428b-b4e9-4fbc-923e-43e128d0fc0c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and AZE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a972fe14-2cfb-4355-9505-dc0d4bfc0447', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a972fe14-2cfb-4355-9505-dc0d4bfc0447","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BEL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7231ebd0-6451-4e90-b1aa-85b520a50b37', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7231ebd0-6451-4e90-b1aa-85b520a50b37","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BFA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('00744c80-7e6f-488c-ba76-fd4883cf1bd8', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"00744c80-7e6f-488c-ba76-fd4883cf1bd8","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BGD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8e1e9c15-1dcb-42dd-a411-d94646d0ccc3', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8e1e9c15-1dcb-42dd-a411-d94646d0ccc3","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BHS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e7621fa5-cb1b-43e0-8ce8-cb762cf26852', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e7621fa5-cb1b-43e0-8ce8-cb762cf26852","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BLR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('df086cc8-256e-46ab-b5ec-74a31bc94e2d', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"df086cc8-256e-46ab-b5ec-74a31bc94e2d","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BOL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c011611d-eb47-4ad4-af94-d5758f854aff', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c011611d-eb47-4ad4-af94-d5758f854aff","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BRN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('02a28197-703d-45f3-b1c8-c65c9cacf85e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"02a28197-703d-45f3-b1c8-c65c9cacf85e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BWA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7f11a649-7d2a-4d03-8362-7b3b9ee278fe', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7f11a649-7d2a-4d03-8362-7b3b9ee278fe","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CAN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('829f4373-78e5-49a1-8089-6fd1791cefb5', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"829f4373-78e5-49a1-8089-6fd1791cefb5","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CHE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bb158f9e-3e46-4272-a8cc-a01e8aa8bc8f', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bb158f9e-3e46-4272-a8cc-a01e8aa8bc8f","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CHL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('cc15df24-6655-4c42-baf8-8cc53daf6012', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"cc15df24-6655-4c42-baf8-8cc53daf6012","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CIV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4f5d0314-c47d-4e3d-a2d2-747bfa449638', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4f5d0314-c47d-4e3d-a2d2-747bfa449638","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BEN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2778a029-2570-4a6e-b0e7-ca90a7c28064', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2778a029-2570-4a6e-b0e7-ca90a7c28064","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BGR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e05e5d07-0347-4798-b101-bf443aa746e5', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e05e5d07-0347-4798-b101-bf443aa746e5","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BHR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('39ff7193-b0b0-4ad4-981e-05999d07056b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"39ff7193-b0b0-4ad4-981e-05999d07056b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BIH has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('dffee80d-4b86-427a-b29f-10b7342cbd8e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"dffee80d-4b86-427a-b29f-10b7342cbd8e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BLZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9d77a68f-8e58-4a23-8f4f-f5269674d9f8', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9d77a68f-8e58-4a23-8f4f-f5269674d9f8","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BRB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7693f4f5-5324-431a-9198-647afee2c851', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7693f4f5-5324-431a-9198-647afee2c851","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and BTN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('272e0ace-2531-47a9-b1dc-7c1b8a65d08c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"272e0ace-2531-47a9-b1dc-7c1b8a65d08c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CAF has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('79a44858-519a-4046-b4ca-5b9cab473162', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"79a44858-519a-4046-b4ca-5b9cab473162","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CHN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3e8980b6-26d0-4e2e-97fe-54eda2fad4da', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3e8980b6-26d0-4e2e-97fe-54eda2fad4da","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CPV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f8c816f1-09ba-42c1-80ff-7315a11c0d2d', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f8c816f1-09ba-42c1-80ff-7315a11c0d2d","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CUB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('16d5b3da-c0d1-435e-8284-76917c006be0', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"16d5b3da-c0d1-435e-8284-76917c006be0","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CZE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('61ec580d-cacf-4497-96db-437973d4c585', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"61ec580d-cacf-4497-96db-437973d4c585","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DMA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9d73adcd-ae87-4dc3-8107-d7b58412e809', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9d73adcd-ae87-4dc3-8107-d7b58412e809","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DZA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e2c6e506-fc0c-45ed-accf-0301190689dc', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e2c6e506-fc0c-45ed-accf-0301190689dc","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CMR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d1565cc0-1c96-44ed-88fc-30a33cbbaa5a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d1565cc0-1c96-44ed-88fc-30a33cbbaa5a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3cae240a-0fe0-4eaf-9053-46d7d5e0bf3d', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3cae240a-0fe0-4eaf-9053-46d7d5e0bf3d","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('504ad464-9eff-47cb-b2eb-33c5cf78ba22', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"504ad464-9eff-47cb-b2eb-33c5cf78ba22","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5fa35502-929b-4f9b-8615-11e30fae4566', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5fa35502-929b-4f9b-8615-11e30fae4566","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and COM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('99aa0560-520b-4c12-a34b-636f0e97f469', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"99aa0560-520b-4c12-a34b-636f0e97f469","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CRI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3f47d6a0-4231-454b-a3f1-9eff3b1ff9c4', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3f47d6a0-4231-454b-a3f1-9eff3b1ff9c4","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and CYP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2ac848ce-c75f-4e2e-a9df-1578e83307da', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2ac848ce-c75f-4e2e-a9df-1578e83307da","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DJI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('17497c91-2bed-41a0-9660-fdae8f4a2d51', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"17497c91-2bed-41a0-9660-fdae8f4a2d51","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DNK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ed0eedc6-0232-4865-a7a3-abb7b1a30551', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ed0eedc6-0232-4865-a7a3-abb7b1a30551","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and DOM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9f4d1dfc-871f-4827-af24-27ac6cee28bc', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9f4d1dfc-871f-4827-af24-27ac6cee28bc","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ECU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('26cc6fb1-d279-48ee-8d41-5817e6ca6bda', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"26cc6fb1-d279-48ee-8d41-5817e6ca6bda","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ESP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4eec6914-764d-44c1-8ae4-8155b46c9f9d', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4eec6914-764d-44c1-8ae4-8155b46c9f9d","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ETH has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f1f8ce9d-ae83-4bfb-9a41-b92ca3f6b1dc', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f1f8ce9d-ae83-4bfb-9a41-b92ca3f6b1dc","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FRA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('dc6ab40f-cf12-42c5-a8f2-6488daeb47bb', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"dc6ab40f-cf12-42c5-a8f2-6488daeb47bb","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ERI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2912ae91-583c-4540-bf7d-ac8dad4bf653', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2912ae91-583c-4540-bf7d-ac8dad4bf653","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and EST has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9753fddb-a09c-4a3e-9672-6a6848808391', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9753fddb-a09c-4a3e-9672-6a6848808391","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FIN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('6a3cbfb9-ab06-41c7-a3a8-2463513776c3', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"6a3cbfb9-ab06-41c7-a3a8-2463513776c3","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FJI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('62217f86-957d-465e-88ec-2046f5a4623c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"62217f86-957d-465e-88ec-2046f5a4623c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and FSM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('43e9fcbe-b563-4989-88d1-3171719c0439', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"43e9fcbe-b563-4989-88d1-3171719c0439","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GBR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('46fcb6cb-d5ac-4c1b-b402-a80928257a89', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"46fcb6cb-d5ac-4c1b-b402-a80928257a89","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GHA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3a7f796a-f6d6-45f8-9663-4c20928f51cc', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3a7f796a-f6d6-45f8-9663-4c20928f51cc","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GMB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('554af3aa-4577-4524-af45-9908b6be5f46', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"554af3aa-4577-4524-af45-9908b6be5f46","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GNQ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b1c97edd-5a4a-4d87-851a-2014b1a2bc5e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b1c97edd-5a4a-4d87-851a-2014b1a2bc5e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GRC has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ee7eebe9-5bc7-4d65-adbc-436ada51c688', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ee7eebe9-5bc7-4d65-adbc-436ada51c688","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GTM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e59e298c-f643-467d-86cc-c771cf427b30', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e59e298c-f643-467d-86cc-c771cf427b30","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HND has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('df229985-ed0f-49d0-a116-cc02ccb96b4c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"df229985-ed0f-49d0-a116-cc02ccb96b4c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HTI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e6b8e400-c72e-4722-b3ad-7e276c9ee8be', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e6b8e400-c72e-4722-b3ad-7e276c9ee8be","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IDN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('28803c2b-a499-4c67-9db0-63374519b8d0', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"28803c2b-a499-4c67-9db0-63374519b8d0","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GAB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('bcee44af-ee03-44f0-b774-a6cc06311c0b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"bcee44af-ee03-44f0-b774-a6cc06311c0b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GEO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('49e92ab2-c872-4acd-83fb-c730b77a8b1a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"49e92ab2-c872-4acd-83fb-c730b77a8b1a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GIN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b8bf5c49-8d8c-4046-8fd8-18334999a788', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b8bf5c49-8d8c-4046-8fd8-18334999a788","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GNB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a98dfa1b-8497-4dbc-b957-441ce1fd6e05', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a98dfa1b-8497-4dbc-b957-441ce1fd6e05","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GRD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c3b2c5ea-06e9-44ec-9fe7-8b4ca69d2737', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c3b2c5ea-06e9-44ec-9fe7-8b4ca69d2737","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and GUY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('df9c79ac-7c47-40a5-98c3-f23cdfbdfb73', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"df9c79ac-7c47-40a5-98c3-f23cdfbdfb73","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HRV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('29de03e1-48e8-4ef4-baf3-dcfd045a6e04', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"29de03e1-48e8-4ef4-baf3-dcfd045a6e04","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and HUN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('eaa16865-3ba3-4b3b-9f4f-e834ee5b5856', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"eaa16865-3ba3-4b3b-9f4f-e834ee5b5856","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IRL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f398e13c-6829-446f-b642-9e82e7acb19c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f398e13c-6829-446f-b642-9e82e7acb19c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IRQ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ceef46b0-b721-4cbb-85b2-b6eb66b27831', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ceef46b0-b721-4cbb-85b2-b6eb66b27831","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ISR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fd4477c4-0b21-4d73-a8c9-82adfa6310ab', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fd4477c4-0b21-4d73-a8c9-82adfa6310ab","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and JAM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('33140979-9bac-423e-b585-7a3aeab02786', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"33140979-9bac-423e-b585-7a3aeab02786","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KAZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b6c5d92a-30f9-4216-ae00-2b0c67560b71', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b6c5d92a-30f9-4216-ae00-2b0c67560b71","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KHM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e3279069-2253-42ba-b72f-5b2ac71f9a53', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e3279069-2253-42ba-b72f-5b2ac71f9a53","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and IRN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('059d7d3b-1fa7-47ba-92c0-c2c707ce3cb9', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"059d7d3b-1fa7-47ba-92c0-c2c707ce3cb9","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ISL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2cd12aff-4074-407b-9a30-a92fb4e2034a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2cd12aff-4074-407b-9a30-a92fb4e2034a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ITA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ec0af2df-488c-41ac-bda5-87348fb11b12', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ec0af2df-488c-41ac-bda5-87348fb11b12","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and JOR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('cd18903b-dc2e-44ea-86ff-01ae6c00cc8b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"cd18903b-dc2e-44ea-86ff-01ae6c00cc8b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KGZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b0dfed9e-2ed1-4c72-b6dd-f0ffd8eb77fc', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b0dfed9e-2ed1-4c72-b6dd-f0ffd8eb77fc","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KIR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('86948b1a-648d-4ee0-ad85-72b5f85bf863', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"86948b1a-648d-4ee0-ad85-72b5f85bf863","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KOR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0f74f37d-f0c1-4872-894c-83c32b8b5558', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0f74f37d-f0c1-4872-894c-83c32b8b5558","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LAO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5c7f3e63-22a3-4e3c-9611-b35fdbbc3260', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5c7f3e63-22a3-4e3c-9611-b35fdbbc3260","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LBR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f388c660-a317-4b0c-ad6c-d542c646beda', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f388c660-a317-4b0c-ad6c-d542c646beda","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LCA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9ca24f25-d292-4366-94e5-7e38d4f57527', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9ca24f25-d292-4366-94e5-7e38d4f57527","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LKA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ae5cb5e5-7e97-4969-a960-e4bc303a9738', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ae5cb5e5-7e97-4969-a960-e4bc303a9738","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LUX has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a138c7c4-0550-4d41-8b29-84e2cf0765cd', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a138c7c4-0550-4d41-8b29-84e2cf0765cd","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MAR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f67215be-9829-4fd6-8cfd-5db243564d2e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f67215be-9829-4fd6-8cfd-5db243564d2e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MDA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a4dfd370-7c94-4560-967f-1bba2d1b3499', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a4dfd370-7c94-4560-967f-1bba2d1b3499","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KNA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5c462bd1-eb5e-4a6e-ad1e-13ff816c4ae2', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5c462bd1-eb5e-4a6e-ad1e-13ff816c4ae2","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and KWT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('99ccfe68-1bb6-41d6-b407-9e1b2f1ef50e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"99ccfe68-1bb6-41d6-b407-9e1b2f1ef50e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LBN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('02752bc6-a94b-4bb4-a476-c4e7b5facedf', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"02752bc6-a94b-4bb4-a476-c4e7b5facedf","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LBY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('22ab5410-af43-4039-a241-73d40cc89823', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"22ab5410-af43-4039-a241-73d40cc89823","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LIE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('997810fa-e3b4-4291-8597-0ba41681c6f7', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"997810fa-e3b4-4291-8597-0ba41681c6f7","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LSO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('535a851e-f88b-4cff-ae4d-2031db365d24', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"535a851e-f88b-4cff-ae4d-2031db365d24","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LTU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f4d07309-5d81-4603-b3fa-d714c5263067', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f4d07309-5d81-4603-b3fa-d714c5263067","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and LVA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1e7440d2-45e5-42e0-b33b-87b3cd1812a8', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1e7440d2-45e5-42e0-b33b-87b3cd1812a8","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MCO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('537af0e6-250f-4431-90af-42e1ed6408f9', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"537af0e6-250f-4431-90af-42e1ed6408f9","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MDG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('24d6ee54-0180-49c2-a977-7374918f5ed1', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"24d6ee54-0180-49c2-a977-7374918f5ed1","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MHL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('35c769b2-fcd4-4118-a910-fda3bb111047', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"35c769b2-fcd4-4118-a910-fda3bb111047","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MLI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e822dddd-256e-49c5-a2de-aea85c98197e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e822dddd-256e-49c5-a2de-aea85c98197e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MMR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f5f45563-42aa-4157-b4b2-85128cdf2c79', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f5f45563-42aa-4157-b4b2-85128cdf2c79","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MNG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c4cc0615-c139-4da6-a4df-088a1d20546b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c4cc0615-c139-4da6-a4df-088a1d20546b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MDV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ae2a2f4d-4277-4303-be34-e552a931b5ff', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ae2a2f4d-4277-4303-be34-e552a931b5ff","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MKD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3376a141-e60c-414f-8bc7-18ac1479eedd', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3376a141-e60c-414f-8bc7-18ac1479eedd","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MLT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('368bedfa-03d1-4b7e-9d06-ffa0f607741d', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"368bedfa-03d1-4b7e-9d06-ffa0f607741d","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MNE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('37e2b795-c76f-4634-bbc1-a42a0bd186b4', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"37e2b795-c76f-4634-bbc1-a42a0bd186b4","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MOZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('78fc6d14-8440-4e1d-a901-3878bc785ae8', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"78fc6d14-8440-4e1d-a901-3878bc785ae8","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MUS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e490388a-8aba-450d-98ca-0092b7666b67', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e490388a-8aba-450d-98ca-0092b7666b67","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MYS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('23de8b44-a48a-4d9c-82e2-05218ef9cdc4', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"23de8b44-a48a-4d9c-82e2-05218ef9cdc4","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NER has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e4240387-1d5b-418b-a0e4-f8d683e70962', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e4240387-1d5b-418b-a0e4-f8d683e70962","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NIC has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('55eaa43a-6ff1-4100-bb37-903b5e7d8ce3', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"55eaa43a-6ff1-4100-bb37-903b5e7d8ce3","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NOR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9ad3deba-02a7-43c4-8122-a95a9fa2c8f7', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9ad3deba-02a7-43c4-8122-a95a9fa2c8f7","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NRU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('159577a1-29b9-408c-92cf-042185459aa5', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"159577a1-29b9-408c-92cf-042185459aa5","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and OMN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9b6876af-b066-4f41-b6ae-48e965a0f0a5', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9b6876af-b066-4f41-b6ae-48e965a0f0a5","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PAN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e4fbcc5d-6d72-4862-b3b4-427f8db245b6', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e4fbcc5d-6d72-4862-b3b4-427f8db245b6","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PHL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c6882b74-8919-408c-869f-38f5f383c5e0', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c6882b74-8919-408c-869f-38f5f383c5e0","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MRT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('666ddfaf-7d0d-414e-bdde-4e4999d503e4', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"666ddfaf-7d0d-414e-bdde-4e4999d503e4","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and MWI has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('5c7fc30e-43b1-46ee-900e-76620945ff66', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"5c7fc30e-43b1-46ee-900e-76620945ff66","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NAM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('617b7d36-688f-4258-b041-e0a1f3436611', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"617b7d36-688f-4258-b041-e0a1f3436611","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NGA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('9b0fb1b2-cfd3-447d-9573-1c72974a40c1', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"9b0fb1b2-cfd3-447d-9573-1c72974a40c1","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NLD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('785bffab-3525-4324-8810-6f0bad70ef58', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"785bffab-3525-4324-8810-6f0bad70ef58","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NPL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('64b5e66d-ffe5-4959-b08d-7cb965cdf0d7', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"64b5e66d-ffe5-4959-b08d-7cb965cdf0d7","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and NZL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('86f85d25-2235-45ce-99fb-e2a245582646', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"86f85d25-2235-45ce-99fb-e2a245582646","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PAK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('35af3be2-587a-4d15-bd1b-767559d75b35', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"35af3be2-587a-4d15-bd1b-767559d75b35","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PER has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e688b128-6d50-445e-b21e-9cd818ab7a9a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e688b128-6d50-445e-b21e-9cd818ab7a9a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PLW has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e7a745df-ff27-47b7-b596-9b4e9b2c0b8d', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e7a745df-ff27-47b7-b596-9b4e9b2c0b8d","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and POL has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fa721ed2-390a-4089-a6aa-79ab2a164ef1', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fa721ed2-390a-4089-a6aa-79ab2a164ef1","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PRT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('31afc935-e35e-4483-ba01-3913128fbfcf', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"31afc935-e35e-4483-ba01-3913128fbfcf","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and QAT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8d146c4d-3cae-416d-b640-c443a291a26a', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8d146c4d-3cae-416d-b640-c443a291a26a","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and RWA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('d77e4f99-fc06-4bcc-b939-cf155da4a406', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"d77e4f99-fc06-4bcc-b939-cf155da4a406","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PNG has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a27db8a0-1a94-4495-9022-10ca9cf699a9', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a27db8a0-1a94-4495-9022-10ca9cf699a9","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PRK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('dfcd1575-21e4-4f64-b3e6-dc6eee058362', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"dfcd1575-21e4-4f64-b3e6-dc6eee058362","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and PRY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ecb83448-e777-4a2d-a71b-dd361a3ac02e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ecb83448-e777-4a2d-a71b-dd361a3ac02e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ROU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('ac614c5e-93d6-43b7-a475-022e9a77546d', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"ac614c5e-93d6-43b7-a475-022e9a77546d","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and RUS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1afc676c-0d09-4efc-8842-8bf5691b4bbc', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1afc676c-0d09-4efc-8842-8bf5691b4bbc","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SAU has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e20ff7cb-8f61-4e5a-a44c-80698b3540dc', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e20ff7cb-8f61-4e5a-a44c-80698b3540dc","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SEN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('15447f2f-96e5-4a46-81a7-2e7211741716', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"15447f2f-96e5-4a46-81a7-2e7211741716","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SLB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f8c687c4-287e-4fe0-a6e2-568f92f5b998', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f8c687c4-287e-4fe0-a6e2-568f92f5b998","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SLV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('52e70c20-3988-4562-aede-440ba1586a99', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"52e70c20-3988-4562-aede-440ba1586a99","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SMR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('af27763c-6a0b-4f4c-9f21-de551f96d253', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"af27763c-6a0b-4f4c-9f21-de551f96d253","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SSD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('7a0500e2-8e04-4da1-9117-9322d6315920', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"7a0500e2-8e04-4da1-9117-9322d6315920","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SUR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e262e850-b4e2-4f27-8d84-21429cf0246b', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e262e850-b4e2-4f27-8d84-21429cf0246b","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SVN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2c934109-525e-4dc5-8547-46bf3440a231', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2c934109-525e-4dc5-8547-46bf3440a231","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SYR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a7356976-dbd6-4cd4-a02e-95386962c81d', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a7356976-dbd6-4cd4-a02e-95386962c81d","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SDN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('18bb598b-14de-40eb-ba68-c6611d0d9dde', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"18bb598b-14de-40eb-ba68-c6611d0d9dde","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SGP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e8220ca6-db96-4ef1-9dae-0181823f1154', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e8220ca6-db96-4ef1-9dae-0181823f1154","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SLE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2a7cccd4-33f2-494c-9fba-26a36efe43da', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2a7cccd4-33f2-494c-9fba-26a36efe43da","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SOM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4a4e8d9f-5511-4b2e-b0c5-9039f980cccb', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4a4e8d9f-5511-4b2e-b0c5-9039f980cccb","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SRB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('57970fac-80b6-47fa-825f-1e6cfa9279b4', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"57970fac-80b6-47fa-825f-1e6cfa9279b4","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and STP has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4f54698c-b290-4e68-a57b-3705c7c0f331', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4f54698c-b290-4e68-a57b-3705c7c0f331","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SVK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('e208aaa5-7c10-4a93-9154-29e1dea55280', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"e208aaa5-7c10-4a93-9154-29e1dea55280","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SWE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('67e1e7ed-09c1-444c-a7dc-2d1ecf93a834', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"67e1e7ed-09c1-444c-a7dc-2d1ecf93a834","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SWZ has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2f81a9c8-98ff-419c-b29e-8036a547896c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2f81a9c8-98ff-419c-b29e-8036a547896c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and SYC has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c6df94f3-18bc-45e0-ab5d-3cf873473cde', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c6df94f3-18bc-45e0-ab5d-3cf873473cde","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TCD has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('0d53747c-0169-4735-97ec-b6eb2025f066', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"0d53747c-0169-4735-97ec-b6eb2025f066","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and THA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2ea9a867-330e-4776-a19f-1ee591606fe7', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2ea9a867-330e-4776-a19f-1ee591606fe7","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TKM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a74cf6d5-6f2f-467b-9b02-cbbaf6e43ded', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a74cf6d5-6f2f-467b-9b02-cbbaf6e43ded","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TTO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4cad258b-092c-4f10-b4d1-3bcd7ca79e09', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4cad258b-092c-4f10-b4d1-3bcd7ca79e09","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TGO has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('2c6e558a-585c-4858-94c3-b3a5f4ea3d03', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"2c6e558a-585c-4858-94c3-b3a5f4ea3d03","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TJK has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('142357b9-5e1d-4b24-af29-361ece0dbfe6', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"142357b9-5e1d-4b24-af29-361ece0dbfe6","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TLS has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('4c401025-29a3-42bf-9183-821b3a875f6d', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"4c401025-29a3-42bf-9183-821b3a875f6d","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TON has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('75b1d6d8-24e6-4352-8050-2c2a37d5d5e8', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"75b1d6d8-24e6-4352-8050-2c2a37d5d5e8","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TUN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('f5192d91-8c39-4f72-9418-fc83b4c4abb4', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"f5192d91-8c39-4f72-9418-fc83b4c4abb4","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TUV has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3780b2cf-f1c5-4638-b5b9-6bfafa171885', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3780b2cf-f1c5-4638-b5b9-6bfafa171885","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and UGA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('dfe71ee5-ae3b-4a81-9ce1-9960d9434ab2', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"dfe71ee5-ae3b-4a81-9ce1-9960d9434ab2","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and URY has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('44784ceb-fce5-4443-a608-77654fd83200', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"44784ceb-fce5-4443-a608-77654fd83200","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VAT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b6721d3b-64d7-4959-a52a-ae9e3366b47e', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b6721d3b-64d7-4959-a52a-ae9e3366b47e","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VEN has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('828aec7c-852c-4978-9cb9-6acee0c747f0', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"828aec7c-852c-4978-9cb9-6acee0c747f0","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VNM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('1c9fdc7b-9420-4172-af23-ed55c9730bdf', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"1c9fdc7b-9420-4172-af23-ed55c9730bdf","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VUT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('cbdc2d6f-eeb4-405c-b4d8-85913d4677d5', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"cbdc2d6f-eeb4-405c-b4d8-85913d4677d5","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and WSM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('3f15c72b-8b00-4102-beae-3c9fabb5bab7', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"3f15c72b-8b00-4102-beae-3c9fabb5bab7","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ZAF has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('8c39253e-f36e-459e-ba8c-40c5ed0b92d0', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"8c39253e-f36e-459e-ba8c-40c5ed0b92d0","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TUR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fabd520f-f7a2-4cb6-acb7-bd8984b26ee6', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fabd520f-f7a2-4cb6-acb7-bd8984b26ee6","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and TZA has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('c132bb4b-6722-4a9f-adee-e53fee5737cf', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"c132bb4b-6722-4a9f-adee-e53fee5737cf","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and UKR has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('44047a8d-997e-4bd6-b682-15ca0fc3a885', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"44047a8d-997e-4bd6-b682-15ca0fc3a885","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and UZB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('69fb5588-1009-4474-9bcc-6d97185ddd1c', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"69fb5588-1009-4474-9bcc-6d97185ddd1c","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and VCT has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('b8632902-09a8-4144-b03c-84d28b9421db', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"b8632902-09a8-4144-b03c-84d28b9421db","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and YEM has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('a05dc2e2-2997-4f4a-8b2a-0d35178581f8', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"a05dc2e2-2997-4f4a-8b2a-0d35178581f8","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ZMB has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('fc3a39d0-203a-4f6e-af9c-a601b225df28', 'REMINDER', '2027-05-26 17:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"fc3a39d0-203a-4f6e-af9c-a601b225df28","type":"REMINDER","occurredAt":"2027-05-26T17:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"REPLY","dueAt":"2027-05-26T23:59:59Z","summary":"ITU-T D.50 (revised) International Internet connectivity: the consultation closes at 2027-05-26T23:59:59Z and ZWE has not replied","href":"http://localhost:8080/dashboard/approvals/1"}');
INSERT INTO recflow.notification_event VALUES ('084a3b11-ce02-4eef-9684-24ea88574525', 'PERIOD_CLOSED', '2027-06-01 09:00:00+00', 'APPROVAL', 1, 'SG3', '{"id":"084a3b11-ce02-4eef-9684-24ea88574525","type":"PERIOD_CLOSED","occurredAt":"2027-06-01T09:00:00Z","subject":{"type":"APPROVAL","id":1,"label":"ITU-T D.50 (revised) International Internet connectivity","studyGroup":"SG3"},"kind":"CONSULTATION","dueAt":null,"summary":"Consultation closed for ITU-T D.50 (revised) International Internet connectivity","href":"http://localhost:8080/dashboard/approvals/1"}');


--
-- Data for Name: notification_subscription; Type: TABLE DATA; Schema: recflow; Owner: -
--



--
-- Data for Name: question; Type: TABLE DATA; Schema: recflow; Owner: -
--

INSERT INTO recflow.question VALUES (1, 'SG20', 'Q5/20', 'Digital identity for IoT devices', 'SG20-TD2001', true, 'CONSULTATION', NULL, NULL, '2027-05-03', '2027-07-03 23:59:59+00', '2301eac4-ec21-11f1-aebe-02fc00000001', '2027-05-03 09:00:00+00', 'chair-sg20');


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

\unrestrict 913JhFlAjCIU56ZHd5cbz8KksDo9bXZ64fdd1ufKSJXDUNbCjiHcuVoh52O4xhF

