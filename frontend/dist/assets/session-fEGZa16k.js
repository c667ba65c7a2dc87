import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{n as t,t as n}from"./jsx-runtime-CkXRJ162.js";import{n as r,r as i}from"./urql.es-BXY5_n1f.js";import{C as a,S as o,b as s,h as c,u as l,v as u,y as d}from"./spacing-DMqK3re3.js";var f=e(t()),p=(0,f.createContext)({}),m=function(){return(0,f.useContext)(p)},h=0,g=!1,_=function(e){return h+=1,e?`${e}-${h}`:h},v=function(e,t){var n=e||(g?_():null),r=(0,f.useState)(n),i=r[0],a=r[1];return c(function(){i===null&&a(_(t))},[]),(0,f.useEffect)(function(){g||=!0},[]),i==null?void 0:String(i)},y=function(e){var t=e.id,n=e.children,r=m().idPrefix;return n(v(t,r)||``)},b=u(C||=o([`
  `,`
  `,`
  display: block;
  max-width: 100%;
  word-wrap: normal;
  word-break: normal;
  white-space: normal;
`],[`
  `,`
  `,`
  display: block;
  max-width: 100%;
  word-wrap: normal;
  word-break: normal;
  white-space: normal;
`]),l.normalize.html,l.common),x=d(function(e){return f.createElement(`div`,s({},e))}).withConfig({componentId:`sc-9fbwu8-0`})(w||=o([`
  `,`
`],[`
  `,`
`]),b),S=d(function(e){var t=e.forwardedRef,n=e.asProp,r=n===void 0?`div`:n,i=a(e,[`forwardedRef`,`asProp`]);return f.createElement(r,s({ref:t},i))}).withConfig({componentId:`sc-9fbwu8-1`})(T||=o([`
  `,`
`],[`
  `,`
`]),b),C,w,T,E=`mutation RefreshSession { refreshSession { id sessionSecondsLeft } }`,D=`mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`,O=`mutation Logout { logout }`,k=`query OrganizationForEdit($id: ID!) { node(id: $id) { ... on Organization {
  id version nameFi nameSv nameEn shortName email phone website address addressConfidential description businessID services
  homeArea { id nameFi nameSv nameEn } operatingAreas { id nameFi nameSv nameEn } } } }`,A=`mutation UpdateOrganization($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) {
  updateOrganization(id: $id, version: $version, input: $input) { id version } }`,j=`mutation ConfirmOrganization($id: ID!) { confirmOrganization(id: $id) { id lastConfirmedAt } }`,M=`mutation ConfirmNetwork($id: ID!) { confirmNetwork(id: $id) { id lastConfirmedAt } }`,N=`query AreaOptions($q: String!) { areas(first: 10, where: {nameContains: $q}, orderBy: [{field: NAME_FI}]) {
  edges { node { id nameFi nameSv nameEn kind } } } }`,P=`query OrganizationOptions($q: String!) { organizations(first: 10, where: {nameContains: $q}, orderBy: [{field: NAME_FI}]) {
  edges { node { id nameFi nameSv nameEn } } } }`,F=`query NetworkOptions($q: String!) { networks(first: 10, where: {nameContains: $q}) { edges { node { id nameFi nameSv nameEn } } } }`,I=`mutation RequestMembership($input: RequestMembershipInput!, $key: String) {
  requestMembership(input: $input, idempotencyKey: $key) { id status } }`,L=`mutation ApproveMembership($id: ID!, $version: Int) { approveMembership(id: $id, version: $version) { id status } }`,R=`mutation DeclineMembership($id: ID!, $reason: String!, $version: Int) {
  declineMembership(id: $id, reason: $reason, version: $version) { id status } }`,z=`mutation EndMembership($id: ID!, $endDate: Date!, $version: Int) {
  endMembership(id: $id, endDate: $endDate, version: $version) { id status endDate } }`,B=`query Pending { memberships(first: 100, where: {status: PENDING}, orderBy: [{field: CREATED_AT, direction: ASC}]) {
  edges { node { id version role representative createdAt requestedBy awaiting
    organization { id nameFi nameSv nameEn } network { id nameFi nameSv nameEn } } } } }`,V=`query History($id: ID!) { changes(entity: $id, first: 50) { edges { node {
  id at operation actorRole fields { field before after } } } } }`,H=`query NetworkForEdit($id: ID!) { node(id: $id) { ... on Network {
  id version nameFi nameSv nameEn shortName website meetingsPerYear startedOn endedOn status description
  areas { id nameFi nameSv nameEn } } } }`,U=`mutation UpdateNetwork($id: ID!, $version: Int!, $input: UpdateNetworkInput!) {
  updateNetwork(id: $id, version: $version, input: $input) { id version } }`,W=n(),G=(0,f.createContext)({me:null,endsAt:null,expired:!1,markExpired:()=>{},extend:async()=>!1,signedOut:async()=>{},refresh:async()=>null,canEditOrganization:()=>!1,canCoordinate:()=>!1});function K({children:e}){let[t,n]=(0,f.useState)(null),[a,o]=(0,f.useState)(null),[s,c]=(0,f.useState)(!1),l=e=>typeof e==`number`?Date.now()+e*1e3:null,u=r(),[,d]=i(E),p=(0,f.useCallback)(async()=>{let e=(await u.query(`query Me { me { id email role sessionSecondsLeft organization { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } } }`,{},{requestPolicy:`network-only`}).toPromise()).data?.me??null;return n(t=>(t&&!e&&c(!0),e)),e&&c(!1),o(l(e?.sessionSecondsLeft)),e},[u]),m=(0,f.useCallback)(async()=>{let e=(await d({})).data?.refreshSession.sessionSecondsLeft;return typeof e==`number`?(o(l(e)),!0):(c(!0),!1)},[d]),h=(0,f.useCallback)(()=>{c(!0),n(null),o(null)},[]),g=(0,f.useCallback)(async()=>{n(null),o(null),c(!1)},[]);return(0,f.useEffect)(()=>{p()},[p]),(0,W.jsx)(G.Provider,{value:{me:t,endsAt:a,expired:s,markExpired:h,extend:m,refresh:p,signedOut:g,canEditOrganization:e=>!!t&&(t.role===`ADMIN`||t.role===`EDITOR`&&t.organization?.id===e),canCoordinate:e=>!!t&&(t.role===`ADMIN`||t.role===`COORDINATOR`&&(t.networks??[]).some(t=>t.id===e))},children:e})}function q(){return(0,f.useContext)(G)}export{y as S,I as _,M as a,x as b,z as c,O as d,H as f,B as g,P as h,N as i,V as l,k as m,q as n,j as o,F as p,L as r,R as s,K as t,D as u,U as v,S as x,A as y};