import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{n as t}from"./jsx-runtime-CkXRJ162.js";import{C as n,S as r,b as i,h as a,u as o,v as s,y as c}from"./spacing-DMqK3re3.js";var l=e(t()),u=(0,l.createContext)({}),d=function(){return(0,l.useContext)(u)},f=0,p=!1,m=function(e){return f+=1,e?`${e}-${f}`:f},h=function(e,t){var n=e||(p?m():null),r=(0,l.useState)(n),i=r[0],o=r[1];return a(function(){i===null&&o(m(t))},[]),(0,l.useEffect)(function(){p||=!0},[]),i==null?void 0:String(i)},g=function(e){var t=e.id,n=e.children,r=d().idPrefix;return n(h(t,r)||``)},_=s(b||=r([`
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
`]),o.normalize.html,o.common),v=c(function(e){return l.createElement(`div`,i({},e))}).withConfig({componentId:`sc-9fbwu8-0`})(x||=r([`
  `,`
`],[`
  `,`
`]),_),y=c(function(e){var t=e.forwardedRef,r=e.asProp,a=r===void 0?`div`:r,o=n(e,[`forwardedRef`,`asProp`]);return l.createElement(a,i({ref:t},o))}).withConfig({componentId:`sc-9fbwu8-1`})(S||=r([`
  `,`
`],[`
  `,`
`]),_),b,x,S;export{y as n,g as r,v as t};