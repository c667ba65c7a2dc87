const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/MapView-DT5NRn5R.js","assets/map-BoVGUR7A.js"])))=>i.map(i=>d[i]);
var e=Object.create,t=Object.defineProperty,n=Object.getOwnPropertyDescriptor,r=Object.getOwnPropertyNames,i=Object.getPrototypeOf,a=Object.prototype.hasOwnProperty,o=(e,t)=>()=>(t||(e((t={exports:{}}).exports,t,t.exports),e=null),t.exports),s=(e,i,o,s)=>{if(i&&typeof i==`object`||typeof i==`function`)for(var c=r(i),l=0,u=c.length,d;l<u;l++)d=c[l],!a.call(e,d)&&d!==o&&t(e,d,{get:(e=>i[e]).bind(null,d),enumerable:!(s=n(i,d))||s.enumerable});return e},c=(n,r,o)=>(o=n==null?{}:e(i(n)),s(r||!n||!n.__esModule||!a.call(n,`default`)?t(o,`default`,{value:n,enumerable:!0}):o,n));(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e);new MutationObserver(e=>{for(let t of e)if(t.type===`childList`)for(let e of t.addedNodes)e.tagName===`LINK`&&e.rel===`modulepreload`&&n(e)}).observe(document,{childList:!0,subtree:!0});function t(e){let t={};return e.integrity&&(t.integrity=e.integrity),e.referrerPolicy&&(t.referrerPolicy=e.referrerPolicy),t.credentials=e.crossOrigin===`use-credentials`?`include`:e.crossOrigin===`anonymous`?`omit`:`same-origin`,t}function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();var l=o((e=>{var t=Symbol.for(`react.transitional.element`),n=Symbol.for(`react.portal`),r=Symbol.for(`react.fragment`),i=Symbol.for(`react.strict_mode`),a=Symbol.for(`react.profiler`),o=Symbol.for(`react.consumer`),s=Symbol.for(`react.context`),c=Symbol.for(`react.forward_ref`),l=Symbol.for(`react.suspense`),u=Symbol.for(`react.memo`),d=Symbol.for(`react.lazy`),f=Symbol.for(`react.activity`),p=Symbol.for(`react.view_transition`),m=Symbol.iterator;function h(e){return typeof e!=`object`||!e?null:(e=m&&e[m]||e[`@@iterator`],typeof e==`function`?e:null)}var g={isMounted:function(){return!1},enqueueForceUpdate:function(){},enqueueReplaceState:function(){},enqueueSetState:function(){}},_=Object.assign,v={};function y(e,t,n){this.props=e,this.context=t,this.refs=v,this.updater=n||g}y.prototype.isReactComponent={},y.prototype.setState=function(e,t){if(typeof e!=`object`&&typeof e!=`function`&&e!=null)throw Error(`takes an object of state variables to update or a function which returns an object of state variables.`);this.updater.enqueueSetState(this,e,t,`setState`)},y.prototype.forceUpdate=function(e){this.updater.enqueueForceUpdate(this,e,`forceUpdate`)};function b(){}b.prototype=y.prototype;function x(e,t,n){this.props=e,this.context=t,this.refs=v,this.updater=n||g}var S=x.prototype=new b;S.constructor=x,_(S,y.prototype),S.isPureReactComponent=!0;var C=Array.isArray;function w(){}var T={H:null,A:null,T:null,S:null},E=Object.prototype.hasOwnProperty;function D(e,n,r){var i=r.ref;return{$$typeof:t,type:e,key:n,ref:i===void 0?null:i,props:r}}function ee(e,t){return D(e.type,t,e.props)}function te(e){return typeof e==`object`&&!!e&&e.$$typeof===t}function ne(e){var t={"=":`=0`,":":`=2`};return`$`+e.replace(/[=:]/g,function(e){return t[e]})}var re=/\/+/g;function ie(e,t){return typeof e==`object`&&e&&e.key!=null?ne(``+e.key):t.toString(36)}function ae(e){switch(e.status){case`fulfilled`:return e.value;case`rejected`:throw e.reason;default:switch(typeof e.status==`string`?e.then(w,w):(e.status=`pending`,e.then(function(t){e.status===`pending`&&(e.status=`fulfilled`,e.value=t)},function(t){e.status===`pending`&&(e.status=`rejected`,e.reason=t)})),e.status){case`fulfilled`:return e.value;case`rejected`:throw e.reason}}throw e}function oe(e,r,i,a,o){var s=typeof e;(s===`undefined`||s===`boolean`)&&(e=null);var c=!1;if(e===null)c=!0;else switch(s){case`bigint`:case`string`:case`number`:c=!0;break;case`object`:switch(e.$$typeof){case t:case n:c=!0;break;case d:return c=e._init,oe(c(e._payload),r,i,a,o)}}if(c)return o=o(e),c=a===``?`.`+ie(e,0):a,C(o)?(i=``,c!=null&&(i=c.replace(re,`$&/`)+`/`),oe(o,r,i,``,function(e){return e})):o!=null&&(te(o)&&(o=ee(o,i+(o.key==null||e&&e.key===o.key?``:(``+o.key).replace(re,`$&/`)+`/`)+c)),r.push(o)),1;c=0;var l=a===``?`.`:a+`:`;if(C(e))for(var u=0;u<e.length;u++)a=e[u],s=l+ie(a,u),c+=oe(a,r,i,s,o);else if(u=h(e),typeof u==`function`)for(e=u.call(e),u=0;!(a=e.next()).done;)a=a.value,s=l+ie(a,u++),c+=oe(a,r,i,s,o);else if(s===`object`){if(typeof e.then==`function`)return oe(ae(e),r,i,a,o);throw r=String(e),Error(`Objects are not valid as a React child (found: `+(r===`[object Object]`?`object with keys {`+Object.keys(e).join(`, `)+`}`:r)+`). If you meant to render a collection of children, use an array instead.`)}return c}function se(e,t,n){if(e==null)return e;var r=[],i=0;return oe(e,r,``,``,function(e){return t.call(n,e,i++)}),r}function ce(e){if(e._status===-1){var t=e._result,n=t();n.then(function(t){(e._status===0||e._status===-1)&&(e._status=1,e._result=t,n.status===void 0&&(n.status=`fulfilled`,n.value=t))},function(t){(e._status===0||e._status===-1)&&(e._status=2,e._result=t,n.status===void 0&&(n.status=`rejected`,n.reason=t))}),e._status===-1&&(e._status=0,e._result=n)}if(e._status===1)return e._result.default;throw e._result}var le=typeof reportError==`function`?reportError:function(e){if(typeof window==`object`&&typeof window.ErrorEvent==`function`){var t=new window.ErrorEvent(`error`,{bubbles:!0,cancelable:!0,message:typeof e==`object`&&e&&typeof e.message==`string`?String(e.message):String(e),error:e});if(!window.dispatchEvent(t))return}else if(typeof process==`object`&&typeof process.emit==`function`){process.emit(`uncaughtException`,e);return}console.error(e)};function ue(e){var t=T.T,n={};n.types=t===null?null:t.types,T.T=n;try{var r=e(),i=T.S;i!==null&&i(n,r),typeof r==`object`&&r&&typeof r.then==`function`&&r.then(w,le)}catch(e){le(e)}finally{t!==null&&n.types!==null&&(t.types=n.types),T.T=t}}function de(e){var t=T.T;if(t!==null){var n=t.types;n===null?t.types=[e]:n.indexOf(e)===-1&&n.push(e)}else ue(de.bind(null,e))}var fe={map:se,forEach:function(e,t,n){se(e,function(){t.apply(this,arguments)},n)},count:function(e){var t=0;return se(e,function(){t++}),t},toArray:function(e){return se(e,function(e){return e})||[]},only:function(e){if(!te(e))throw Error(`React.Children.only expected to receive a single React element child.`);return e}};e.Activity=f,e.Children=fe,e.Component=y,e.Fragment=r,e.Profiler=a,e.PureComponent=x,e.StrictMode=i,e.Suspense=l,e.ViewTransition=p,e.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE=T,e.__COMPILER_RUNTIME={__proto__:null,c:function(e){return T.H.useMemoCache(e)}},e.addTransitionType=de,e.cache=function(e){return function(){return e.apply(null,arguments)}},e.cacheSignal=function(){return null},e.cloneElement=function(e,t,n){if(e==null)throw Error(`The argument must be a React element, but you passed `+e+`.`);var r=_({},e.props),i=e.key;if(t!=null)for(a in t.key!==void 0&&(i=``+t.key),t)!E.call(t,a)||a===`key`||a===`__self`||a===`__source`||a===`ref`&&t.ref===void 0||(r[a]=t[a]);var a=arguments.length-2;if(a===1)r.children=n;else if(1<a){for(var o=Array(a),s=0;s<a;s++)o[s]=arguments[s+2];r.children=o}return D(e.type,i,r)},e.createContext=function(e){return e={$$typeof:s,_currentValue:e,_currentValue2:e,_threadCount:0,Provider:null,Consumer:null},e.Provider=e,e.Consumer={$$typeof:o,_context:e},e},e.createElement=function(e,t,n){var r,i={},a=null;if(t!=null)for(r in t.key!==void 0&&(a=``+t.key),t)E.call(t,r)&&r!==`key`&&r!==`__self`&&r!==`__source`&&(i[r]=t[r]);var o=arguments.length-2;if(o===1)i.children=n;else if(1<o){for(var s=Array(o),c=0;c<o;c++)s[c]=arguments[c+2];i.children=s}if(e&&e.defaultProps)for(r in o=e.defaultProps,o)i[r]===void 0&&(i[r]=o[r]);return D(e,a,i)},e.createRef=function(){return{current:null}},e.forwardRef=function(e){return{$$typeof:c,render:e}},e.isValidElement=te,e.lazy=function(e){return{$$typeof:d,_payload:{_status:-1,_result:e},_init:ce}},e.memo=function(e,t){return{$$typeof:u,type:e,compare:t===void 0?null:t}},e.startTransition=ue,e.unstable_useCacheRefresh=function(){return T.H.useCacheRefresh()},e.use=function(e){return T.H.use(e)},e.useActionState=function(e,t,n){return T.H.useActionState(e,t,n)},e.useCallback=function(e,t){return T.H.useCallback(e,t)},e.useContext=function(e){return T.H.useContext(e)},e.useDebugValue=function(){},e.useDeferredValue=function(e,t){return T.H.useDeferredValue(e,t)},e.useEffect=function(e,t){return T.H.useEffect(e,t)},e.useEffectEvent=function(e){return T.H.useEffectEvent(e)},e.useId=function(){return T.H.useId()},e.useImperativeHandle=function(e,t,n){return T.H.useImperativeHandle(e,t,n)},e.useInsertionEffect=function(e,t){return T.H.useInsertionEffect(e,t)},e.useLayoutEffect=function(e,t){return T.H.useLayoutEffect(e,t)},e.useMemo=function(e,t){return T.H.useMemo(e,t)},e.useOptimistic=function(e,t){return T.H.useOptimistic(e,t)},e.useReducer=function(e,t,n){return T.H.useReducer(e,t,n)},e.useRef=function(e){return T.H.useRef(e)},e.useState=function(e){return T.H.useState(e)},e.useSyncExternalStore=function(e,t,n){return T.H.useSyncExternalStore(e,t,n)},e.useTransition=function(){return T.H.useTransition()},e.version=`19.3.1`})),u=o(((e,t)=>{t.exports=l()})),d=o((e=>{function t(e,t){var n=e.length;e.push(t);a:for(;0<n;){var r=n-1>>>1,a=e[r];if(0<i(a,t))e[r]=t,e[n]=a,n=r;else break a}}function n(e){return e.length===0?null:e[0]}function r(e){if(e.length===0)return null;var t=e[0],n=e.pop();if(n!==t){e[0]=n;a:for(var r=0,a=e.length,o=a>>>1;r<o;){var s=2*(r+1)-1,c=e[s],l=s+1,u=e[l];if(0>i(c,n))l<a&&0>i(u,c)?(e[r]=u,e[l]=n,r=l):(e[r]=c,e[s]=n,r=s);else if(l<a&&0>i(u,n))e[r]=u,e[l]=n,r=l;else break a}}return t}function i(e,t){var n=e.sortIndex-t.sortIndex;return n===0?e.id-t.id:n}if(e.unstable_now=void 0,typeof performance==`object`&&typeof performance.now==`function`){var a=performance;e.unstable_now=function(){return a.now()}}else{var o=Date,s=o.now();e.unstable_now=function(){return o.now()-s}}var c=[],l=[],u=1,d=null,f=3,p=!1,m=!1,h=!1,g=!1,_=typeof setTimeout==`function`?setTimeout:null,v=typeof clearTimeout==`function`?clearTimeout:null,y=typeof setImmediate<`u`?setImmediate:null;function b(e){for(var i=n(l);i!==null;){if(i.callback===null)r(l);else if(i.startTime<=e)r(l),i.sortIndex=i.expirationTime,t(c,i);else break;i=n(l)}}function x(e){if(h=!1,b(e),!m){if(n(c)!==null)m=!0,S||(S=!0,ee());else{var t=n(l);t!==null&&re(x,t.startTime-e)}}}var S=!1,C=-1,w=5,T=-1;function E(){return g?!0:!(e.unstable_now()-T<w)}function D(){if(g=!1,S){var t=e.unstable_now();T=t;var i=!0;try{a:{m=!1,h&&(h=!1,v(C),C=-1),p=!0;var a=f;try{b:{for(b(t),d=n(c);d!==null&&!(d.expirationTime>t&&E());){var o=d.callback;if(typeof o==`function`){d.callback=null,f=d.priorityLevel;var s=o(d.expirationTime<=t);if(t=e.unstable_now(),typeof s==`function`){d.callback=s,b(t),i=!0;break b}d===n(c)&&r(c),b(t)}else r(c);d=n(c)}if(d!==null)i=!0;else{var u=n(l);u!==null&&re(x,u.startTime-t),i=!1}}break a}finally{d=null,f=a,p=!1}i=void 0}}finally{i?ee():S=!1}}}var ee;if(typeof y==`function`)ee=function(){y(D)};else if(typeof MessageChannel<`u`){var te=new MessageChannel,ne=te.port2;te.port1.onmessage=D,ee=function(){ne.postMessage(null)}}else ee=function(){_(D,0)};function re(t,n){C=_(function(){t(e.unstable_now())},n)}e.unstable_IdlePriority=5,e.unstable_ImmediatePriority=1,e.unstable_LowPriority=4,e.unstable_NormalPriority=3,e.unstable_Profiling=null,e.unstable_UserBlockingPriority=2,e.unstable_cancelCallback=function(e){e.callback=null},e.unstable_forceFrameRate=function(e){0>e||125<e?console.error(`forceFrameRate takes a positive int between 0 and 125, forcing frame rates higher than 125 fps is not supported`):w=0<e?Math.floor(1e3/e):5},e.unstable_getCurrentPriorityLevel=function(){return f},e.unstable_next=function(e){switch(f){case 1:case 2:case 3:var t=3;break;default:t=f}var n=f;f=t;try{return e()}finally{f=n}},e.unstable_requestPaint=function(){g=!0},e.unstable_runWithPriority=function(e,t){switch(e){case 1:case 2:case 3:case 4:case 5:break;default:e=3}var n=f;f=e;try{return t()}finally{f=n}},e.unstable_scheduleCallback=function(r,i,a){var o=e.unstable_now();switch(typeof a==`object`&&a?(a=a.delay,a=typeof a==`number`&&0<a?o+a:o):a=o,r){case 1:var s=-1;break;case 2:s=250;break;case 5:s=1073741823;break;case 4:s=1e4;break;default:s=5e3}return s=a+s,r={id:u++,callback:i,priorityLevel:r,startTime:a,expirationTime:s,sortIndex:-1},a>o?(r.sortIndex=a,t(l,r),n(c)===null&&r===n(l)&&(h?(v(C),C=-1):h=!0,re(x,a-o))):(r.sortIndex=s,t(c,r),m||p||(m=!0,S||(S=!0,ee()))),r},e.unstable_shouldYield=E,e.unstable_wrapCallback=function(e){var t=f;return function(){var n=f;f=t;try{return e.apply(this,arguments)}finally{f=n}}}})),f=o(((e,t)=>{t.exports=d()})),p=o((e=>{var t=u();function n(e){var t=`https://react.dev/errors/`+e;if(1<arguments.length){t+=`?args[]=`+encodeURIComponent(arguments[1]);for(var n=2;n<arguments.length;n++)t+=`&args[]=`+encodeURIComponent(arguments[n])}return`Minified React error #`+e+`; visit `+t+` for the full message or use the non-minified dev environment for full errors and additional helpful warnings.`}function r(){}var i={d:{f:r,r:function(){throw Error(n(522))},D:r,C:r,L:r,m:r,X:r,S:r,M:r},p:0,findDOMNode:null},a=Symbol.for(`react.portal`),o=Symbol.for(`react.recoverable`),s=Symbol.for(`react.optimistic_key`);function c(e,t,n){var r=3<arguments.length&&arguments[3]!==void 0?arguments[3]:null;return{$$typeof:a,key:r==null?null:r===s?s:``+r,children:e,containerInfo:t,implementation:n}}var l=t.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;function d(e,t){if(e===`font`)return``;if(typeof t==`string`)return t===`use-credentials`?t:``}e.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE=i,e.browser=function(e){return{$$typeof:o,_reason:e}},e.createPortal=function(e,t){var r=2<arguments.length&&arguments[2]!==void 0?arguments[2]:null;if(!t||t.nodeType!==1&&t.nodeType!==9&&t.nodeType!==11)throw Error(n(299));return c(e,t,null,r)},e.flushSync=function(e){var t=l.T,n=i.p;try{if(l.T=null,i.p=2,e)return e()}finally{l.T=t,i.p=n,i.d.f()}},e.preconnect=function(e,t){typeof e==`string`&&(t?(t=t.crossOrigin,t=typeof t==`string`?t===`use-credentials`?t:``:void 0):t=null,i.d.C(e,t))},e.prefetchDNS=function(e){typeof e==`string`&&i.d.D(e)},e.preinit=function(e,t){if(typeof e==`string`&&t&&typeof t.as==`string`){var n=t.as,r=d(n,t.crossOrigin),a=typeof t.integrity==`string`?t.integrity:void 0,o=typeof t.fetchPriority==`string`?t.fetchPriority:void 0;n===`style`?i.d.S(e,typeof t.precedence==`string`?t.precedence:void 0,{crossOrigin:r,integrity:a,fetchPriority:o}):n===`script`&&i.d.X(e,{crossOrigin:r,integrity:a,fetchPriority:o,nonce:typeof t.nonce==`string`?t.nonce:void 0})}},e.preinitModule=function(e,t){if(typeof e==`string`){if(typeof t==`object`&&t){if(t.as==null||t.as===`script`){var n=d(t.as,t.crossOrigin);i.d.M(e,{crossOrigin:n,integrity:typeof t.integrity==`string`?t.integrity:void 0,nonce:typeof t.nonce==`string`?t.nonce:void 0,fetchPriority:typeof t.fetchPriority==`string`?t.fetchPriority:void 0})}}else t??i.d.M(e)}},e.preload=function(e,t){if(typeof e==`string`&&typeof t==`object`&&t&&typeof t.as==`string`){var n=t.as,r=d(n,t.crossOrigin);i.d.L(e,n,{crossOrigin:r,integrity:typeof t.integrity==`string`?t.integrity:void 0,nonce:typeof t.nonce==`string`?t.nonce:void 0,type:typeof t.type==`string`?t.type:void 0,fetchPriority:typeof t.fetchPriority==`string`?t.fetchPriority:void 0,referrerPolicy:typeof t.referrerPolicy==`string`?t.referrerPolicy:void 0,imageSrcSet:typeof t.imageSrcSet==`string`?t.imageSrcSet:void 0,imageSizes:typeof t.imageSizes==`string`?t.imageSizes:void 0,media:typeof t.media==`string`?t.media:void 0})}},e.preloadModule=function(e,t){if(typeof e==`string`){if(t){var n=d(t.as,t.crossOrigin);i.d.m(e,{as:typeof t.as==`string`&&t.as!==`script`?t.as:void 0,crossOrigin:n,integrity:typeof t.integrity==`string`?t.integrity:void 0,nonce:typeof t.nonce==`string`?t.nonce:void 0,fetchPriority:typeof t.fetchPriority==`string`?t.fetchPriority:void 0})}else i.d.m(e)}},e.requestFormReset=function(e){i.d.r(e)},e.unstable_batchedUpdates=function(e,t){return e(t)},e.useFormState=function(e,t,n){return l.H.useFormState(e,t,n)},e.useFormStatus=function(){return l.H.useHostTransitionStatus()},e.version=`19.3.1`})),m=o(((e,t)=>{function n(){if(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__<`u`&&typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE==`function`)try{__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(n)}catch(e){console.error(e)}}n(),t.exports=p()})),h=o((e=>{var t=f(),n=u(),r=m();function i(e){var t=`https://react.dev/errors/`+e;if(1<arguments.length){t+=`?args[]=`+encodeURIComponent(arguments[1]);for(var n=2;n<arguments.length;n++)t+=`&args[]=`+encodeURIComponent(arguments[n])}return`Minified React error #`+e+`; visit `+t+` for the full message or use the non-minified dev environment for full errors and additional helpful warnings.`}function a(e){return!(!e||e.nodeType!==1&&e.nodeType!==9&&e.nodeType!==11)}function o(e){for(var t=e,n=t;n&&!n.alternate;)t=n,t.flags&4098&&(e=t.return),n=t.return;for(;t.return;)t=t.return;return t.tag===3?e:null}function s(e){if(e.tag===13){var t=e.memoizedState;if(t===null&&(e=e.alternate,e!==null&&(t=e.memoizedState)),t!==null)return t.dehydrated}return null}function c(e){if(e.tag===31){var t=e.memoizedState;if(t===null&&(e=e.alternate,e!==null&&(t=e.memoizedState)),t!==null)return t.dehydrated}return null}function l(e){if(o(e)!==e)throw Error(i(188))}function d(e){var t=e.alternate;if(!t){if(t=o(e),t===null)throw Error(i(188));return t===e?e:null}for(var n=e,r=t;;){var a=n.return;if(a===null)break;var s=a.alternate;if(s===null){if(r=a.return,r!==null){n=r;continue}break}if(a.child===s.child){for(s=a.child;s;){if(s===n)return l(a),e;if(s===r)return l(a),t;s=s.sibling}throw Error(i(188))}if(n.return!==r.return)n=a,r=s;else{for(var c=!1,u=a.child;u;){if(u===n){c=!0,n=a,r=s;break}if(u===r){c=!0,r=a,n=s;break}u=u.sibling}if(!c){for(u=s.child;u;){if(u===n){c=!0,n=s,r=a;break}if(u===r){c=!0,r=s,n=a;break}u=u.sibling}if(!c)throw Error(i(189))}}if(n.alternate!==r)throw Error(i(190))}if(n.tag!==3)throw Error(i(188));return n.stateNode.current===n?e:t}function p(e){var t=e.tag;if(t===5||t===26||t===27||t===6)return e;for(e=e.child;e!==null;){if(t=p(e),t!==null)return t;e=e.sibling}return null}function h(e,t,n,r,i,a){for(;e!==null;){if((e.tag===5||e.tag===27||e.tag===6)&&n(e,r,i,a)||(e.tag!==22||e.memoizedState===null)&&(t||e.tag!==5&&e.tag!==27)&&h(e.child,t,n,r,i,a))return!0;e=e.sibling}return!1}function g(e){for(e=e.return;e!==null;){if(e.tag===3||e.tag===5||e.tag===27)return e;e=e.return}return null}function _(e){var t=!1;for(e=e.return;e!==null&&(e.tag===4&&(t=!0),e.tag!==3&&e.tag!==5&&e.tag!==27);)e=e.return;return t}function v(e){var t=[null,null],n=g(e);return n===null||y(t,e,n.child,{foundSelf:!1}),t}function y(e,t,n,r){for(;n!==null;){if(n===t)r.foundSelf=!0;else if(n.tag===5||n.tag===27||n.tag===6){if(r.foundSelf)return e[1]=n,!0;e[0]=n}else if((n.tag!==22||n.memoizedState===null)&&y(e,t,n.child,r))return!0;n=n.sibling}return!1}function b(e){switch(e.tag){case 5:case 27:case 6:return e.stateNode;case 3:return e.stateNode.containerInfo;default:throw Error(i(559))}}var x=null,S=null;function C(e,t,n){return e===n||e===t&&(x=e,!0)}function w(e,t,n){return e===n?(S=e,!1):e===t&&(S!==null&&(x=e),!0)}function T(e){if(e===null)return null;do e=e===null?null:e.return;while(e&&e.tag!==5&&e.tag!==27&&e.tag!==3);return e||null}function E(e,t,n){for(var r=0,i=e;i;i=n(i))r++;i=0;for(var a=t;a;a=n(a))i++;for(;0<r-i;)e=n(e),r--;for(;0<i-r;)t=n(t),i--;for(;r--;){if(e===t||t!==null&&e===t.alternate)return e;e=n(e),t=n(t)}return null}var D=Object.assign,ee=Symbol.for(`react.element`),te=Symbol.for(`react.transitional.element`),ne=Symbol.for(`react.portal`),re=Symbol.for(`react.fragment`),ie=Symbol.for(`react.strict_mode`),ae=Symbol.for(`react.profiler`),oe=Symbol.for(`react.consumer`),se=Symbol.for(`react.context`),ce=Symbol.for(`react.forward_ref`),le=Symbol.for(`react.suspense`),ue=Symbol.for(`react.suspense_list`),de=Symbol.for(`react.memo`),fe=Symbol.for(`react.lazy`),pe=Symbol.for(`react.activity`),me=Symbol.for(`react.legacy_hidden`),he=Symbol.for(`react.memo_cache_sentinel`),ge=Symbol.for(`react.view_transition`),_e=Symbol.for(`react.recoverable`),ve=Symbol.iterator;function ye(e){return typeof e!=`object`||!e?null:(e=ve&&e[ve]||e[`@@iterator`],typeof e==`function`?e:null)}var be=Symbol.for(`react.client.reference`);function xe(e){if(e==null)return null;if(typeof e==`function`)return e.$$typeof===be?null:e.displayName||e.name||null;if(typeof e==`string`)return e;switch(e){case re:return`Fragment`;case ae:return`Profiler`;case ie:return`StrictMode`;case le:return`Suspense`;case ue:return`SuspenseList`;case pe:return`Activity`;case ge:return`ViewTransition`}if(typeof e==`object`)switch(e.$$typeof){case ne:return`Portal`;case se:return e.displayName||`Context`;case oe:return(e._context.displayName||`Context`)+`.Consumer`;case ce:var t=e.render;return e=e.displayName,e||=(e=t.displayName||t.name||``,e===``?`ForwardRef`:`ForwardRef(`+e+`)`),e;case de:return t=e.displayName||null,t===null?xe(e.type)||`Memo`:t;case fe:t=e._payload,e=e._init;try{return xe(e(t))}catch{}}return null}var Se=Array.isArray,O=n.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,k=r.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,Ce={pending:!1,data:null,method:null,action:null},we=[],Te=-1;function Ee(e){return{current:e}}function De(e){0>Te||(e.current=we[Te],we[Te]=null,Te--)}function Oe(e,t){Te++,we[Te]=e.current,e.current=t}var ke=Ee(null),Ae=Ee(null),je=Ee(null),Me=Ee(null);function Ne(e,t){switch(Oe(je,t),Oe(Ae,e),Oe(ke,null),t.nodeType){case 9:case 11:e=(e=t.documentElement)&&(e=e.namespaceURI)?up(e):0;break;default:if(e=t.tagName,t=t.namespaceURI)t=up(t),e=dp(t,e);else switch(e){case`svg`:e=1;break;case`math`:e=2;break;default:e=0}}De(ke),Oe(ke,e)}function Pe(){De(ke),De(Ae),De(je)}function Fe(e){var t=e.memoizedState;t!==null&&(sh._currentValue=t.memoizedState,Oe(Me,e)),t=ke.current;var n=dp(t,e.type);t!==n&&(Oe(Ae,e),Oe(ke,n))}function Ie(e){Ae.current===e&&(De(ke),De(Ae)),Me.current===e&&(De(Me),sh._currentValue=Ce)}var Le,Re;function ze(e){if(Le===void 0)try{throw Error()}catch(e){var t=e.stack.trim().match(/\n( *(at )?)/);Le=t&&t[1]||``,Re=-1<e.stack.indexOf(`
    at`)?` (<anonymous>)`:-1<e.stack.indexOf(`@`)?`@unknown:0:0`:``}return`
`+Le+e+Re}var Be=!1;function Ve(e,t){if(!e||Be)return``;Be=!0;var n=Error.prepareStackTrace;Error.prepareStackTrace=void 0;try{var r={DetermineComponentFrameRoot:function(){try{if(t){var n=function(){throw Error()};if(Object.defineProperty(n.prototype,"props",{set:function(){throw Error()}}),typeof Reflect==`object`&&Reflect.construct){try{Reflect.construct(n,[])}catch(e){var r=e}Reflect.construct(e,[],n)}else{try{n.call()}catch(e){r=e}n=!1;try{var i=Object.getOwnPropertyDescriptor(e.prototype,`props`);Object.defineProperty(e.prototype,"props",{configurable:!0,set:function(){throw Error()}}),n=!0,new e}finally{n&&(i===void 0?delete e.prototype.props:Object.defineProperty(e.prototype,"props",i))}}}else{try{throw Error()}catch(e){r=e}(n=e())&&typeof n.catch==`function`&&n.catch(function(){})}}catch(e){if(e&&r&&typeof e.stack==`string`)return[e.stack,r.stack]}return[null,null]}};r.DetermineComponentFrameRoot.displayName=`DetermineComponentFrameRoot`;var i=Object.getOwnPropertyDescriptor(r.DetermineComponentFrameRoot,`name`);i&&i.configurable&&Object.defineProperty(r.DetermineComponentFrameRoot,"name",{value:`DetermineComponentFrameRoot`});var a=r.DetermineComponentFrameRoot(),o=a[0],s=a[1];if(o&&s){var c=o.split(`
`),l=s.split(`
`);for(i=r=0;r<c.length&&!c[r].includes(`DetermineComponentFrameRoot`);)r++;for(;i<l.length&&!l[i].includes(`DetermineComponentFrameRoot`);)i++;if(r===c.length||i===l.length)for(r=c.length-1,i=l.length-1;1<=r&&0<=i&&c[r]!==l[i];)i--;for(;1<=r&&0<=i;r--,i--)if(c[r]!==l[i]){if(r!==1||i!==1)do if(r--,i--,0>i||c[r]!==l[i]){var u=`
`+c[r].replace(` at new `,` at `);return e.displayName&&u.includes(`<anonymous>`)&&(u=u.replace(`<anonymous>`,e.displayName)),u}while(1<=r&&0<=i);break}}}finally{Be=!1,Error.prepareStackTrace=n}return(n=e?e.displayName||e.name:``)?ze(n):``}function He(e,t){switch(e.tag){case 26:case 27:case 5:return ze(e.type);case 16:return ze(`Lazy`);case 13:return e.child!==t&&t!==null?ze(`Suspense Fallback`):ze(`Suspense`);case 19:return ze(`SuspenseList`);case 0:case 15:return Ve(e.type,!1);case 11:return Ve(e.type.render,!1);case 1:return Ve(e.type,!0);case 31:return ze(`Activity`);case 30:return ze(`ViewTransition`);default:return``}}function Ue(e){try{var t=``,n=null;do t+=He(e,n),n=e,e=e.return;while(e);return t}catch(e){return`
Error generating stack: `+e.message+`
`+e.stack}}var We=Object.prototype.hasOwnProperty,Ge=t.unstable_scheduleCallback,Ke=t.unstable_cancelCallback,qe=t.unstable_shouldYield,Je=t.unstable_requestPaint,Ye=t.unstable_now,Xe=t.unstable_getCurrentPriorityLevel,Ze=t.unstable_ImmediatePriority,Qe=t.unstable_UserBlockingPriority,$e=t.unstable_NormalPriority,et=t.unstable_LowPriority,tt=t.unstable_IdlePriority,nt=t.log,rt=t.unstable_setDisableYieldValue,it=null,at=null;function ot(e){if(typeof nt==`function`&&rt(e),at&&typeof at.setStrictMode==`function`)try{at.setStrictMode(it,e)}catch{}}var st=Math.clz32?Math.clz32:ut,ct=Math.log,lt=Math.LN2;function ut(e){return e>>>=0,e===0?32:31-(ct(e)/lt|0)|0}var dt=256,ft=262144,pt=4194304;function mt(e){var t=e&42;if(t!==0)return t;switch(e&-e){case 1:return 1;case 2:return 2;case 4:return 4;case 8:return 8;case 16:return 16;case 32:return 32;case 64:return 64;case 128:return 128;case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:return e&-e;case 262144:case 524288:case 1048576:case 2097152:return e&3932160;case 4194304:case 8388608:case 16777216:case 33554432:return e&62914560;case 67108864:return 67108864;case 134217728:return 134217728;case 268435456:return 268435456;case 536870912:return 536870912;case 1073741824:return 0;default:return e}}function ht(e,t,n){var r=e.pendingLanes;if(r===0)return 0;var i=0,a=e.suspendedLanes,o=e.pingedLanes;e=e.warmLanes;var s=r&134217727;return s===0?(s=r&~a,s===0?o===0?n||(n=r&~e,n!==0&&(i=mt(n))):i=mt(o):i=mt(s)):(r=s&~a,r===0?(o&=s,o===0?n||(n=s&~e,n!==0&&(i=mt(n))):i=mt(o)):i=mt(r)),i===0?0:t!==0&&t!==i&&(t&a)===0&&(a=i&-i,n=t&-t,a>=n||a===32&&n&4194048)?t:i}function gt(e,t){return(e.pendingLanes&~(e.suspendedLanes&~e.pingedLanes)&t)===0}function _t(e,t){t&8&&(t|=t&32);var n=e.entangledLanes;if(n!==0)for(e=e.entanglements,n&=t;0<n;){var r=31-st(n),i=1<<r;t|=e[r],n&=~i}return t}function vt(e,t){switch(e){case 1:case 2:case 4:case 8:case 64:return t+250;case 16:case 32:case 128:case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:return t+5e3;case 4194304:case 8388608:case 16777216:case 33554432:return-1;case 67108864:case 134217728:case 268435456:case 536870912:case 1073741824:return-1;default:return-1}}function yt(){var e=pt;return pt<<=1,!(pt&62914560)&&(pt=4194304),e}function bt(e){for(var t=[],n=0;31>n;n++)t.push(e);return t}function xt(e,t){e.pendingLanes|=t,t!==268435456&&(e.suspendedLanes=0,e.pingedLanes=0,e.warmLanes=0)}function St(e,t,n,r,i,a){var o=e.pendingLanes;e.pendingLanes=n,e.suspendedLanes=0,e.pingedLanes=0,e.warmLanes=0,e.expiredLanes&=n,e.entangledLanes&=n,e.errorRecoveryDisabledLanes&=n,e.shellSuspendCounter=0;var s=e.entanglements,c=e.expirationTimes,l=e.hiddenUpdates;for(n=o&~n;0<n;){var u=31-st(n),d=1<<u;s[u]=0,c[u]=-1;var f=l[u];if(f!==null)for(l[u]=null,u=0;u<f.length;u++){var p=f[u];p!==null&&(p.lane&=-536870913)}n&=~d}r!==0&&Ct(e,r,0),a!==0&&i===0&&e.tag!==0&&(e.suspendedLanes|=a&~(o&~t))}function Ct(e,t,n){e.pendingLanes|=t,e.suspendedLanes&=~t;var r=31-st(t);e.entangledLanes|=t,e.entanglements[r]=e.entanglements[r]|1073741824|n&261930}function wt(e,t){var n=e.entangledLanes|=t;for(e=e.entanglements;n;){var r=31-st(n),i=1<<r;i&t|e[r]&t&&(e[r]|=t),n&=~i}}function Tt(e,t){var n=t&-t;return n=n&42?1:Et(n),(n&(e.suspendedLanes|t))===0?n:0}function Et(e){switch(e){case 2:e=1;break;case 8:e=4;break;case 32:e=16;break;case 256:case 512:case 1024:case 2048:case 4096:case 8192:case 16384:case 32768:case 65536:case 131072:case 262144:case 524288:case 1048576:case 2097152:case 4194304:case 8388608:case 16777216:case 33554432:e=128;break;case 268435456:e=134217728;break;default:e=0}return e}function Dt(e){return e&=-e,2<e?8<e?e&134217727?32:268435456:8:2}function Ot(){var e=k.p;return e===0?(e=window.event,e===void 0?32:Ch(e.type)):e}function kt(e,t){var n=k.p;try{return k.p=e,t()}finally{k.p=n}}var At=Math.random().toString(36).slice(2),jt=`__reactFiber$`+At,Mt=`__reactProps$`+At,Nt=`__reactContainer$`+At,Pt=`__reactEvents$`+At,Ft=`__reactListeners$`+At,It=`__reactHandles$`+At,Lt=`__reactResources$`+At,Rt=`__reactMarker$`+At,zt=`__reactLoad$`+At;function Bt(e){delete e[jt],delete e[Mt],delete e[Ft],delete e[It]}function Vt(e){var t;if(t=e[jt])return t;for(var n=e.parentNode;n;){if(t=n[Nt]||n[jt]){if(n=t.alternate,t.child!==null||n!==null&&n.child!==null)for(e=fm(e);e!==null;){if(n=e[jt])return n;e=fm(e)}return t}e=n,n=e.parentNode}return null}function Ht(e){if(e=e[jt]||e[Nt]){var t=e.tag;if(t===5||t===6||t===13||t===31||t===26||t===27||t===3)return e}return null}function Ut(e){var t=e.tag;if(t===5||t===26||t===27||t===6)return e.stateNode;throw Error(i(33))}function Wt(e){var t=e[Lt];return t||=e[Lt]={hoistableStyles:new Map,hoistableScripts:new Map},t}function A(e){e[Rt]=!0}function Gt(e){e[zt]=void 0}var Kt=new Set,qt={};function j(e,t){Jt(e,t),Jt(e+`Capture`,t)}function Jt(e,t){for(qt[e]=t,e=0;e<t.length;e++)Kt.add(t[e])}var Yt=RegExp(`^[:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD][:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$`),Xt={},Zt={};function Qt(e){return We.call(Zt,e)?!0:We.call(Xt,e)?!1:Yt.test(e)?Zt[e]=!0:(Xt[e]=!0,!1)}var M=!1;function $t(){var e=M;return M=!1,e}function en(e,t,n){if(Qt(t)){if(n===null)e.removeAttribute(t);else{switch(typeof n){case`undefined`:case`function`:case`symbol`:e.removeAttribute(t);return;case`boolean`:var r=t.toLowerCase().slice(0,5);if(r!==`data-`&&r!==`aria-`){e.removeAttribute(t);return}}e.setAttribute(t,n)}}}function tn(e,t,n){if(n===null)e.removeAttribute(t);else{switch(typeof n){case`undefined`:case`function`:case`symbol`:case`boolean`:e.removeAttribute(t);return}e.setAttribute(t,n)}}function nn(e,t,n,r){if(r===null)e.removeAttribute(n);else{switch(typeof r){case`undefined`:case`function`:case`symbol`:case`boolean`:e.removeAttribute(n);return}e.setAttributeNS(t,n,r)}}function N(e){switch(typeof e){case`bigint`:case`boolean`:case`number`:case`string`:case`undefined`:return e;case`object`:return e;default:return``}}function rn(e){var t=e.type;return(e=e.nodeName)&&e.toLowerCase()===`input`&&(t===`checkbox`||t===`radio`)}function an(e,t,n){var r=Object.getOwnPropertyDescriptor(e.constructor.prototype,t);if(!e.hasOwnProperty(t)&&r!==void 0&&typeof r.get==`function`&&typeof r.set==`function`){var i=r.get,a=r.set;return Object.defineProperty(e,t,{configurable:!0,get:function(){return i.call(this)},set:function(e){n=``+e,a.call(this,e)}}),Object.defineProperty(e,t,{enumerable:r.enumerable}),{getValue:function(){return n},setValue:function(e){n=``+e},stopTracking:function(){e._valueTracker=null,delete e[t]}}}}function on(e){if(!e._valueTracker){var t=rn(e)?`checked`:`value`;e._valueTracker=an(e,t,``+e[t])}}function P(e){if(!e)return!1;var t=e._valueTracker;if(!t)return!0;var n=t.getValue(),r=``;return e&&(r=rn(e)?e.checked?`true`:`false`:e.value),e=r,e!==n&&(t.setValue(e),!0)}var F=/[\n"\\]/g;function sn(e){return e.replace(F,function(e){return`\\`+e.charCodeAt(0).toString(16)+` `})}function I(e,t,n,r,i,a,o,s){e.name=``,o!=null&&typeof o!=`function`&&typeof o!=`symbol`&&typeof o!=`boolean`?e.type=o:e.removeAttribute(`type`),t==null?o!==`submit`&&o!==`reset`||e.removeAttribute(`value`):o===`number`?(t===0&&e.value===``||e.value!=t)&&(e.value=``+N(t)):e.value!==``+N(t)&&(e.value=``+N(t)),t==null?n==null?r!=null&&e.removeAttribute(`value`):ln(e,N(n)):o===`number`&&e.value==t?ln(e,N(e.value)):ln(e,N(t)),i==null&&a!=null&&(e.defaultChecked=!!a),i!=null&&(e.checked=i&&typeof i!=`function`&&typeof i!=`symbol`),s!=null&&typeof s!=`function`&&typeof s!=`symbol`&&typeof s!=`boolean`?e.name=``+N(s):e.removeAttribute(`name`)}function cn(e,t,n,r,i,a,o,s){if(a!=null&&typeof a!=`function`&&typeof a!=`symbol`&&typeof a!=`boolean`&&(e.type=a),t!=null||n!=null){if(!(a!==`submit`&&a!==`reset`||t!=null)){on(e);return}n=n==null?``:``+N(n),t=t==null?n:``+N(t),s||t===e.value||(e.value=t),e.defaultValue=t}r??=i,r=typeof r!=`function`&&typeof r!=`symbol`&&!!r,e.checked=s?e.checked:!!r,e.defaultChecked=!!r,o!=null&&typeof o!=`function`&&typeof o!=`symbol`&&typeof o!=`boolean`&&(e.name=o),on(e)}function ln(e,t){e.defaultValue!==``+t&&(e.defaultValue=``+t)}function L(e,t,n,r){if(e=e.options,t){t={};for(var i=0;i<n.length;i++)t[`$`+n[i]]=!0;for(n=0;n<e.length;n++)i=t.hasOwnProperty(`$`+e[n].value),e[n].selected!==i&&(e[n].selected=i),i&&r&&(e[n].defaultSelected=!0)}else{for(n=``+N(n),t=null,i=0;i<e.length;i++){if(e[i].value===n){e[i].selected=!0,r&&(e[i].defaultSelected=!0);return}t!==null||e[i].disabled||(t=e[i])}t!==null&&(t.selected=!0)}}function un(e,t,n){t!=null&&(t=``+N(t),t!==e.value&&(e.value=t),n==null)?e.defaultValue!==t&&(e.defaultValue=t):e.defaultValue=n==null?``:``+N(n)}function dn(e,t,n,r){if(t==null){if(r!=null){if(n!=null)throw Error(i(92));if(Se(r)){if(1<r.length)throw Error(i(93));r=r[0]}n=r}n??=``,t=n}n=N(t),e.defaultValue=n,r=e.textContent,r===n&&r!==``&&r!==null&&(e.value=r),on(e)}function fn(e,t){if(t){var n=e.firstChild;if(n&&n===e.lastChild&&n.nodeType===3){n.nodeValue=t;return}}e.textContent=t}var pn=new Set(`animationIterationCount aspectRatio borderImageOutset borderImageSlice borderImageWidth boxFlex boxFlexGroup boxOrdinalGroup columnCount columns flex flexGrow flexPositive flexShrink flexNegative flexOrder gridArea gridRow gridRowEnd gridRowSpan gridRowStart gridColumn gridColumnEnd gridColumnSpan gridColumnStart fontWeight lineClamp lineHeight opacity order orphans scale tabSize widows zIndex zoom fillOpacity floodOpacity stopOpacity strokeDasharray strokeDashoffset strokeMiterlimit strokeOpacity strokeWidth MozAnimationIterationCount MozBoxFlex MozBoxFlexGroup MozLineClamp msAnimationIterationCount msFlex msZoom msFlexGrow msFlexNegative msFlexOrder msFlexPositive msFlexShrink msGridColumn msGridColumnSpan msGridRow msGridRowSpan WebkitAnimationIterationCount WebkitBoxFlex WebKitBoxFlexGroup WebkitBoxOrdinalGroup WebkitColumnCount WebkitColumns WebkitFlex WebkitFlexGrow WebkitFlexPositive WebkitFlexShrink WebkitLineClamp`.split(` `));function mn(e,t,n){var r=t.indexOf(`--`)===0;n==null||typeof n==`boolean`||n===``?r?e.setProperty(t,``):t===`float`?e.cssFloat=``:e[t]=``:r?e.setProperty(t,n):typeof n!=`number`||n===0||pn.has(t)?t===`float`?e.cssFloat=n:e[t]=(``+n).trim():e[t]=n+`px`}function hn(e,t,n){if(t!=null&&typeof t!=`object`)throw Error(i(62));if(e=e.style,n!=null){for(var r in n)!n.hasOwnProperty(r)||t!=null&&t.hasOwnProperty(r)||(r.indexOf(`--`)===0?e.setProperty(r,``):r===`float`?e.cssFloat=``:e[r]=``,M=!0);for(var a in t)r=t[a],t.hasOwnProperty(a)&&n[a]!==r&&(mn(e,a,r),M=!0)}else for(var o in t)t.hasOwnProperty(o)&&mn(e,o,t[o])}function gn(e){if(e.indexOf(`-`)===-1)return!1;switch(e){case`annotation-xml`:case`color-profile`:case`font-face`:case`font-face-src`:case`font-face-uri`:case`font-face-format`:case`font-face-name`:case`missing-glyph`:return!1;default:return!0}}var _n=new Map([[`acceptCharset`,`accept-charset`],[`htmlFor`,`for`],[`httpEquiv`,`http-equiv`],[`crossOrigin`,`crossorigin`],[`accentHeight`,`accent-height`],[`alignmentBaseline`,`alignment-baseline`],[`arabicForm`,`arabic-form`],[`baselineShift`,`baseline-shift`],[`capHeight`,`cap-height`],[`clipPath`,`clip-path`],[`clipRule`,`clip-rule`],[`colorInterpolation`,`color-interpolation`],[`colorInterpolationFilters`,`color-interpolation-filters`],[`colorProfile`,`color-profile`],[`colorRendering`,`color-rendering`],[`dominantBaseline`,`dominant-baseline`],[`enableBackground`,`enable-background`],[`fillOpacity`,`fill-opacity`],[`fillRule`,`fill-rule`],[`floodColor`,`flood-color`],[`floodOpacity`,`flood-opacity`],[`fontFamily`,`font-family`],[`fontSize`,`font-size`],[`fontSizeAdjust`,`font-size-adjust`],[`fontStretch`,`font-stretch`],[`fontStyle`,`font-style`],[`fontVariant`,`font-variant`],[`fontWeight`,`font-weight`],[`glyphName`,`glyph-name`],[`glyphOrientationHorizontal`,`glyph-orientation-horizontal`],[`glyphOrientationVertical`,`glyph-orientation-vertical`],[`horizAdvX`,`horiz-adv-x`],[`horizOriginX`,`horiz-origin-x`],[`imageRendering`,`image-rendering`],[`letterSpacing`,`letter-spacing`],[`lightingColor`,`lighting-color`],[`markerEnd`,`marker-end`],[`markerMid`,`marker-mid`],[`markerStart`,`marker-start`],[`maskType`,`mask-type`],[`overlinePosition`,`overline-position`],[`overlineThickness`,`overline-thickness`],[`paintOrder`,`paint-order`],[`panose-1`,`panose-1`],[`pointerEvents`,`pointer-events`],[`renderingIntent`,`rendering-intent`],[`shapeRendering`,`shape-rendering`],[`stopColor`,`stop-color`],[`stopOpacity`,`stop-opacity`],[`strikethroughPosition`,`strikethrough-position`],[`strikethroughThickness`,`strikethrough-thickness`],[`strokeDasharray`,`stroke-dasharray`],[`strokeDashoffset`,`stroke-dashoffset`],[`strokeLinecap`,`stroke-linecap`],[`strokeLinejoin`,`stroke-linejoin`],[`strokeMiterlimit`,`stroke-miterlimit`],[`strokeOpacity`,`stroke-opacity`],[`strokeWidth`,`stroke-width`],[`textAnchor`,`text-anchor`],[`textDecoration`,`text-decoration`],[`textRendering`,`text-rendering`],[`transformOrigin`,`transform-origin`],[`underlinePosition`,`underline-position`],[`underlineThickness`,`underline-thickness`],[`unicodeBidi`,`unicode-bidi`],[`unicodeRange`,`unicode-range`],[`unitsPerEm`,`units-per-em`],[`vAlphabetic`,`v-alphabetic`],[`vHanging`,`v-hanging`],[`vIdeographic`,`v-ideographic`],[`vMathematical`,`v-mathematical`],[`vectorEffect`,`vector-effect`],[`vertAdvY`,`vert-adv-y`],[`vertOriginX`,`vert-origin-x`],[`vertOriginY`,`vert-origin-y`],[`wordSpacing`,`word-spacing`],[`writingMode`,`writing-mode`],[`xmlnsXlink`,`xmlns:xlink`],[`xHeight`,`x-height`]]),vn=/^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i;function yn(e){return vn.test(``+e)?`javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')`:e}function bn(){}var xn=null;function Sn(e){return e=e.target||e.srcElement||window,e.correspondingUseElement&&(e=e.correspondingUseElement),e.nodeType===3?e.parentNode:e}var R=null,Cn=null;function wn(e){var t=Ht(e);if(t&&(e=t.stateNode)){var n=e[Mt]||null;a:switch(e=t.stateNode,t.type){case`input`:if(I(e,n.value,n.defaultValue,n.defaultValue,n.checked,n.defaultChecked,n.type,n.name),t=n.name,n.type===`radio`&&t!=null){for(n=e;n.parentNode;)n=n.parentNode;for(n=n.querySelectorAll(`input[name="`+sn(``+t)+`"][type="radio"]`),t=0;t<n.length;t++){var r=n[t];if(r!==e&&r.form===e.form){var a=r[Mt]||null;if(!a)throw Error(i(90));I(r,a.value,a.defaultValue,a.defaultValue,a.checked,a.defaultChecked,a.type,a.name)}}for(t=0;t<n.length;t++)r=n[t],r.form===e.form&&P(r)}break a;case`textarea`:un(e,n.value,n.defaultValue);break a;case`select`:t=n.value,t!=null&&L(e,!!n.multiple,t,!1)}}}var Tn=!1;function En(e,t,n){if(Tn)return e(t,n);Tn=!0;try{return e(t)}finally{if(Tn=!1,(R!==null||Cn!==null)&&(Rd(),R&&(t=R,e=Cn,Cn=R=null,wn(t),e)))for(t=0;t<e.length;t++)wn(e[t])}}function Dn(e,t){var n=e.stateNode;if(n===null)return null;var r=n[Mt]||null;if(r===null)return null;n=r[t];a:switch(t){case`onClick`:case`onClickCapture`:case`onDoubleClick`:case`onDoubleClickCapture`:case`onMouseDown`:case`onMouseDownCapture`:case`onMouseMove`:case`onMouseMoveCapture`:case`onMouseUp`:case`onMouseUpCapture`:case`onMouseEnter`:(r=!r.disabled)||(e=e.type,r=e!==`button`&&e!==`input`&&e!==`select`&&e!==`textarea`),e=!r;break a;default:e=!1}if(e)return null;if(n&&typeof n!=`function`)throw Error(i(231,t,typeof n));return n}var On=typeof window<`u`&&window.document!==void 0&&window.document.createElement!==void 0,kn=!1;if(On)try{var An={};Object.defineProperty(An,"passive",{get:function(){kn=!0}}),window.addEventListener(`test`,An,An),window.removeEventListener(`test`,An,An)}catch{kn=!1}var jn=null,Mn=null,Nn=null;function Pn(){if(Nn)return Nn;var e,t=Mn,n=t.length,r,i=`value`in jn?jn.value:jn.textContent,a=i.length;for(e=0;e<n&&t[e]===i[e];e++);var o=n-e;for(r=1;r<=o&&t[n-r]===i[a-r];r++);return Nn=i.slice(e,1<r?1-r:void 0)}function Fn(e){var t=e.keyCode;return`charCode`in e?(e=e.charCode,e===0&&t===13&&(e=13)):e=t,e===10&&(e=13),32<=e||e===13?e:0}function In(){return!0}function Ln(){return!1}function Rn(e){function t(t,n,r,i,a){for(var o in this._reactName=t,this._targetInst=r,this.type=n,this.nativeEvent=i,this.target=a,this.currentTarget=null,e)e.hasOwnProperty(o)&&(t=e[o],this[o]=t?t(i):i[o]);return this.isDefaultPrevented=(i.defaultPrevented==null?!1===i.returnValue:i.defaultPrevented)?In:Ln,this.isPropagationStopped=Ln,this}return D(t.prototype,{preventDefault:function(){this.defaultPrevented=!0;var e=this.nativeEvent;e&&(e.preventDefault?e.preventDefault():typeof e.returnValue!=`unknown`&&(e.returnValue=!1),this.isDefaultPrevented=In)},stopPropagation:function(){var e=this.nativeEvent;e&&(e.stopPropagation?e.stopPropagation():typeof e.cancelBubble!=`unknown`&&(e.cancelBubble=!0),this.isPropagationStopped=In)},persist:function(){},isPersistent:In}),t}var zn={eventPhase:0,bubbles:0,cancelable:0,timeStamp:function(e){return e.timeStamp||Date.now()},defaultPrevented:0,isTrusted:0},Bn=Rn(zn),Vn=D({},zn,{view:0,detail:0}),Hn=Rn(Vn),Un,Wn,Gn,Kn=D({},Vn,{screenX:0,screenY:0,clientX:0,clientY:0,pageX:0,pageY:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,getModifierState:rr,button:0,buttons:0,relatedTarget:function(e){return e.relatedTarget===void 0?e.fromElement===e.srcElement?e.toElement:e.fromElement:e.relatedTarget},movementX:function(e){return`movementX`in e?e.movementX:(e!==Gn&&(Gn&&e.type===`mousemove`?(Un=e.screenX-Gn.screenX,Wn=e.screenY-Gn.screenY):Wn=Un=0,Gn=e),Un)},movementY:function(e){return`movementY`in e?e.movementY:Wn}}),qn=Rn(Kn),Jn=Rn(D({},Kn,{dataTransfer:0})),Yn=Rn(D({},Vn,{relatedTarget:0})),Xn=Rn(D({},zn,{animationName:0,elapsedTime:0,pseudoElement:0})),Zn=Rn(D({},zn,{clipboardData:function(e){return`clipboardData`in e?e.clipboardData:window.clipboardData}})),Qn=Rn(D({},zn,{data:0})),$n={Esc:`Escape`,Spacebar:` `,Left:`ArrowLeft`,Up:`ArrowUp`,Right:`ArrowRight`,Down:`ArrowDown`,Del:`Delete`,Win:`OS`,Menu:`ContextMenu`,Apps:`ContextMenu`,Scroll:`ScrollLock`,MozPrintableKey:`Unidentified`},er={8:`Backspace`,9:`Tab`,12:`Clear`,13:`Enter`,16:`Shift`,17:`Control`,18:`Alt`,19:`Pause`,20:`CapsLock`,27:`Escape`,32:` `,33:`PageUp`,34:`PageDown`,35:`End`,36:`Home`,37:`ArrowLeft`,38:`ArrowUp`,39:`ArrowRight`,40:`ArrowDown`,45:`Insert`,46:`Delete`,112:`F1`,113:`F2`,114:`F3`,115:`F4`,116:`F5`,117:`F6`,118:`F7`,119:`F8`,120:`F9`,121:`F10`,122:`F11`,123:`F12`,144:`NumLock`,145:`ScrollLock`,224:`Meta`},tr={Alt:`altKey`,Control:`ctrlKey`,Meta:`metaKey`,Shift:`shiftKey`};function nr(e){var t=this.nativeEvent;return t.getModifierState?t.getModifierState(e):(e=tr[e])?!!t[e]:!1}function rr(){return nr}var ir=Rn(D({},Vn,{key:function(e){if(e.key){var t=$n[e.key]||e.key;if(t!==`Unidentified`)return t}return e.type===`keypress`?(e=Fn(e),e===13?`Enter`:String.fromCharCode(e)):e.type===`keydown`||e.type===`keyup`?er[e.keyCode]||`Unidentified`:``},code:0,location:0,ctrlKey:0,shiftKey:0,altKey:0,metaKey:0,repeat:0,locale:0,getModifierState:rr,charCode:function(e){return e.type===`keypress`?Fn(e):0},keyCode:function(e){return e.type===`keydown`||e.type===`keyup`?e.keyCode:0},which:function(e){return e.type===`keypress`?Fn(e):e.type===`keydown`||e.type===`keyup`?e.keyCode:0}})),ar=Rn(D({},Kn,{pointerId:0,width:0,height:0,pressure:0,tangentialPressure:0,tiltX:0,tiltY:0,twist:0,pointerType:0,isPrimary:0})),or=Rn(D({},zn,{submitter:0})),sr=Rn(D({},Vn,{touches:0,targetTouches:0,changedTouches:0,altKey:0,metaKey:0,ctrlKey:0,shiftKey:0,getModifierState:rr})),cr=Rn(D({},zn,{propertyName:0,elapsedTime:0,pseudoElement:0})),lr=Rn(D({},Kn,{deltaX:function(e){return`deltaX`in e?e.deltaX:`wheelDeltaX`in e?-e.wheelDeltaX:0},deltaY:function(e){return`deltaY`in e?e.deltaY:`wheelDeltaY`in e?-e.wheelDeltaY:`wheelDelta`in e?-e.wheelDelta:0},deltaZ:0,deltaMode:0})),ur=Rn(D({},zn,{newState:0,oldState:0,source:0})),dr=[9,13,27,32],fr=On&&`CompositionEvent`in window,pr=null;On&&`documentMode`in document&&(pr=document.documentMode);var mr=On&&`TextEvent`in window&&!pr,hr=On&&(!fr||pr&&8<pr&&11>=pr),gr=` `,_r=!1;function vr(e,t){switch(e){case`keyup`:return dr.indexOf(t.keyCode)!==-1;case`keydown`:return t.keyCode!==229;case`keypress`:case`mousedown`:case`focusout`:return!0;default:return!1}}function yr(e){return e=e.detail,typeof e==`object`&&`data`in e?e.data:null}var br=!1;function xr(e,t){switch(e){case`compositionend`:return yr(t);case`keypress`:return t.which===32?(_r=!0,gr):null;case`textInput`:return e=t.data,e===gr&&_r?null:e;default:return null}}function Sr(e,t){if(br)return e===`compositionend`||!fr&&vr(e,t)?(e=Pn(),Nn=Mn=jn=null,br=!1,e):null;switch(e){case`paste`:return null;case`keypress`:if(!(t.ctrlKey||t.altKey||t.metaKey)||t.ctrlKey&&t.altKey){if(t.char&&1<t.char.length)return t.char;if(t.which)return String.fromCharCode(t.which)}return null;case`compositionend`:return hr&&t.locale!==`ko`?null:t.data;default:return null}}var Cr={color:!0,date:!0,datetime:!0,"datetime-local":!0,email:!0,month:!0,number:!0,password:!0,range:!0,search:!0,tel:!0,text:!0,time:!0,url:!0,week:!0};function wr(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t===`input`?!!Cr[e.type]:t===`textarea`}function Tr(e,t,n,r){R?Cn?Cn.push(r):Cn=[r]:R=r,t=Jf(t,`onChange`),0<t.length&&(n=new Bn(`onChange`,`change`,null,n,r),e.push({event:n,listeners:t}))}var Er=null,Dr=null;function Or(e){Vf(e,0)}function kr(e){if(P(Ut(e)))return e}function Ar(e,t){if(e===`change`)return t}var jr=!1;if(On){var Mr;if(On){var Nr=`oninput`in document;if(!Nr){var Pr=document.createElement(`div`);Pr.setAttribute(`oninput`,`return;`),Nr=typeof Pr.oninput==`function`}Mr=Nr}else Mr=!1;jr=Mr&&(!document.documentMode||9<document.documentMode)}function Fr(){Er&&(Er.detachEvent(`onpropertychange`,Ir),Dr=Er=null)}function Ir(e){if(e.propertyName===`value`&&kr(Dr)){var t=[];Tr(t,Dr,e,Sn(e)),En(Or,t)}}function Lr(e,t,n){e===`focusin`?(Fr(),Er=t,Dr=n,Er.attachEvent(`onpropertychange`,Ir)):e===`focusout`&&Fr()}function Rr(e){if(e===`selectionchange`||e===`keyup`||e===`keydown`)return kr(Dr)}function zr(e,t){if(e===`click`)return kr(t)}function Br(e,t){if(e===`input`||e===`change`)return kr(t)}function Vr(e,t){return e===t&&(e!==0||1/e==1/t)||e!==e&&t!==t}var Hr=typeof Object.is==`function`?Object.is:Vr;function Ur(e,t){if(Hr(e,t))return!0;if(typeof e!=`object`||!e||typeof t!=`object`||!t)return!1;var n=Object.keys(e),r=Object.keys(t);if(n.length!==r.length)return!1;for(r=0;r<n.length;r++){var i=n[r];if(!We.call(t,i)||!Hr(e[i],t[i]))return!1}return!0}function Wr(e){if(e||=typeof document<`u`?document:void 0,e===void 0)return null;try{return e.activeElement||e.body}catch{return e.body}}function Gr(e){for(;e&&e.firstChild;)e=e.firstChild;return e}function Kr(e,t){var n=Gr(e);e=0;for(var r;n;){if(n.nodeType===3){if(r=e+n.textContent.length,e<=t&&r>=t)return{node:n,offset:t-e};e=r}a:{for(;n;){if(n.nextSibling){n=n.nextSibling;break a}n=n.parentNode}n=void 0}n=Gr(n)}}function qr(e,t){return e&&t?e===t?!0:e&&e.nodeType===3?!1:t&&t.nodeType===3?qr(e,t.parentNode):`contains`in e?e.contains(t):e.compareDocumentPosition?!!(e.compareDocumentPosition(t)&16):!1:!1}function Jr(e){e=e!=null&&e.ownerDocument!=null&&e.ownerDocument.defaultView!=null?e.ownerDocument.defaultView:window;for(var t=Wr(e.document);t instanceof e.HTMLIFrameElement;){try{var n=typeof t.contentWindow.location.href==`string`}catch{n=!1}if(n)e=t.contentWindow;else break;t=Wr(e.document)}return t}function Yr(e){var t=e&&e.nodeName&&e.nodeName.toLowerCase();return t&&(t===`input`&&(e.type===`text`||e.type===`search`||e.type===`tel`||e.type===`url`||e.type===`password`)||t===`textarea`||e.contentEditable===`true`)}var Xr=On&&`documentMode`in document&&11>=document.documentMode,Zr=null,Qr=null,$r=null,ei=!1;function ti(e,t,n){var r=n.window===n?n.document:n.nodeType===9?n:n.ownerDocument;ei||Zr==null||Zr!==Wr(r)||(r=Zr,`selectionStart`in r&&Yr(r)?r={start:r.selectionStart,end:r.selectionEnd}:(r=(r.ownerDocument&&r.ownerDocument.defaultView||window).getSelection(),r={anchorNode:r.anchorNode,anchorOffset:r.anchorOffset,focusNode:r.focusNode,focusOffset:r.focusOffset}),$r&&Ur($r,r)||($r=r,r=Jf(Qr,`onSelect`),0<r.length&&(t=new Bn(`onSelect`,`select`,null,t,n),e.push({event:t,listeners:r}),t.target=Zr)))}function ni(e,t){var n={};return n[e.toLowerCase()]=t.toLowerCase(),n[`Webkit`+e]=`webkit`+t,n[`Moz`+e]=`moz`+t,n}var ri={animationend:ni(`Animation`,`AnimationEnd`),animationiteration:ni(`Animation`,`AnimationIteration`),animationstart:ni(`Animation`,`AnimationStart`),transitionrun:ni(`Transition`,`TransitionRun`),transitionstart:ni(`Transition`,`TransitionStart`),transitioncancel:ni(`Transition`,`TransitionCancel`),transitionend:ni(`Transition`,`TransitionEnd`)},ii={},ai={};On&&(ai=document.createElement(`div`).style,`AnimationEvent`in window||(delete ri.animationend.animation,delete ri.animationiteration.animation,delete ri.animationstart.animation),`TransitionEvent`in window||delete ri.transitionend.transition);function oi(e){if(ii[e])return ii[e];if(!ri[e])return e;var t=ri[e],n;for(n in t)if(t.hasOwnProperty(n)&&n in ai)return ii[e]=t[n];return e}var si=oi(`animationend`),ci=oi(`animationiteration`),li=oi(`animationstart`),ui=oi(`transitionrun`),di=oi(`transitionstart`),fi=oi(`transitioncancel`),pi=oi(`transitionend`),mi=new Map,hi=`abort auxClick beforeToggle cancel canPlay canPlayThrough click close contextMenu copy cut drag dragEnd dragEnter dragExit dragLeave dragOver dragStart drop durationChange emptied encrypted ended error fullscreenChange fullscreenError gotPointerCapture input invalid keyDown keyPress keyUp load loadedData loadedMetadata loadStart lostPointerCapture mouseDown mouseMove mouseOut mouseOver mouseUp paste pause play playing pointerCancel pointerDown pointerMove pointerOut pointerOver pointerUp progress rateChange reset resize seeked seeking stalled submit suspend timeUpdate touchCancel touchEnd touchStart volumeChange scroll toggle touchMove waiting wheel`.split(` `);hi.push(`scrollEnd`);function gi(e,t){mi.set(e,t),j(t,[e])}var _i=0;function vi(e,t){if(e.name!=null&&e.name!==`auto`)return e.name;if(t.autoName!==null)return t.autoName;e=yd.identifierPrefix;var n=_i++;return e=`_`+e+`t_`+n.toString(32)+`_`,t.autoName=e}function yi(e){if(e==null||typeof e==`string`)return e;var t=null,n=Dd;if(n!==null)for(var r=0;r<n.length;r++){var i=e[n[r]];if(i!=null){if(i===`none`)return`none`;t=t==null?i:t+(` `+i)}}return t??e.default}function bi(e,t){return e=yi(e),t=yi(t),t==null?e===`auto`?null:e:t===`auto`?null:t}var xi=typeof reportError==`function`?reportError:function(e){if(typeof window==`object`&&typeof window.ErrorEvent==`function`){var t=new window.ErrorEvent(`error`,{bubbles:!0,cancelable:!0,message:typeof e==`object`&&e&&typeof e.message==`string`?String(e.message):String(e),error:e});if(!window.dispatchEvent(t))return}else if(typeof process==`object`&&typeof process.emit==`function`){process.emit(`uncaughtException`,e);return}console.error(e)},Si=[],Ci=0,wi=0;function Ti(){for(var e=Ci,t=wi=Ci=0;t<e;){var n=Si[t];Si[t++]=null;var r=Si[t];Si[t++]=null;var i=Si[t];Si[t++]=null;var a=Si[t];if(Si[t++]=null,r!==null&&i!==null){var o=r.pending;o===null?i.next=i:(i.next=o.next,o.next=i),r.pending=i}a!==0&&ki(n,i,a)}}function Ei(e,t,n,r){Si[Ci++]=e,Si[Ci++]=t,Si[Ci++]=n,Si[Ci++]=r,wi|=r,e.lanes|=r,e=e.alternate,e!==null&&(e.lanes|=r)}function Di(e,t,n,r){return Ei(e,t,n,r),Ai(e)}function Oi(e,t){return Ei(e,null,null,t),Ai(e)}function ki(e,t,n){e.lanes|=n;var r=e.alternate;r!==null&&(r.lanes|=n);for(var i=!1,a=e.return;a!==null;)a.childLanes|=n,r=a.alternate,r!==null&&(r.childLanes|=n),a.tag===22&&(e=a.stateNode,e===null||e._visibility&1||(i=!0)),e=a,a=a.return;return e.tag===3?(a=e.stateNode,i&&t!==null&&(i=31-st(n),e=a.hiddenUpdates,r=e[i],r===null?e[i]=[t]:r.push(t),t.lane=n|536870912),a):null}function Ai(e){if(50<Od)throw Od=0,kd=null,Error(i(185));for(var t=e.return;t!==null;)e=t,t=e.return;return e.tag===3?e.stateNode:null}var ji={};function Mi(e,t,n,r){this.tag=e,this.key=n,this.sibling=this.child=this.return=this.stateNode=this.type=this.elementType=null,this.index=0,this.refCleanup=this.ref=null,this.pendingProps=t,this.dependencies=this.memoizedState=this.updateQueue=this.memoizedProps=null,this.mode=r,this.subtreeFlags=this.flags=0,this.deletions=null,this.childLanes=this.lanes=0,this.alternate=null}function Ni(e,t,n,r){return new Mi(e,t,n,r)}function Pi(e){return e=e.prototype,!(!e||!e.isReactComponent)}function Fi(e,t){var n=e.alternate;return n===null?(n=Ni(e.tag,t,e.key,e.mode),n.elementType=e.elementType,n.type=e.type,n.stateNode=e.stateNode,n.alternate=e,e.alternate=n):(n.pendingProps=t,n.type=e.type,n.flags=0,n.subtreeFlags=0,n.deletions=null),n.flags=e.flags&1206910976,n.childLanes=e.childLanes,n.lanes=e.lanes,n.child=e.child,n.memoizedProps=e.memoizedProps,n.memoizedState=e.memoizedState,n.updateQueue=e.updateQueue,t=e.dependencies,n.dependencies=t===null?null:{lanes:t.lanes,firstContext:t.firstContext},n.sibling=e.sibling,n.index=e.index,n.ref=e.ref,n.refCleanup=e.refCleanup,n}function Ii(e,t){e.flags&=1206910978;var n=e.alternate;return n===null?(e.childLanes=0,e.lanes=t,e.child=null,e.subtreeFlags=0,e.memoizedProps=null,e.memoizedState=null,e.updateQueue=null,e.dependencies=null,e.stateNode=null):(e.childLanes=n.childLanes,e.lanes=n.lanes,e.child=n.child,e.subtreeFlags=0,e.deletions=null,e.memoizedProps=n.memoizedProps,e.memoizedState=n.memoizedState,e.updateQueue=n.updateQueue,e.type=n.type,t=n.dependencies,e.dependencies=t===null?null:{lanes:t.lanes,firstContext:t.firstContext}),e}function Li(e,t,n,r,a,o){var s=0;if(r=e,typeof r==`function`)Pi(r)&&(s=1);else if(typeof r==`string`)s=qm(e,n,ke.current)?26:e===`html`||e===`head`||e===`body`?27:5;else a:switch(r){case pe:return e=Ni(31,n,t,a),e.elementType=pe,e.lanes=o,e;case re:return Ri(n.children,a,o,t);case ie:s=8,a|=24;break;case ae:return e=Ni(12,n,t,a|2),e.elementType=ae,e.lanes=o,e;case le:return e=Ni(13,n,t,a),e.elementType=le,e.lanes=o,e;case ue:return e=Ni(19,n,t,a),e.elementType=ue,e.lanes=o,e;case me:case ge:return e=a|32,e=Ni(30,n,t,e),e.elementType=ge,e.lanes=o,e.stateNode={autoName:null,paired:null,clones:null,ref:null},e;default:if(typeof r==`object`&&r)switch(r.$$typeof){case se:s=10;break a;case oe:s=9;break a;case ce:s=11;break a;case de:s=14;break a;case fe:s=16,r=null;break a}s=29,n=Error(i(130,e===null?`null`:typeof e,``)),r=null}return t=Ni(s,n,t,a),t.elementType=e,t.type=r,t.lanes=o,t}function Ri(e,t,n,r){return e=Ni(7,e,r,t),e.lanes=n,e}function zi(e,t,n){return e=Ni(6,e,null,t),e.lanes=n,e}function Bi(e){var t=Ni(18,null,null,0);return t.stateNode=e,t}function Vi(e,t,n){return t=Ni(4,e.children===null?[]:e.children,e.key,t),t.lanes=n,t.stateNode={containerInfo:e.containerInfo,pendingChildren:null,implementation:e.implementation},t}var Hi=new WeakMap;function Ui(e,t){if(typeof e==`object`&&e){var n=Hi.get(e);return n===void 0?(t={value:e,source:t,stack:Ue(t)},Hi.set(e,t),t):n}return{value:e,source:t,stack:Ue(t)}}var Wi=[],Gi=0,Ki=null,qi=0,Ji=[],Yi=0,Xi=null,Zi=1,Qi=``;function $i(e,t){Wi[Gi++]=qi,Wi[Gi++]=Ki,Ki=e,qi=t}function ea(e,t,n){Ji[Yi++]=Zi,Ji[Yi++]=Qi,Ji[Yi++]=Xi,Xi=e;var r=Zi;e=Qi;var i=32-st(r)-1;r&=~(1<<i),n+=1;var a=32-st(t)+i;if(30<a){var o=i-i%5;a=(r&(1<<o)-1).toString(32),r>>=o,i-=o,Zi=1<<32-st(t)+i|n<<i|r,Qi=a+e}else Zi=1<<a|n<<i|r,Qi=e}function ta(e){e.return!==null&&($i(e,1),ea(e,1,0))}function na(e){for(;e===Ki;)Ki=Wi[--Gi],Wi[Gi]=null,qi=Wi[--Gi],Wi[Gi]=null;for(;e===Xi;)Xi=Ji[--Yi],Ji[Yi]=null,Qi=Ji[--Yi],Ji[Yi]=null,Zi=Ji[--Yi],Ji[Yi]=null}function ra(e,t){Ji[Yi++]=Zi,Ji[Yi++]=Qi,Ji[Yi++]=Xi,Zi=t.id,Qi=t.overflow,Xi=e}var ia=null,z=null,B=!1,aa=null,V=!1,oa=Error(i(519));function sa(e){throw pa(Ui(Error(i(418,1<arguments.length&&arguments[1]!==void 0&&arguments[1]?`text`:`HTML`,``)),e)),oa}function ca(e){var t=e.stateNode,n=e.type,r=e.memoizedProps;switch(t[jt]=e,t[Mt]=r,n){case`dialog`:Q(`cancel`,t),Q(`close`,t);break;case`iframe`:case`object`:case`embed`:Q(`load`,t);break;case`video`:case`audio`:for(n=0;n<zf.length;n++)Q(zf[n],t);break;case`source`:Q(`error`,t);break;case`img`:case`image`:case`link`:Q(`error`,t),Q(`load`,t);break;case`details`:Q(`toggle`,t);break;case`input`:Q(`invalid`,t),cn(t,r.value,r.defaultValue,r.checked,r.defaultChecked,r.type,r.name,!0);break;case`select`:Q(`invalid`,t);break;case`textarea`:Q(`invalid`,t),dn(t,r.value,r.defaultValue,r.children)}n=r.children,typeof n!=`string`&&typeof n!=`number`&&typeof n!=`bigint`||t.textContent===``+n||!0===r.suppressHydrationWarning||ep(t.textContent,n)?(r.popover!=null&&(Q(`beforetoggle`,t),Q(`toggle`,t)),r.onScroll!=null&&Q(`scroll`,t),r.onScrollEnd!=null&&Q(`scrollend`,t),r.onClick!=null&&(t.onclick=bn),t=!0):t=!1,t||sa(e,!0)}function la(e){for(ia=e.return;ia;)switch(ia.tag){case 5:case 31:case 13:V=!1;return;case 27:case 3:V=!0;return;default:ia=ia.return}}function ua(e){if(e!==ia)return!1;if(!B)return la(e),B=!0,!1;var t=e.tag,n;if((n=t!==3&&t!==27)&&((n=t===5)&&(n=e.type,n=n===`form`||n===`button`||pp(e.type,e.memoizedProps)),n=!n),n&&z&&sa(e),la(e),t===13){if(e=e.memoizedState,e=e===null?null:e.dehydrated,!e)throw Error(i(317));z=dm(e)}else if(t===31){if(e=e.memoizedState,e=e===null?null:e.dehydrated,!e)throw Error(i(317));z=dm(e)}else t===27?(t=z,Sp(e.type)?(e=um,um=null,z=e):z=t):z=ia?lm(e.stateNode.nextSibling):null;return!0}function da(){z=ia=null,B=!1}function fa(){var e=aa;return e!==null&&(dd===null?dd=e:dd.push.apply(dd,e),aa=null),e}function pa(e){aa===null?aa=[e]:aa.push(e)}var ma=Ee(null),ha=null,ga=null;function _a(e,t,n){Oe(ma,t._currentValue),t._currentValue=n}function va(e){e._currentValue=ma.current,De(ma)}function ya(e,t,n){for(;e!==null;){var r=e.alternate;if((e.childLanes&t)===t?r!==null&&(r.childLanes&t)!==t&&(r.childLanes|=t):(e.childLanes|=t,r!==null&&(r.childLanes|=t)),e===n)break;e=e.return}}function ba(e,t,n,r){var a=e.child;for(a!==null&&(a.return=e);a!==null;){var o=a.dependencies;if(o!==null){var s=a.child;o=o.firstContext;a:for(;o!==null;){var c=o;o=a;for(var l=0;l<t.length;l++)if(c.context===t[l]){o.lanes|=n,c=o.alternate,c!==null&&(c.lanes|=n),ya(o.return,n,e),r||(s=null);break a}o=c.next}}else if(a.tag===18){if(s=a.return,s===null)throw Error(i(341));s.lanes|=n,o=s.alternate,o!==null&&(o.lanes|=n),ya(s,n,e),s=null}else a.tag===13&&a.memoizedState!==null&&a.memoizedState.dehydrated===null?(a.lanes|=n,s=a.alternate,s!==null&&(s.lanes|=n),ya(a.return,n,e),s=a.child,s=s===null?null:s.sibling):s=a.child;if(s!==null)s.return=a;else for(s=a;s!==null;){if(s===e){s=null;break}if(a=s.sibling,a!==null){a.return=s.return,s=a;break}s=s.return}a=s}}function xa(e,t,n,r){e=null;for(var a=t,o=!1;a!==null;){if(!o){if(a.flags&524288)o=!0;else if(a.flags&262144)break}if(a.tag===10){var s=a.alternate;if(s===null)throw Error(i(387));if(s=s.memoizedProps,s!==null){var c=a.type;Hr(a.pendingProps.value,s.value)||(e===null?e=[c]:e.push(c))}}else if(a===Me.current){if(s=a.alternate,s===null)throw Error(i(387));s.memoizedState.memoizedState!==a.memoizedState.memoizedState&&(e===null?e=[sh]:e.push(sh))}a=a.return}return e!==null&&ba(t,e,n,r),t.flags|=262144,e!==null}function Sa(e){for(e=e.firstContext;e!==null;){if(!Hr(e.context._currentValue,e.memoizedValue))return!0;e=e.next}return!1}function Ca(e){ha=e,ga=null,e=e.dependencies,e!==null&&(e.firstContext=null)}function wa(e){return Ea(ha,e)}function Ta(e,t){return ha===null&&Ca(e),Ea(e,t)}function Ea(e,t){var n=t._currentValue;if(t={context:t,memoizedValue:n,next:null},ga===null){if(e===null)throw Error(i(308));ga=t,e.dependencies={lanes:0,firstContext:t},e.flags|=524288}else ga=ga.next=t;return n}var Da=typeof AbortController<`u`?AbortController:function(){var e=[],t=this.signal={aborted:!1,addEventListener:function(t,n){e.push(n)}};this.abort=function(){t.aborted=!0,e.forEach(function(e){return e()})}},Oa=t.unstable_scheduleCallback,ka=t.unstable_NormalPriority,Aa={$$typeof:se,Consumer:null,Provider:null,_currentValue:null,_currentValue2:null,_threadCount:0};function ja(){return{controller:new Da,data:new Map,refCount:0}}function Ma(e){e.refCount--,e.refCount===0&&Oa(ka,function(){e.controller.abort()})}function Na(e,t){if(e.pendingLanes&4194048){var n=e.transitionTypes;for(n===null&&(n=e.transitionTypes=[]),e=0;e<t.length;e++){var r=t[e];n.indexOf(r)===-1&&n.push(r)}}}var Pa=null;function Fa(e){var t=e.transitionTypes;return e.transitionTypes=null,t}var Ia=null,La=0,Ra=0,za=null;function Ba(e,t){if(Ia===null){var n=Ia=[];La=0,Ra=Pf(),za={status:`pending`,value:void 0,then:function(e){n.push(e)}}}return La++,t.then(Va,Va),t}function Va(){if(--La===0&&(Pa=null,Ia!==null)){za!==null&&(za.status=`fulfilled`);var e=Ia;Ia=null,Ra=0,za=null;for(var t=0;t<e.length;t++)(0,e[t])()}}function Ha(e,t){var n=[],r={status:`pending`,value:null,reason:null,then:function(e){n.push(e)}};return e.then(function(){r.status=`fulfilled`,r.value=t;for(var e=0;e<n.length;e++)(0,n[e])(t)},function(e){for(r.status=`rejected`,r.reason=e,e=0;e<n.length;e++)(0,n[e])(void 0)}),r}var Ua=O.S;O.S=function(e,t){if(md=Ye(),typeof t==`object`&&t&&typeof t.then==`function`&&Ba(e,t),Pa!==null)for(var n=bf;n!==null;)Na(n,Pa),n=n.next;if(n=e.types,n!==null){for(var r=bf;r!==null;)Na(r,n),r=r.next;if(Ra!==0){r=Pa,r===null&&(r=Pa=[]);for(var i=0;i<n.length;i++){var a=n[i];r.indexOf(a)===-1&&r.push(a)}}}Ua!==null&&Ua(e,t)};var Wa=Ee(null);function Ga(){var e=Wa.current;return e===null?J.pooledCache:e}function Ka(e,t){t===null?Oe(Wa,Wa.current):Oe(Wa,t.pool)}function qa(){var e=Ga();return e===null?null:{parent:Aa._currentValue,pool:e}}var Ja=Error(i(460)),Ya=Error(i(474)),Xa=Error(i(542)),Za={then:function(){}};function Qa(e){return e=e.status,e===`fulfilled`||e===`rejected`}function $a(e,t,n){switch(n=e[n],n===void 0?e.push(t):n!==t&&(t.then(bn,bn),t=n),t.status){case`fulfilled`:return t.value;case`rejected`:throw e=t.reason,ro(e),e===void 0&&!(`reason`in t)?Error(i(600)):e;default:if(typeof t.status==`string`)t.then(bn,bn);else{if(e=J,e!==null&&100<e.shellSuspendCounter)throw Error(i(482));e=t,e.status=`pending`,e.then(function(e){if(t.status===`pending`){var n=t;n.status=`fulfilled`,n.value=e}},function(e){if(t.status===`pending`){var n=t;n.status=`rejected`,n.reason=e}})}switch(t.status){case`fulfilled`:return t.value;case`rejected`:throw e=t.reason,ro(e),e}throw to=t,Ja}}function eo(e){try{var t=e._init;return t(e._payload)}catch(e){throw typeof e==`object`&&e&&typeof e.then==`function`?(to=e,Ja):e}}var to=null;function no(){if(to===null)throw Error(i(459));var e=to;return to=null,e}function ro(e){if(e===Ja||e===Xa)throw Error(i(483))}var io=null,ao=0;function oo(e){var t=ao;return ao+=1,io===null&&(io=[]),$a(io,e,t)}function so(e,t){t=t.props.ref,e.ref=t===void 0?null:t}function co(e,t){throw t.$$typeof===ee?Error(i(525)):(e=Object.prototype.toString.call(t),Error(i(31,e===`[object Object]`?`object with keys {`+Object.keys(t).join(`, `)+`}`:e)))}function lo(e){function t(t,n){if(e){var r=t.deletions;r===null?(t.deletions=[n],t.flags|=16):r.push(n)}}function n(n,r){if(!e)return null;for(;r!==null;)t(n,r),r=r.sibling;return null}function r(e){for(var t=new Map;e!==null;)e.key===null?t.set(e.index,e):t.set(e.key,e),e=e.sibling;return t}function a(e,t){return e=Fi(e,t),e.index=0,e.sibling=null,e}function o(t,n,r){return t.index=r,e?(r=t.alternate,r===null?(t.flags|=134217730,n):(r=r.index,r<n?(t.flags|=2,n):r)):(t.flags|=1048576,n)}function s(t){return e&&t.alternate===null&&(t.flags|=134217730),t}function c(e,t,n,r){return t===null||t.tag!==6?(t=zi(n,e.mode,r),t.return=e,t):(t=a(t,n),t.return=e,t)}function l(e,t,n,r){var i=n.type;return i===re?(e=d(e,t,n.props.children,r,n.key),so(e,n),e):t!==null&&(t.elementType===i||typeof i==`object`&&i&&i.$$typeof===fe&&eo(i)===t.type)?(t=a(t,n.props),so(t,n),t.return=e,t):(t=Li(n.type,n.key,n.props,null,e.mode,r),so(t,n),t.return=e,t)}function u(e,t,n,r){return t===null||t.tag!==4||t.stateNode.containerInfo!==n.containerInfo||t.stateNode.implementation!==n.implementation?(t=Vi(n,e.mode,r),t.return=e,t):(t=a(t,n.children||[]),t.return=e,t)}function d(e,t,n,r,i){return t===null||t.tag!==7?(t=Ri(n,e.mode,r,i),t.return=e,t):(t=a(t,n),t.return=e,t)}function f(e,t,n){if(typeof t==`string`&&t!==``||typeof t==`number`||typeof t==`bigint`)return t=zi(``+t,e.mode,n),t.return=e,t;if(typeof t==`object`&&t){switch(t.$$typeof){case te:return n=Li(t.type,t.key,t.props,null,e.mode,n),so(n,t),n.return=e,n;case ne:return t=Vi(t,e.mode,n),t.return=e,t;case fe:return t=eo(t),f(e,t,n)}if(Se(t)||ye(t))return t=Ri(t,e.mode,n,null),t.return=e,t;if(typeof t.then==`function`)return f(e,oo(t),n);if(t.$$typeof===se)return f(e,Ta(e,t),n);co(e,t)}return null}function p(e,t,n,r){var i=t===null?null:t.key;if(typeof n==`string`&&n!==``||typeof n==`number`||typeof n==`bigint`)return i===null?c(e,t,``+n,r):null;if(typeof n==`object`&&n){switch(n.$$typeof){case te:return n.key===i?l(e,t,n,r):null;case ne:return n.key===i?u(e,t,n,r):null;case fe:return n=eo(n),p(e,t,n,r)}if(Se(n)||ye(n))return i===null?d(e,t,n,r,null):null;if(typeof n.then==`function`)return p(e,t,oo(n),r);if(n.$$typeof===se)return p(e,t,Ta(e,n),r);co(e,n)}return null}function m(e,t,n,r,i){if(typeof r==`string`&&r!==``||typeof r==`number`||typeof r==`bigint`)return e=e.get(n)||null,c(t,e,``+r,i);if(typeof r==`object`&&r){switch(r.$$typeof){case te:return e=e.get(r.key===null?n:r.key)||null,l(t,e,r,i);case ne:return e=e.get(r.key===null?n:r.key)||null,u(t,e,r,i);case fe:return r=eo(r),m(e,t,n,r,i)}if(Se(r)||ye(r))return e=e.get(n)||null,d(t,e,r,i,null);if(typeof r.then==`function`)return m(e,t,n,oo(r),i);if(r.$$typeof===se)return m(e,t,n,Ta(t,r),i);co(t,r)}return null}function h(i,a,s,c){for(var l=null,u=null,d=a,h=a=0,g=null;d!==null&&h<s.length;h++){d.index>h?(g=d,d=null):g=d.sibling;var _=p(i,d,s[h],c);if(_===null){d===null&&(d=g);break}e&&d&&_.alternate===null&&t(i,d),a=o(_,a,h),u===null?l=_:u.sibling=_,u=_,d=g}if(h===s.length)return n(i,d),B&&$i(i,h),l;if(d===null){for(;h<s.length;h++)d=f(i,s[h],c),d!==null&&(a=o(d,a,h),u===null?l=d:u.sibling=d,u=d);return B&&$i(i,h),l}for(d=r(d);h<s.length;h++)g=m(d,i,h,s[h],c),g!==null&&(e&&(_=g.alternate,_!==null&&d.delete(_.key===null?h:_.key)),a=o(g,a,h),u===null?l=g:u.sibling=g,u=g);return e&&d.forEach(function(e){return t(i,e)}),B&&$i(i,h),l}function g(a,s,c,l){if(c==null)throw Error(i(151));for(var u=null,d=null,h=s,g=s=0,_=null,v=c.next();h!==null&&!v.done;g++,v=c.next()){h.index>g?(_=h,h=null):_=h.sibling;var y=p(a,h,v.value,l);if(y===null){h===null&&(h=_);break}e&&h&&y.alternate===null&&t(a,h),s=o(y,s,g),d===null?u=y:d.sibling=y,d=y,h=_}if(v.done)return n(a,h),B&&$i(a,g),u;if(h===null){for(;!v.done;g++,v=c.next())v=f(a,v.value,l),v!==null&&(s=o(v,s,g),d===null?u=v:d.sibling=v,d=v);return B&&$i(a,g),u}for(h=r(h);!v.done;g++,v=c.next())v=m(h,a,g,v.value,l),v!==null&&(e&&(_=v.alternate,_!==null&&h.delete(_.key===null?g:_.key)),s=o(v,s,g),d===null?u=v:d.sibling=v,d=v);return e&&h.forEach(function(e){return t(a,e)}),B&&$i(a,g),u}function _(e,r,o,c){if(typeof o==`object`&&o&&o.type===re&&o.key===null&&o.props.ref===void 0&&(o=o.props.children),typeof o==`object`&&o){switch(o.$$typeof){case te:a:{for(var l=o.key;r!==null;){if(r.key===l){if(l=o.type,l===re){if(r.tag===7){n(e,r.sibling),c=a(r,o.props.children),so(c,o),c.return=e,e=c;break a}}else if(r.elementType===l||typeof l==`object`&&l&&l.$$typeof===fe&&eo(l)===r.type){n(e,r.sibling),c=a(r,o.props),so(c,o),c.return=e,e=c;break a}n(e,r);break}t(e,r),r=r.sibling}o.type===re?(c=Ri(o.props.children,e.mode,c,o.key),so(c,o),c.return=e,e=c):(c=Li(o.type,o.key,o.props,null,e.mode,c),so(c,o),c.return=e,e=c)}return s(e);case ne:a:{for(l=o.key;r!==null;){if(r.key===l){if(r.tag===4&&r.stateNode.containerInfo===o.containerInfo&&r.stateNode.implementation===o.implementation){n(e,r.sibling),c=a(r,o.children||[]),c.return=e,e=c;break a}n(e,r);break}t(e,r),r=r.sibling}c=Vi(o,e.mode,c),c.return=e,e=c}return s(e);case fe:return o=eo(o),_(e,r,o,c)}if(Se(o))return h(e,r,o,c);if(ye(o)){if(l=ye(o),typeof l!=`function`)throw Error(i(150));return o=l.call(o),g(e,r,o,c)}if(typeof o.then==`function`)return _(e,r,oo(o),c);if(o.$$typeof===se)return _(e,r,Ta(e,o),c);co(e,o)}return typeof o==`string`&&o!==``||typeof o==`number`||typeof o==`bigint`?(o=``+o,r!==null&&r.tag===6?(n(e,r.sibling),c=a(r,o),c.return=e,e=c):(n(e,r),c=zi(o,e.mode,c),c.return=e,e=c),s(e)):n(e,r)}return function(e,t,n,r){try{ao=0;var i=_(e,t,n,r);return io=null,i}catch(t){if(t===Ja||t===Xa)throw t;var a=Ni(29,t,null,e.mode);return a.lanes=r,a.return=e,a}}}var uo=lo(!0),fo=lo(!1),po=!1;function mo(e){e.updateQueue={baseState:e.memoizedState,firstBaseUpdate:null,lastBaseUpdate:null,shared:{pending:null,lanes:0,hiddenCallbacks:null},callbacks:null}}function ho(e,t){e=e.updateQueue,t.updateQueue===e&&(t.updateQueue={baseState:e.baseState,firstBaseUpdate:e.firstBaseUpdate,lastBaseUpdate:e.lastBaseUpdate,shared:e.shared,callbacks:null})}function go(e){return{lane:e,tag:0,payload:null,callback:null,next:null}}function _o(e,t,n){var r=e.updateQueue;if(r===null)return null;if(r=r.shared,q&2){var i=r.pending;return i===null?t.next=t:(t.next=i.next,i.next=t),r.pending=t,t=Ai(e),ki(e,null,n),t}return Ei(e,r,t,n),Ai(e)}function vo(e,t,n){if(t=t.updateQueue,t!==null&&(t=t.shared,n&4194048)){var r=t.lanes;r&=e.pendingLanes,n|=r,t.lanes=n,wt(e,n)}}function yo(e,t){var n=e.updateQueue,r=e.alternate;if(r!==null&&(r=r.updateQueue,n===r)){var i=null,a=null;if(n=n.firstBaseUpdate,n!==null){do{var o={lane:n.lane,tag:n.tag,payload:n.payload,callback:null,next:null};a===null?i=a=o:a=a.next=o,n=n.next}while(n!==null);a===null?i=a=t:a=a.next=t}else i=a=t;n={baseState:r.baseState,firstBaseUpdate:i,lastBaseUpdate:a,shared:r.shared,callbacks:r.callbacks},e.updateQueue=n}else e=n.lastBaseUpdate,e===null?n.firstBaseUpdate=t:e.next=t,n.lastBaseUpdate=t}var bo=!1;function xo(){if(bo){var e=za;if(e!==null)throw e}}function So(e,t,n,r){bo=!1;var i=e.updateQueue;po=!1;var a=i.firstBaseUpdate,o=i.lastBaseUpdate,s=i.shared.pending;if(s!==null){i.shared.pending=null;var c=s,l=c.next;c.next=null,o===null?a=l:o.next=l,o=c;var u=e.alternate;u!==null&&(u=u.updateQueue,s=u.lastBaseUpdate,s!==o&&(s===null?u.firstBaseUpdate=l:s.next=l,u.lastBaseUpdate=c))}if(a!==null){var d=i.baseState;o=0,u=l=c=null,s=a;do{var f=s.lane&-536870913,p=f!==s.lane;if(p?(X&f)===f:(r&f)===f){f!==0&&f===Ra&&(bo=!0),u!==null&&(u=u.next={lane:0,tag:s.tag,payload:s.payload,callback:null,next:null});a:{var m=e,h=s;f=t;var g=n;switch(h.tag){case 1:if(m=h.payload,typeof m==`function`){d=m.call(g,d,f);break a}d=m;break a;case 3:m.flags=m.flags&-65537|128;case 0:if(m=h.payload,f=typeof m==`function`?m.call(g,d,f):m,f==null)break a;d=D({},d,f);break a;case 2:po=!0}}f=s.callback,f!==null&&(e.flags|=64,p&&(e.flags|=8192),p=i.callbacks,p===null?i.callbacks=[f]:p.push(f))}else p={lane:f,tag:s.tag,payload:s.payload,callback:s.callback,next:null},u===null?(l=u=p,c=d):u=u.next=p,o|=f;if(s=s.next,s===null){if(s=i.shared.pending,s===null)break;p=s,s=p.next,p.next=null,i.lastBaseUpdate=p,i.shared.pending=null}}while(1);u===null&&(c=d),i.baseState=c,i.firstBaseUpdate=l,i.lastBaseUpdate=u,a===null&&(i.shared.lanes=0),ad|=o,e.lanes=o,e.memoizedState=d}}function Co(e,t){if(typeof e!=`function`)throw Error(i(191,e));e.call(t)}function wo(e,t){var n=e.callbacks;if(n!==null)for(e.callbacks=null,e=0;e<n.length;e++)Co(n[e],t)}var To=Ee(null),Eo=Ee(0);function Do(e,t){e=rd,Oe(Eo,e),Oe(To,t),rd=e|t.baseLanes}function Oo(){Oe(Eo,rd),Oe(To,To.current)}function ko(){rd=Eo.current,De(To),De(Eo)}var Ao=Ee(null),jo=null;function Mo(e){var t=e.alternate;Oe(Lo,Lo.current&1),Oe(Ao,e),jo===null&&(t===null||To.current!==null||t.memoizedState!==null)&&(jo=e)}function No(e){Oe(Lo,Lo.current),Oe(Ao,e),jo===null&&(jo=e)}function Po(e){e.tag===22?(Oe(Lo,Lo.current),Oe(Ao,e),jo===null&&(jo=e)):Fo()}function Fo(){Oe(Lo,Lo.current),Oe(Ao,Ao.current)}function Io(e){De(Ao),jo===e&&(jo=null),De(Lo)}var Lo=Ee(0);function Ro(e,t){Oe(Ao,Ao.current),Oe(Lo,t)}function zo(e){De(Lo),De(Ao),jo===e&&(jo=null)}function Bo(e){for(var t=e;t!==null;){if(t.tag===13){var n=t.memoizedState;if(n!==null&&(n=n.dehydrated,n===null||om(n)||sm(n)))return t}else if(t.tag===19&&t.memoizedProps.revealOrder!==`independent`){if(t.flags&128)return t}else if(t.child!==null){t.child.return=t,t=t.child;continue}if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return null;t=t.return}t.sibling.return=t.return,t=t.sibling}return null}var Vo=0,H=null,Ho=null,Uo=null,Wo=!1,Go=!1,Ko=!1,qo=0,Jo=0,Yo=null,Xo=0;function Zo(){throw Error(i(321))}function Qo(e,t){if(t===null)return!1;for(var n=0;n<t.length&&n<e.length;n++)if(!Hr(e[n],t[n]))return!1;return!0}function $o(e,t,n,r,i,a){return Vo=a,H=t,t.memoizedState=null,t.updateQueue=null,t.lanes=0,O.H=e===null||e.memoizedState===null?hc:gc,Ko=!1,a=n(r,i),Ko=!1,Go&&(a=ts(t,n,r,i)),es(e),a}function es(e){O.H=mc;var t=Ho!==null&&Ho.next!==null;if(Vo=0,Uo=Ho=H=null,Wo=!1,Jo=0,Yo=null,t)throw Error(i(300));e===null||Nc||(e=e.dependencies,e!==null&&Sa(e)&&(Nc=!0))}function ts(e,t,n,r){H=e;var a=0;do{if(Go&&(Yo=null),Jo=0,Go=!1,25<=a)throw Error(i(301));if(a+=1,Uo=Ho=null,e.updateQueue!=null){var o=e.updateQueue;o.lastEffect=null,o.events=null,o.stores=null,o.memoCache!=null&&(o.memoCache.index=0)}O.H=_c,o=t(n,r)}while(Go);return o}function ns(){var e=O.H,t=e.useState()[0];return t=typeof t.then==`function`?ls(t):t,e=e.useState()[0],(Ho===null?null:Ho.memoizedState)!==e&&(H.flags|=1024),t}function rs(){var e=qo!==0;return qo=0,e}function is(e,t,n){t.updateQueue=e.updateQueue,t.flags&=-2053,e.lanes&=~n}function as(e){if(Wo){for(e=e.memoizedState;e!==null;){var t=e.queue;t!==null&&(t.pending=null),e=e.next}Wo=!1}Vo=0,Uo=Ho=H=null,Go=!1,Jo=qo=0,Yo=null}function os(){var e={memoizedState:null,baseState:null,baseQueue:null,queue:null,next:null};return Uo===null?H.memoizedState=Uo=e:Uo=Uo.next=e,Uo}function ss(){if(Ho===null){var e=H.alternate;e=e===null?null:e.memoizedState}else e=Ho.next;var t=Uo===null?H.memoizedState:Uo.next;if(t!==null)Uo=t,Ho=e;else{if(e===null)throw H.alternate===null?Error(i(467)):Error(i(310));Ho=e,e={memoizedState:Ho.memoizedState,baseState:Ho.baseState,baseQueue:Ho.baseQueue,queue:Ho.queue,next:null},Uo===null?H.memoizedState=Uo=e:Uo=Uo.next=e}return Uo}function cs(){return{lastEffect:null,events:null,stores:null,memoCache:null}}function ls(e){var t=Jo;return Jo+=1,Yo===null&&(Yo=[]),e=$a(Yo,e,t),t=H,(Uo===null?t.memoizedState:Uo.next)===null&&(t=t.alternate,O.H=t===null||t.memoizedState===null?hc:gc),e}function us(e){if(typeof e==`object`&&e){if(typeof e.then==`function`)return ls(e);if(e.$$typeof===_e)return;if(e.$$typeof===se)return wa(e)}throw Error(i(438,String(e)))}function ds(e){var t=null,n=H.updateQueue;if(n!==null&&(t=n.memoCache),t==null){var r=H.alternate;r!==null&&(r=r.updateQueue,r!==null&&(r=r.memoCache,r!=null&&(t={data:r.data.map(function(e){return e.slice()}),index:0})))}if(t??={data:[],index:0},n===null&&(n=cs(),H.updateQueue=n),n.memoCache=t,n=t.data[t.index],n===void 0)for(n=t.data[t.index]=Array(e),r=0;r<e;r++)n[r]=he;return t.index++,n}function fs(e,t){return typeof t==`function`?t(e):t}function ps(e){return ms(ss(),Ho,e)}function ms(e,t,n){var r=e.queue;if(r===null)throw Error(i(311));r.lastRenderedReducer=n;var a=e.baseQueue,o=r.pending;if(o!==null){if(a!==null){var s=a.next;a.next=o.next,o.next=s}t.baseQueue=a=o,r.pending=null}if(o=e.baseState,a===null)e.memoizedState=o;else{t=a.next;var c=s=null,l=null,u=t,d=!1;do{var f=u.lane&-536870913;if(f===u.lane?(Vo&f)===f:(X&f)===f){var p=u.revertLane;if(p===0)l!==null&&(l=l.next={lane:0,revertLane:0,gesture:null,action:u.action,hasEagerState:u.hasEagerState,eagerState:u.eagerState,next:null}),f===Ra&&(d=!0);else if((Vo&p)===p){u=u.next,p===Ra&&(d=!0);continue}else f={lane:0,revertLane:u.revertLane,gesture:null,action:u.action,hasEagerState:u.hasEagerState,eagerState:u.eagerState,next:null},l===null?(c=l=f,s=o):l=l.next=f,H.lanes|=p,ad|=p;f=u.action,Ko&&n(o,f),o=u.hasEagerState?u.eagerState:n(o,f)}else p={lane:f,revertLane:u.revertLane,gesture:u.gesture,action:u.action,hasEagerState:u.hasEagerState,eagerState:u.eagerState,next:null},l===null?(c=l=p,s=o):l=l.next=p,H.lanes|=f,ad|=f;u=u.next}while(u!==null&&u!==t);if(l===null?s=o:l.next=c,!Hr(o,e.memoizedState)&&(Nc=!0,d&&(n=za,n!==null)))throw n;e.memoizedState=o,e.baseState=s,e.baseQueue=l,r.lastRenderedState=o}return a===null&&(r.lanes=0),[e.memoizedState,r.dispatch]}function hs(e){var t=ss(),n=t.queue;if(n===null)throw Error(i(311));n.lastRenderedReducer=e;var r=n.dispatch,a=n.pending,o=t.memoizedState;if(a!==null){n.pending=null;var s=a=a.next;do o=e(o,s.action),s=s.next;while(s!==a);Hr(o,t.memoizedState)||(Nc=!0),t.memoizedState=o,t.baseQueue===null&&(t.baseState=o),n.lastRenderedState=o}return[o,r]}function gs(e,t,n){var r=H,a=ss(),o=B;if(o){if(n===void 0)throw Error(i(407));n=n()}else n=t();var s=!Hr((Ho||a).memoizedState,n);if(s&&(a.memoizedState=n,Nc=!0),a=a.queue,Bs(ys.bind(null,r,a,e),[e]),e=a.getSnapshot!==t||s||Uo!==null&&!!(Uo.memoizedState.tag&1),Fs(e?9:8,{destroy:void 0},vs.bind(null,r,a,n,t),null),e){if(r.flags|=2048,J===null)throw Error(i(349));o||Vo&127||_s(r,t,n)}return n}function _s(e,t,n){e.flags|=16384,e={getSnapshot:t,value:n},t=H.updateQueue,t===null?(t=cs(),H.updateQueue=t,t.stores=[e]):(n=t.stores,n===null?t.stores=[e]:n.push(e))}function vs(e,t,n,r){t.value=n,t.getSnapshot=r,bs(t)&&xs(e)}function ys(e,t,n){return n(function(){bs(t)&&xs(e)})}function bs(e){var t=e.getSnapshot;e=e.value;try{var n=t();return!Hr(e,n)}catch{return!0}}function xs(e){var t=Oi(e,2);t!==null&&Nd(t,e,2)}function Ss(e){var t=os();if(typeof e==`function`){var n=e;if(e=n(),Ko){ot(!0);try{n()}finally{ot(!1)}}}return t.memoizedState=t.baseState=e,t.queue={pending:null,lanes:0,dispatch:null,lastRenderedReducer:fs,lastRenderedState:e},t}function Cs(e,t,n,r){return e.baseState=n,ms(e,Ho,typeof r==`function`?r:fs)}function ws(e,t,n,r,a){if(dc(e))throw Error(i(485));if(e=t.action,e!==null){var o={payload:a,action:e,next:null,isTransition:!0,status:`pending`,value:null,reason:null,listeners:[],then:function(e){o.listeners.push(e)}};O.T===null?o.isTransition=!1:n(!0),r(o),n=t.pending,n===null?(o.next=t.pending=o,Ts(t,o)):(o.next=n.next,t.pending=n.next=o)}}function Ts(e,t){var n=t.action,r=t.payload,i=e.state;if(t.isTransition){var a=O.T,o={};o.types=a===null?null:a.types,O.T=o;try{var s=n(i,r),c=O.S;c!==null&&c(o,s),Es(e,t,s)}catch(n){Os(e,t,n)}finally{a!==null&&o.types!==null&&(a.types=o.types),O.T=a}}else try{a=n(i,r),Es(e,t,a)}catch(n){Os(e,t,n)}}function Es(e,t,n){typeof n==`object`&&n&&typeof n.then==`function`?n.then(function(n){Ds(e,t,n)},function(n){return Os(e,t,n)}):Ds(e,t,n)}function Ds(e,t,n){t.status=`fulfilled`,t.value=n,ks(t),e.state=n,t=e.pending,t!==null&&(n=t.next,n===t?e.pending=null:(n=n.next,t.next=n,Ts(e,n)))}function Os(e,t,n){var r=e.pending;if(e.pending=null,r!==null){r=r.next;do t.status=`rejected`,t.reason=n,ks(t),t=t.next;while(t!==r)}e.action=null}function ks(e){e=e.listeners;for(var t=0;t<e.length;t++)(0,e[t])()}function As(e,t){return t}function js(e,t){if(B){var n=J.formState;if(n!==null){a:{var r=H;if(B){if(z){b:{for(var i=z,a=V;i.nodeType!==8;)if(!a||(i=lm(i.nextSibling),i===null)){i=null;break b}a=i.data,i=a===`F!`||a===`F`?i:null}if(i){z=lm(i.nextSibling),r=i.data===`F!`;break a}}sa(r)}r=!1}r&&(t=n[0])}}return n=os(),n.memoizedState=n.baseState=t,r={pending:null,lanes:0,dispatch:null,lastRenderedReducer:As,lastRenderedState:t},n.queue=r,n=cc.bind(null,H,r),r.dispatch=n,r=Ss(!1),a=uc.bind(null,H,!1,r.queue),r=os(),i={state:t,dispatch:null,action:e,pending:null},r.queue=i,n=ws.bind(null,H,i,a,n),i.dispatch=n,r.memoizedState=e,[t,n,!1]}function Ms(e){return Ns(ss(),Ho,e)}function Ns(e,t,n){if(t=ms(e,t,As)[0],e=ps(fs)[0],typeof t==`object`&&t&&typeof t.then==`function`)try{var r=ls(t)}catch(e){throw e===Ja?Xa:e}else r=t;t=ss();var i=t.queue,a=i.dispatch;return n!==t.memoizedState&&(H.flags|=2048,Fs(9,{destroy:void 0},Ps.bind(null,i,n),null)),[r,a,e]}function Ps(e,t){e.action=t}function U(e){var t=ss(),n=Ho;if(n!==null)return Ns(t,n,e);ss(),t=t.memoizedState,n=ss();var r=n.queue.dispatch;return n.memoizedState=e,[t,r,!1]}function Fs(e,t,n,r){return e={tag:e,create:n,deps:r,inst:t,next:null},t=H.updateQueue,t===null&&(t=cs(),H.updateQueue=t),n=t.lastEffect,n===null?t.lastEffect=e.next=e:(r=n.next,n.next=e,e.next=r,t.lastEffect=e),e}function Is(){return ss().memoizedState}function Ls(e,t,n,r){var i=os();H.flags|=e,i.memoizedState=Fs(1|t,{destroy:void 0},n,r===void 0?null:r)}function Rs(e,t,n,r){var i=ss();r=r===void 0?null:r;var a=i.memoizedState.inst;Ho!==null&&r!==null&&Qo(r,Ho.memoizedState.deps)?i.memoizedState=Fs(t,a,n,r):(H.flags|=e,i.memoizedState=Fs(1|t,a,n,r))}function zs(e,t){Ls(8390656,8,e,t)}function Bs(e,t){Rs(2048,8,e,t)}function Vs(e){H.flags|=4;var t=H.updateQueue;if(t===null)t=cs(),H.updateQueue=t,t.events=[e];else{var n=t.events;n===null?t.events=[e]:n.push(e)}}function Hs(e){var t=ss().memoizedState;return Vs({ref:t,nextImpl:e}),function(){if(q&2)throw Error(i(440));return t.impl.apply(void 0,arguments)}}function Us(e,t){return Rs(4,2,e,t)}function Ws(e,t){return Rs(4,4,e,t)}function Gs(e,t){if(typeof t==`function`){e=e();var n=t(e);return function(){typeof n==`function`?n():t(null)}}if(t!=null)return e=e(),t.current=e,function(){t.current=null}}function Ks(e,t,n){n=n==null?null:n.concat([e]),Rs(4,4,Gs.bind(null,t,e),n)}function qs(){}function Js(e,t){var n=ss();t=t===void 0?null:t;var r=n.memoizedState;return t!==null&&Qo(t,r[1])?r[0]:(n.memoizedState=[e,t],e)}function Ys(e,t){var n=ss();t=t===void 0?null:t;var r=n.memoizedState;if(t!==null&&Qo(t,r[1]))return r[0];if(r=e(),Ko){ot(!0);try{e()}finally{ot(!1)}}return n.memoizedState=[r,t],r}function Xs(e,t,n){return n===void 0||Vo&1073741824&&!(X&261930)?e.memoizedState=t:(e.memoizedState=n,e=jd(),H.lanes|=e,ad|=e,n)}function Zs(e,t,n,r){return Hr(n,t)?n:To.current===null?!(Vo&106)||Vo&1073741824&&!(X&261930)?(Nc=!0,e.memoizedState=n):(e=jd(),H.lanes|=e,ad|=e,t):(e=Xs(e,n,r),Hr(e,t)||(Nc=!0),e)}function Qs(e,t,n,r,i){var a=k.p;k.p=a!==0&&8>a?a:8;var o=O.T,s={};s.types=o===null?null:o.types,O.T=s,uc(e,!1,t,n);try{var c=i(),l=O.S;l!==null&&l(s,c),typeof c==`object`&&c&&typeof c.then==`function`?lc(e,t,Ha(c,r),Ad(e)):lc(e,t,r,Ad(e))}catch(n){lc(e,t,{then:function(){},status:`rejected`,reason:n},Ad())}finally{k.p=a,o!==null&&s.types!==null&&(o.types=s.types),O.T=o}}function $s(){}function ec(e,t,n,r){if(e.tag!==5)throw Error(i(476));var a=tc(e).queue;Qs(e,a,t,Ce,n===null?$s:function(){return nc(e),n(r)})}function tc(e){var t=e.memoizedState;if(t!==null)return t;t={memoizedState:Ce,baseState:Ce,baseQueue:null,queue:{pending:null,lanes:0,dispatch:null,lastRenderedReducer:fs,lastRenderedState:Ce},next:null};var n={};return t.next={memoizedState:n,baseState:n,baseQueue:null,queue:{pending:null,lanes:0,dispatch:null,lastRenderedReducer:fs,lastRenderedState:n},next:null},e.memoizedState=t,e=e.alternate,e!==null&&(e.memoizedState=t),t}function nc(e){var t=tc(e);t.next===null&&(t=e.alternate.memoizedState),lc(e,t.next.queue,{},Ad())}function rc(){return wa(sh)}function ic(){return ss().memoizedState}function ac(){return ss().memoizedState}function oc(e){for(var t=e.return;t!==null;){switch(t.tag){case 24:case 3:var n=Ad();e=go(n);var r=_o(t,e,n);r!==null&&(Nd(r,t,n),vo(r,t,n)),t={cache:ja()},e.payload=t;return}t=t.return}}function sc(e,t,n){var r=Ad();n={lane:r,revertLane:0,gesture:null,action:n,hasEagerState:!1,eagerState:null,next:null},dc(e)?fc(t,n):(n=Di(e,t,n,r),n!==null&&(Nd(n,e,r),pc(n,t,r)))}function cc(e,t,n){lc(e,t,n,Ad())}function lc(e,t,n,r){var i={lane:r,revertLane:0,gesture:null,action:n,hasEagerState:!1,eagerState:null,next:null};if(dc(e))fc(t,i);else{var a=e.alternate;if(e.lanes===0&&(a===null||a.lanes===0)&&(a=t.lastRenderedReducer,a!==null))try{var o=t.lastRenderedState,s=a(o,n);if(i.hasEagerState=!0,i.eagerState=s,Hr(s,o))return Ei(e,t,i,0),J===null&&Ti(),!1}catch{}if(n=Di(e,t,i,r),n!==null)return Nd(n,e,r),pc(n,t,r),!0}return!1}function uc(e,t,n,r){if(r={lane:2,revertLane:Pf(),gesture:null,action:r,hasEagerState:!1,eagerState:null,next:null},dc(e)){if(t)throw Error(i(479))}else t=Di(e,n,r,2),t!==null&&Nd(t,e,2)}function dc(e){var t=e.alternate;return e===H||t!==null&&t===H}function fc(e,t){Go=Wo=!0;var n=e.pending;n===null?t.next=t:(t.next=n.next,n.next=t),e.pending=t}function pc(e,t,n){if(n&4194048){var r=t.lanes;r&=e.pendingLanes,n|=r,t.lanes=n,wt(e,n)}}var mc={readContext:wa,use:us,useCallback:Zo,useContext:Zo,useEffect:Zo,useImperativeHandle:Zo,useLayoutEffect:Zo,useInsertionEffect:Zo,useMemo:Zo,useReducer:Zo,useRef:Zo,useState:Zo,useDebugValue:Zo,useDeferredValue:Zo,useTransition:Zo,useSyncExternalStore:Zo,useId:Zo,useHostTransitionStatus:Zo,useFormState:Zo,useActionState:Zo,useOptimistic:Zo,useMemoCache:Zo,useCacheRefresh:Zo,useEffectEvent:Zo},hc={readContext:wa,use:us,useCallback:function(e,t){return os().memoizedState=[e,t===void 0?null:t],e},useContext:wa,useEffect:zs,useImperativeHandle:function(e,t,n){n=n==null?null:n.concat([e]),Ls(4194308,4,Gs.bind(null,t,e),n)},useLayoutEffect:function(e,t){return Ls(4194308,4,e,t)},useInsertionEffect:function(e,t){Ls(4,2,e,t)},useMemo:function(e,t){var n=os();t=t===void 0?null:t;var r=e();if(Ko){ot(!0);try{e()}finally{ot(!1)}}return n.memoizedState=[r,t],r},useReducer:function(e,t,n){var r=os();if(n!==void 0){var i=n(t);if(Ko){ot(!0);try{n(t)}finally{ot(!1)}}}else i=t;return r.memoizedState=r.baseState=i,e={pending:null,lanes:0,dispatch:null,lastRenderedReducer:e,lastRenderedState:i},r.queue=e,e=e.dispatch=sc.bind(null,H,e),[r.memoizedState,e]},useRef:function(e){var t=os();return e={current:e},t.memoizedState=e},useState:function(e){e=Ss(e);var t=e.queue,n=cc.bind(null,H,t);return t.dispatch=n,[e.memoizedState,n]},useDebugValue:qs,useDeferredValue:function(e,t){return Xs(os(),e,t)},useTransition:function(){var e=Ss(!1);return e=Qs.bind(null,H,e.queue,!0,!1),os().memoizedState=e,[!1,e]},useSyncExternalStore:function(e,t,n){var r=H,a=os();if(B){if(n===void 0)throw Error(i(407));n=n()}else{if(n=t(),J===null)throw Error(i(349));X&127||_s(r,t,n)}a.memoizedState=n;var o={value:n,getSnapshot:t};return a.queue=o,zs(ys.bind(null,r,o,e),[e]),r.flags|=2048,Fs(9,{destroy:void 0},vs.bind(null,r,o,n,t),null),n},useId:function(){var e=os(),t=J.identifierPrefix;if(B){var n=Qi,r=Zi;n=(r&~(1<<32-st(r)-1)).toString(32)+n,t=`_`+t+`R_`+n,n=qo++,0<n&&(t+=`H`+n.toString(32)),t+=`_`}else n=Xo++,t=`_`+t+`r_`+n.toString(32)+`_`;return e.memoizedState=t},useHostTransitionStatus:rc,useFormState:js,useActionState:js,useOptimistic:function(e){var t=os();t.memoizedState=t.baseState=e;var n={pending:null,lanes:0,dispatch:null,lastRenderedReducer:null,lastRenderedState:null};return t.queue=n,t=uc.bind(null,H,!0,n),n.dispatch=t,[e,t]},useMemoCache:ds,useCacheRefresh:function(){return os().memoizedState=oc.bind(null,H)},useEffectEvent:function(e){var t=os(),n={impl:e};return t.memoizedState=n,function(){if(q&2)throw Error(i(440));return n.impl.apply(void 0,arguments)}}},gc={readContext:wa,use:us,useCallback:Js,useContext:wa,useEffect:Bs,useImperativeHandle:Ks,useInsertionEffect:Us,useLayoutEffect:Ws,useMemo:Ys,useReducer:ps,useRef:Is,useState:function(){return ps(fs)},useDebugValue:qs,useDeferredValue:function(e,t){return Zs(ss(),Ho.memoizedState,e,t)},useTransition:function(){var e=ps(fs)[0],t=ss().memoizedState;return[typeof e==`boolean`?e:ls(e),t]},useSyncExternalStore:gs,useId:ic,useHostTransitionStatus:rc,useFormState:Ms,useActionState:Ms,useOptimistic:function(e,t){return Cs(ss(),Ho,e,t)},useMemoCache:ds,useCacheRefresh:ac,useEffectEvent:Hs},_c={readContext:wa,use:us,useCallback:Js,useContext:wa,useEffect:Bs,useImperativeHandle:Ks,useInsertionEffect:Us,useLayoutEffect:Ws,useMemo:Ys,useReducer:hs,useRef:Is,useState:function(){return hs(fs)},useDebugValue:qs,useDeferredValue:function(e,t){var n=ss();return Ho===null?Xs(n,e,t):Zs(n,Ho.memoizedState,e,t)},useTransition:function(){var e=hs(fs)[0],t=ss().memoizedState;return[typeof e==`boolean`?e:ls(e),t]},useSyncExternalStore:gs,useId:ic,useHostTransitionStatus:rc,useFormState:U,useActionState:U,useOptimistic:function(e,t){var n=ss();return Ho===null?(n.baseState=e,[e,n.queue.dispatch]):Cs(n,Ho,e,t)},useMemoCache:ds,useCacheRefresh:ac,useEffectEvent:Hs};function vc(e,t,n,r){t=e.memoizedState,n=n(r,t),n=n==null?t:D({},t,n),e.memoizedState=n,e.lanes===0&&(e.updateQueue.baseState=n)}var yc={enqueueSetState:function(e,t,n){e=e._reactInternals;var r=Ad(),i=go(r);i.payload=t,n!=null&&(i.callback=n),t=_o(e,i,r),t!==null&&(Nd(t,e,r),vo(t,e,r))},enqueueReplaceState:function(e,t,n){e=e._reactInternals;var r=Ad(),i=go(r);i.tag=1,i.payload=t,n!=null&&(i.callback=n),t=_o(e,i,r),t!==null&&(Nd(t,e,r),vo(t,e,r))},enqueueForceUpdate:function(e,t){e=e._reactInternals;var n=Ad(),r=go(n);r.tag=2,t!=null&&(r.callback=t),t=_o(e,r,n),t!==null&&(Nd(t,e,n),vo(t,e,n))}};function bc(e,t,n,r,i,a,o){return e=e.stateNode,typeof e.shouldComponentUpdate==`function`?e.shouldComponentUpdate(r,a,o):t.prototype&&t.prototype.isPureReactComponent?!Ur(n,r)||!Ur(i,a):!0}function xc(e,t,n,r){e=t.state,typeof t.componentWillReceiveProps==`function`&&t.componentWillReceiveProps(n,r),typeof t.UNSAFE_componentWillReceiveProps==`function`&&t.UNSAFE_componentWillReceiveProps(n,r),t.state!==e&&yc.enqueueReplaceState(t,t.state,null)}function Sc(e,t){var n=t;if(`ref`in t)for(var r in n={},t)r!==`ref`&&(n[r]=t[r]);if(e=e.defaultProps)for(var i in n===t&&(n=D({},n)),e)n[i]===void 0&&(n[i]=e[i]);return n}function Cc(e){xi(e)}function wc(e){console.error(e)}function Tc(e){xi(e)}function Ec(e,t){try{var n=e.onUncaughtError;n(t.value,{componentStack:t.stack})}catch(e){setTimeout(function(){throw e})}}function Dc(e,t,n){try{var r=e.onCaughtError;r(n.value,{componentStack:n.stack,errorBoundary:t.tag===1?t.stateNode:null})}catch(e){setTimeout(function(){throw e})}}function Oc(e,t,n){return n=go(n),n.tag=3,n.payload={element:null},n.callback=function(){Ec(e,t)},n}function kc(e){return e=go(e),e.tag=3,e}function Ac(e,t,n,r){var i=n.type.getDerivedStateFromError;if(typeof i==`function`){var a=r.value;e.payload=function(){return i(a)},e.callback=function(){Dc(t,n,r)}}var o=n.stateNode;o!==null&&typeof o.componentDidCatch==`function`&&(e.callback=function(){Dc(t,n,r),typeof i!=`function`&&(_d===null?_d=new Set([this]):_d.add(this));var e=r.stack;this.componentDidCatch(r.value,{componentStack:e===null?``:e})})}function jc(e,t,n,r,a){if(n.flags|=32768,typeof r==`object`&&r&&typeof r.then==`function`){if(t=n.alternate,t!==null&&xa(t,n,a,!0),n=Ao.current,n!==null){switch(n.tag){case 31:case 13:case 19:return jo===null?Gd():n.alternate===null&&id===0&&(id=3),n.flags&=-257,n.flags|=65536,n.lanes=a,r===Za?n.flags|=16384:(t=n.updateQueue,t===null?n.updateQueue=new Set([r]):t.add(r),mf(e,r,a)),!1;case 22:return n.flags|=65536,r===Za?n.flags|=16384:(t=n.updateQueue,t===null?(t={transitions:null,markerInstances:null,retryQueue:new Set([r])},n.updateQueue=t):(n=t.retryQueue,n===null?t.retryQueue=new Set([r]):n.add(r)),mf(e,r,a)),!1}throw Error(i(435,n.tag))}return mf(e,r,a),Gd(),!1}if(B)return t=Ao.current,t===null?(r!==oa&&(t=Error(i(423),{cause:r}),pa(Ui(t,n))),e=e.current.alternate,e.flags|=65536,a&=-a,e.lanes|=a,r=Ui(r,n),a=Oc(e.stateNode,r,a),yo(e,a),id!==4&&(id=2)):(!(t.flags&65536)&&(t.flags|=256),t.flags|=65536,t.lanes=a,r!==oa&&(e=Error(i(422),{cause:r}),pa(Ui(e,n)))),!1;var o=Error(i(520),{cause:r});if(o=Ui(o,n),ud===null?ud=[o]:ud.push(o),id!==4&&(id=2),t===null)return!0;r=Ui(r,n),n=t;do{switch(n.tag){case 3:return n.flags|=65536,e=a&-a,n.lanes|=e,e=Oc(n.stateNode,r,e),yo(n,e),!1;case 1:if(t=n.type,o=n.stateNode,!(n.flags&128)&&(typeof t.getDerivedStateFromError==`function`||o!==null&&typeof o.componentDidCatch==`function`&&(_d===null||!_d.has(o))))return n.flags|=65536,a&=-a,n.lanes|=a,a=kc(a),Ac(a,e,n,r),yo(n,a),!1;break;case 22:if(n.memoizedState!==null)return n.flags|=65536,!1}n=n.return}while(n!==null);return!1}var Mc=Error(i(461)),Nc=!1;function Pc(e,t,n,r){t.child=e===null?fo(t,null,n,r):uo(t,e.child,n,r)}function Fc(e,t,n,r,i){n=n.render;var a=t.ref;if(`ref`in r){var o={};for(var s in r)s!==`ref`&&(o[s]=r[s])}else o=r;return Ca(t),r=$o(e,t,n,o,a,i),s=rs(),e!==null&&!Nc?(is(e,t,i),ll(e,t,i)):(B&&s&&ta(t),t.flags|=1,Pc(e,t,r,i),t.child)}function Ic(e,t,n,r,i){if(e===null){var a=n.type;return typeof a==`function`&&!Pi(a)&&a.defaultProps===void 0&&n.compare===null?(t.tag=15,t.type=a,Lc(e,t,a,r,i)):(e=Li(n.type,null,r,t,t.mode,i),e.ref=t.ref,e.return=t,t.child=e)}if(a=e.child,!ul(e,i)){var o=a.memoizedProps;if(n=n.compare,n=n===null?Ur:n,n(o,r)&&e.ref===t.ref)return ll(e,t,i)}return t.flags|=1,e=Fi(a,r),e.ref=t.ref,e.return=t,t.child=e}function Lc(e,t,n,r,i){if(e!==null){var a=e.memoizedProps;if(Ur(a,r)&&e.ref===t.ref){if(Nc=!1,t.pendingProps=r=a,ul(e,i))e.flags&131072&&(Nc=!0);else return t.lanes=e.lanes,ll(e,t,i)}}return Gc(e,t,n,r,i)}function Rc(e,t,n,r){var i=r.children,a=e===null?null:e.memoizedState;if(e===null&&t.stateNode===null&&(t.stateNode={_visibility:1,_pendingMarkers:null,_retryCache:null,_transitions:null}),r.mode===`hidden`){if(t.flags&128){if(a=a===null?n:a.baseLanes|n,e!==null){for(r=t.child=e.child,i=0;r!==null;)i=i|r.lanes|r.childLanes,r=r.sibling;r=i&~a}else r=0,t.child=null;return Bc(e,t,a,n,r)}if(n&536870912)t.memoizedState={baseLanes:0,cachePool:null},e!==null&&Ka(t,a===null?null:a.cachePool),a===null?Oo():Do(t,a),Po(t);else return r=t.lanes=536870912,Bc(e,t,a===null?n:a.baseLanes|n,n,r)}else a===null?(e!==null&&Ka(t,null),Oo(),Fo()):(Ka(t,a.cachePool),Do(t,a),Fo(),t.memoizedState=null);return Pc(e,t,i,n),t.child}function zc(e,t){return e!==null&&e.tag===22||t.stateNode!==null||(t.stateNode={_visibility:1,_pendingMarkers:null,_retryCache:null,_transitions:null}),t.sibling}function Bc(e,t,n,r,i){var a=Ga();return a=a===null?null:{parent:Aa._currentValue,pool:a},t.memoizedState={baseLanes:n,cachePool:a},e!==null&&Ka(t,null),Oo(),Po(t),e!==null&&xa(e,t,r,!0),t.childLanes=i,null}function Vc(e,t){return t=el({mode:t.mode,children:t.children},e.mode),t.ref=e.ref,e.child=t,t.return=e,t}function Hc(e,t,n){return uo(t,e.child,null,n),e=Vc(t,t.pendingProps),e.flags|=2,Io(t),t.memoizedState=null,e}function Uc(e,t,n){var r=t.pendingProps,a=!!(t.flags&128);if(t.flags&=-129,e===null){if(B){if(r.mode===`hidden`)return e=Vc(t,r),t.lanes=536870912,e.memoizedState={baseLanes:0,cachePool:null},zc(null,e);if(No(t),(e=z)?(e=am(e,V),e=e!==null&&e.data===`&`?e:null,e!==null&&(t.memoizedState={dehydrated:e,treeContext:Xi===null?null:{id:Zi,overflow:Qi},retryLane:536870912,hydrationErrors:null},n=Bi(e),n.return=t,t.child=n,ia=t,z=null)):e=null,e===null)throw sa(t);return t.lanes=536870912,null}return Vc(t,r)}var o=e.memoizedState;if(o!==null){var s=o.dehydrated;if(No(t),a){if(t.flags&256)t.flags&=-257,t=Hc(e,t,n);else if(t.memoizedState!==null)t.child=e.child,t.flags|=128,t=null;else throw Error(i(558))}else if(Nc||xa(e,t,n,!1),a=(n&e.childLanes)!==0,Nc||a){if(To.current===null){if(r=J,r!==null&&(s=Tt(r,n),s!==0&&s!==o.retryLane))throw o.retryLane=s,Oi(e,s),Nd(r,e,s),Mc;Gd()}t=Hc(e,t,n)}else e=o.treeContext,z=lm(s.nextSibling),ia=t,B=!0,aa=null,V=!1,e!==null&&ra(t,e),t=Vc(t,r),t.flags|=134221824;return t}return e=Fi(e.child,{mode:r.mode,children:r.children}),e.ref=t.ref,t.child=e,e.return=t,e}function Wc(e,t){var n=t.ref;if(n===null)e!==null&&e.ref!==null&&(t.flags|=4194816);else{if(typeof n!=`function`&&typeof n!=`object`)throw Error(i(284));(e===null||e.ref!==n)&&(t.flags|=4194816)}}function Gc(e,t,n,r,i){return Ca(t),n=$o(e,t,n,r,void 0,i),r=rs(),e!==null&&!Nc?(is(e,t,i),ll(e,t,i)):(B&&r&&ta(t),t.flags|=1,Pc(e,t,n,i),t.child)}function Kc(e,t,n,r,i,a){return Ca(t),t.updateQueue=null,n=ts(t,r,n,i),es(e),r=rs(),e!==null&&!Nc?(is(e,t,a),ll(e,t,a)):(B&&r&&ta(t),t.flags|=1,Pc(e,t,n,a),t.child)}function qc(e,t,n,r,i){if(Ca(t),t.stateNode===null){var a=ji,o=n.contextType;typeof o==`object`&&o&&(a=wa(o)),a=new n(r,a),t.memoizedState=a.state!==null&&a.state!==void 0?a.state:null,a.updater=yc,t.stateNode=a,a._reactInternals=t,a=t.stateNode,a.props=r,a.state=t.memoizedState,a.refs={},mo(t),o=n.contextType,a.context=typeof o==`object`&&o?wa(o):ji,a.state=t.memoizedState,o=n.getDerivedStateFromProps,typeof o==`function`&&(vc(t,n,o,r),a.state=t.memoizedState),typeof n.getDerivedStateFromProps==`function`||typeof a.getSnapshotBeforeUpdate==`function`||typeof a.UNSAFE_componentWillMount!=`function`&&typeof a.componentWillMount!=`function`||(o=a.state,typeof a.componentWillMount==`function`&&a.componentWillMount(),typeof a.UNSAFE_componentWillMount==`function`&&a.UNSAFE_componentWillMount(),o!==a.state&&yc.enqueueReplaceState(a,a.state,null),So(t,r,a,i),xo(),a.state=t.memoizedState),typeof a.componentDidMount==`function`&&(t.flags|=4194308),r=!0}else if(e===null){a=t.stateNode;var s=t.memoizedProps,c=Sc(n,s);a.props=c;var l=a.context,u=n.contextType;o=ji,typeof u==`object`&&u&&(o=wa(u));var d=n.getDerivedStateFromProps;u=typeof d==`function`||typeof a.getSnapshotBeforeUpdate==`function`,s=t.pendingProps!==s,u||typeof a.UNSAFE_componentWillReceiveProps!=`function`&&typeof a.componentWillReceiveProps!=`function`||(s||l!==o)&&xc(t,a,r,o),po=!1;var f=t.memoizedState;a.state=f,So(t,r,a,i),xo(),l=t.memoizedState,s||f!==l||po?(typeof d==`function`&&(vc(t,n,d,r),l=t.memoizedState),(c=po||bc(t,n,c,r,f,l,o))?(u||typeof a.UNSAFE_componentWillMount!=`function`&&typeof a.componentWillMount!=`function`||(typeof a.componentWillMount==`function`&&a.componentWillMount(),typeof a.UNSAFE_componentWillMount==`function`&&a.UNSAFE_componentWillMount()),typeof a.componentDidMount==`function`&&(t.flags|=4194308)):(typeof a.componentDidMount==`function`&&(t.flags|=4194308),t.memoizedProps=r,t.memoizedState=l),a.props=r,a.state=l,a.context=o,r=c):(typeof a.componentDidMount==`function`&&(t.flags|=4194308),r=!1)}else{a=t.stateNode,ho(e,t),o=t.memoizedProps,u=Sc(n,o),a.props=u,d=t.pendingProps,f=a.context,l=n.contextType,c=ji,typeof l==`object`&&l&&(c=wa(l)),s=n.getDerivedStateFromProps,(l=typeof s==`function`||typeof a.getSnapshotBeforeUpdate==`function`)||typeof a.UNSAFE_componentWillReceiveProps!=`function`&&typeof a.componentWillReceiveProps!=`function`||(o!==d||f!==c)&&xc(t,a,r,c),po=!1,f=t.memoizedState,a.state=f,So(t,r,a,i),xo();var p=t.memoizedState;o!==d||f!==p||po||e!==null&&e.dependencies!==null&&Sa(e.dependencies)?(typeof s==`function`&&(vc(t,n,s,r),p=t.memoizedState),(u=po||bc(t,n,u,r,f,p,c)||e!==null&&e.dependencies!==null&&Sa(e.dependencies))?(l||typeof a.UNSAFE_componentWillUpdate!=`function`&&typeof a.componentWillUpdate!=`function`||(typeof a.componentWillUpdate==`function`&&a.componentWillUpdate(r,p,c),typeof a.UNSAFE_componentWillUpdate==`function`&&a.UNSAFE_componentWillUpdate(r,p,c)),typeof a.componentDidUpdate==`function`&&(t.flags|=4),typeof a.getSnapshotBeforeUpdate==`function`&&(t.flags|=1024)):(typeof a.componentDidUpdate!=`function`||o===e.memoizedProps&&f===e.memoizedState||(t.flags|=4),typeof a.getSnapshotBeforeUpdate!=`function`||o===e.memoizedProps&&f===e.memoizedState||(t.flags|=1024),t.memoizedProps=r,t.memoizedState=p),a.props=r,a.state=p,a.context=c,r=u):(typeof a.componentDidUpdate!=`function`||o===e.memoizedProps&&f===e.memoizedState||(t.flags|=4),typeof a.getSnapshotBeforeUpdate!=`function`||o===e.memoizedProps&&f===e.memoizedState||(t.flags|=1024),r=!1)}return a=r,Wc(e,t),r=!!(t.flags&128),a||r?(a=t.stateNode,n=r&&typeof n.getDerivedStateFromError!=`function`?null:a.render(),t.flags|=1,e!==null&&r?(t.child=uo(t,e.child,null,i),t.child=uo(t,null,n,i)):Pc(e,t,n,i),t.memoizedState=a.state,e=t.child):e=ll(e,t,i),e}function Jc(e,t,n,r){return da(),t.flags|=256,Pc(e,t,n,r),t.child}var Yc={dehydrated:null,treeContext:null,retryLane:0,hydrationErrors:null};function Xc(e){return{baseLanes:e,cachePool:qa()}}function Zc(e,t,n){return e=e===null?0:e.childLanes&~n,t&&(e|=cd),e}function Qc(e,t,n){var r=t.pendingProps,i=!1,a=!!(t.flags&128),o;if((o=a)||(o=e!==null&&e.memoizedState===null?!1:!!(Lo.current&2)),o&&(i=!0,t.flags&=-129),o=!!(t.flags&32),t.flags&=-33,e===null){if(B){if(i?Mo(t):Fo(),(e=z)?(e=am(e,V),e=e!==null&&e.data!==`&`?e:null,e!==null&&(t.memoizedState={dehydrated:e,treeContext:Xi===null?null:{id:Zi,overflow:Qi},retryLane:536870912,hydrationErrors:null},n=Bi(e),n.return=t,t.child=n,ia=t,z=null)):e=null,e===null)throw sa(t);return t.lanes=sm(e)?32:536870912,null}return a=r.children,r=r.fallback,i?(Fo(),i=t.mode,a=el({mode:`hidden`,children:a},i),r=Ri(r,i,n,null),a.return=t,r.return=t,a.sibling=r,t.child=a,r=t.child,r.memoizedState=Xc(n),r.childLanes=Zc(e,o,n),t.memoizedState=Yc,zc(null,r)):(Mo(t),$c(t,a))}var s=e.memoizedState;if(s!==null){var c=s.dehydrated;if(c!==null)return nl(e,t,a,o,r,c,s,n)}return i?(Fo(),i=r.fallback,a=t.mode,s=e.child,c=s.sibling,r=Fi(s,{mode:`hidden`,children:r.children}),r.subtreeFlags=s.subtreeFlags&1206910976,c===null?(i=Ri(i,a,n,null),i.flags|=2):i=Fi(c,i),i.return=t,r.return=t,r.sibling=i,t.child=r,zc(null,r),r=t.child,i=e.child.memoizedState,i===null?i=Xc(n):(a=i.cachePool,a===null?a=qa():(s=Aa._currentValue,a=a.parent===s?a:{parent:s,pool:s}),i={baseLanes:i.baseLanes|n,cachePool:a}),r.memoizedState=i,r.childLanes=Zc(e,o,n),t.memoizedState=Yc,zc(e.child,r)):(Mo(t),n=e.child,e=n.sibling,n=Fi(n,{mode:`visible`,children:r.children}),n.return=t,n.sibling=null,e!==null&&(o=t.deletions,o===null?(t.deletions=[e],t.flags|=16):o.push(e)),t.child=n,t.memoizedState=null,n)}function $c(e,t){return t=el({mode:`visible`,children:t},e.mode),t.return=e,e.child=t}function el(e,t){return e=Ni(22,e,null,t),e.lanes=0,e}function tl(e,t,n){return uo(t,e.child,null,n),e=$c(t,t.pendingProps.children),e.flags|=2,t.memoizedState=null,e}function nl(e,t,n,r,a,o,s,c){if(n)return t.flags&256?(Mo(t),t.flags&=-257,tl(e,t,c)):t.memoizedState===null?(Fo(),o=a.fallback,s=t.mode,a=el({mode:`visible`,children:a.children},s),o=Ri(o,s,c,null),o.flags|=2,a.return=t,o.return=t,a.sibling=o,t.child=a,uo(t,e.child,null,c),a=t.child,a.memoizedState=Xc(c),a.childLanes=Zc(e,r,c),t.memoizedState=Yc,zc(null,a)):(Fo(),t.child=e.child,t.flags|=128,null);if(Mo(t),sm(o)){if(r=o.nextSibling&&o.nextSibling.dataset,r)var l=r.dgst;return r=l,r!==``&&(a=Error(i(419)),a.stack=``,a.digest=r,pa({value:a,source:null,stack:null})),tl(e,t,c)}if(Nc||xa(e,t,c,!1),r=(c&e.childLanes)!==0,Nc||r){if(To.current!==null)return tl(e,t,c);if(r=J,r!==null&&(a=Tt(r,c),a!==0&&a!==s.retryLane))throw s.retryLane=a,Oi(e,a),Nd(r,e,a),Mc;return om(o)||Gd(),tl(e,t,c)}return om(o)?(t.flags|=192,t.child=e.child,null):(e=s.treeContext,z=lm(o.nextSibling),ia=t,B=!0,aa=null,V=!1,e!==null&&ra(t,e),t=$c(t,a.children),t.flags|=134221824,t)}function rl(e,t,n){e.lanes|=t;var r=e.alternate;r!==null&&(r.lanes|=t),ya(e.return,t,n)}function il(e){for(var t=null;e!==null;){var n=e.alternate;n!==null&&Bo(n)===null&&(t=e),e=e.sibling}return t}function al(e,t,n,r,i,a){var o=e.memoizedState;o===null?e.memoizedState={isBackwards:t,rendering:null,renderingStartTime:0,last:r,tail:n,tailMode:i,treeForkCount:a}:(o.isBackwards=t,o.rendering=null,o.renderingStartTime=0,o.last=r,o.tail=n,o.tailMode=i,o.treeForkCount=a)}function ol(e){var t=e.child;for(e.child=null;t!==null;){var n=t.sibling;t.sibling=e.child,e.child=t,t=n}}function sl(e,t,n){var r=t.pendingProps,i=r.revealOrder,a=r.tail;r=r.children;var o=Lo.current;if(t.flags&128)return Ro(t,o),null;var s=!!(o&2);if(s?(o=o&1|2,t.flags|=128):o&=1,Ro(t,o),i===`backwards`&&e!==null?(ol(e),Pc(e,t,r,n),ol(e)):Pc(e,t,r,n),r=B?qi:0,!s&&e!==null&&e.flags&128)a:for(e=t.child;e!==null;){if(e.tag===13)e.memoizedState!==null&&rl(e,n,t);else if(e.tag===19)rl(e,n,t);else if(e.child!==null){e.child.return=e,e=e.child;continue}if(e===t)break a;for(;e.sibling===null;){if(e.return===null||e.return===t)break a;e=e.return}e.sibling.return=e.return,e=e.sibling}switch(i){case`backwards`:n=il(t.child),n===null?(i=t.child,t.child=null):(i=n.sibling,n.sibling=null,ol(t)),al(t,!0,i,null,a,r);break;case`unstable_legacy-backwards`:for(n=null,i=t.child,t.child=null;i!==null;){if(e=i.alternate,e!==null&&Bo(e)===null){t.child=i;break}e=i.sibling,i.sibling=n,n=i,i=e}al(t,!0,n,null,a,r);break;case`together`:al(t,!1,null,null,void 0,r);break;case`independent`:t.memoizedState=null;break;default:n=il(t.child),n===null?(i=t.child,t.child=null):(i=n.sibling,n.sibling=null),al(t,!1,i,n,a,r)}return t.child}function cl(e,t,n){var r=t.pendingProps;return _a(t,t.type,r.value),Pc(e,t,r.children,n),t.child}function ll(e,t,n){if(e!==null&&(t.dependencies=e.dependencies),ad|=t.lanes,(n&t.childLanes)===0){if(e!==null){if(xa(e,t,n,!1),(n&t.childLanes)===0)return null}else return null}if(e!==null&&t.child!==e.child)throw Error(i(153));if(t.child!==null){for(e=t.child,n=Fi(e,e.pendingProps),t.child=n,n.return=t;e.sibling!==null;)e=e.sibling,n=n.sibling=Fi(e,e.pendingProps),n.return=t;n.sibling=null}return t.child}function ul(e,t){return(e.lanes&t)!==0||(e=e.dependencies,!!(e!==null&&Sa(e)))}function dl(e,t,n){switch(t.tag){case 3:Ne(t,t.stateNode.containerInfo),_a(t,Aa,e.memoizedState.cache),da();break;case 27:case 5:Fe(t);break;case 4:Ne(t,t.stateNode.containerInfo);break;case 10:_a(t,t.type,t.memoizedProps.value);break;case 31:if(t.memoizedState!==null)return t.flags|=128,No(t),null;break;case 13:var r=t.memoizedState;if(r!==null){if(r.dehydrated!==null)return Mo(t),t.flags|=128,null;r=xa(e,t,n,!1);var i=t.child.childLanes;return r||(n&i)!==0?Qc(e,t,n):(Mo(t),e=ll(e,t,n),e===null?null:e.sibling)}Mo(t);break;case 19:if(t.flags&128)return sl(e,t,n);if(i=!!(e.flags&128),r=(n&t.childLanes)!==0,r||=(xa(e,t,n,!1),(n&t.childLanes)!==0),i){if(r)return sl(e,t,n);t.flags|=128}if(i=t.memoizedState,i!==null&&(i.rendering=null,i.tail=null,i.lastEffect=null),Ro(t,Lo.current),r)break;return null;case 22:return t.lanes=0,Rc(e,t,n,t.pendingProps);case 24:_a(t,Aa,e.memoizedState.cache)}return ll(e,t,n)}function fl(e,t,n){if(e!==null){if(e.memoizedProps!==t.pendingProps)Nc=!0;else{if(!ul(e,n)&&!(t.flags&128))return Nc=!1,dl(e,t,n);Nc=!!(e.flags&131072)}}else Nc=!1,B&&t.flags&1048576&&ea(t,qi,t.index);switch(t.lanes=0,t.tag){case 16:a:{var r=t.pendingProps;if(e=eo(t.elementType),t.type=e,typeof e==`function`)Pi(e)?(r=Sc(e,r),t.tag=1,t=qc(null,t,e,r,n)):(t.tag=0,t=Gc(null,t,e,r,n));else{if(e!=null){var a=e.$$typeof;if(a===ce){t.tag=11,t=Fc(null,t,e,r,n);break a}if(a===de){t.tag=14,t=Ic(null,t,e,r,n);break a}if(a===se){t.tag=10,t.type=e,t=cl(null,t,n);break a}}throw t=xe(e)||e,Error(i(306,t,``))}}return t;case 0:return Gc(e,t,t.type,t.pendingProps,n);case 1:return r=t.type,a=Sc(r,t.pendingProps),qc(e,t,r,a,n);case 3:a:{if(Ne(t,t.stateNode.containerInfo),e===null)throw Error(i(387));r=t.pendingProps;var o=t.memoizedState;a=o.element,ho(e,t),So(t,r,null,n);var s=t.memoizedState;if(r=s.cache,_a(t,Aa,r),r!==o.cache&&ba(t,[Aa],n,!0),xo(),r=s.element,o.isDehydrated){if(o={element:r,isDehydrated:!1,cache:s.cache},t.updateQueue.baseState=o,t.memoizedState=o,t.flags&256){t=Jc(e,t,r,n);break a}if(r!==a){a=Ui(Error(i(424)),t),pa(a),t=Jc(e,t,r,n);break a}switch(e=t.stateNode.containerInfo,e.nodeType){case 9:e=e.body;break;default:e=e.nodeName===`HTML`?e.ownerDocument.body:e}for(z=lm(e.firstChild),ia=t,B=!0,aa=null,V=!0,n=fo(t,null,r,n),t.child=n;n;)n.flags=n.flags&-3|134221824,n=n.sibling}else{if(da(),r===a){t=ll(e,t,n);break a}Pc(e,t,r,n)}t=t.child}return t;case 26:return Wc(e,t),e===null?(n=Nm(t.type,null,t.pendingProps,null))?t.memoizedState=n:B||(t.stateNode=fp(t.type,t.pendingProps,je.current,t)):t.memoizedState=Nm(t.type,e.memoizedProps,t.pendingProps,e.memoizedState),null;case 27:return Fe(t),e===null&&B&&(r=t.stateNode=hm(t.type,t.pendingProps,je.current),ia=t,V=!0,a=z,Sp(t.type)?(um=a,z=lm(r.firstChild)):z=a),Pc(e,t,t.pendingProps.children,n),Wc(e,t),e===null&&(t.flags|=4194304),t.child;case 5:return e===null&&B&&((a=r=z)&&(r=rm(r,t.type,t.pendingProps,V),r===null?a=!1:(t.stateNode=r,ia=t,z=lm(r.firstChild),V=!1,a=!0)),a||sa(t)),Fe(t),a=t.type,o=t.pendingProps,s=e===null?null:e.memoizedProps,r=o.children,pp(a,o)?r=null:s!==null&&pp(a,s)&&(t.flags|=32),t.memoizedState!==null&&(a=$o(e,t,ns,null,null,n),sh._currentValue=a),Wc(e,t),Pc(e,t,r,n),t.child;case 6:return e===null&&B&&((e=n=z)&&(n=im(n,t.pendingProps,V),n===null?e=!1:(t.stateNode=n,ia=t,z=null,e=!0)),e||sa(t)),null;case 13:return Qc(e,t,n);case 4:return Ne(t,t.stateNode.containerInfo),r=t.pendingProps,e===null?t.child=uo(t,null,r,n):Pc(e,t,r,n),t.child;case 11:return Fc(e,t,t.type,t.pendingProps,n);case 7:return r=t.pendingProps,Wc(e,t),Pc(e,t,r,n),t.child;case 8:return Pc(e,t,t.pendingProps.children,n),t.child;case 12:return Pc(e,t,t.pendingProps.children,n),t.child;case 10:return cl(e,t,n);case 9:return a=t.type._context,r=t.pendingProps.children,Ca(t),a=wa(a),r=r(a),t.flags|=1,Pc(e,t,r,n),t.child;case 14:return Ic(e,t,t.type,t.pendingProps,n);case 15:return Lc(e,t,t.type,t.pendingProps,n);case 19:return sl(e,t,n);case 31:return Uc(e,t,n);case 22:return Rc(e,t,n,t.pendingProps);case 24:return Ca(t),r=wa(Aa),e===null?(a=Ga(),a===null&&(a=J,o=ja(),a.pooledCache=o,o.refCount++,o!==null&&(a.pooledCacheLanes|=n),a=o),t.memoizedState={parent:r,cache:a},mo(t),_a(t,Aa,a)):((e.lanes&n)!==0&&(ho(e,t),So(t,null,null,n),xo()),a=e.memoizedState,o=t.memoizedState,a.parent===r?(r=o.cache,_a(t,Aa,r),r!==a.cache&&ba(t,[Aa],n,!0)):(a={parent:r,cache:r},t.memoizedState=a,t.lanes===0&&(t.memoizedState=t.updateQueue.baseState=a),_a(t,Aa,r))),Pc(e,t,t.pendingProps.children,n),t.child;case 30:return t.stateNode===null&&(t.stateNode={autoName:null,paired:null,clones:null,ref:null}),r=t.pendingProps,r.name!=null&&r.name!==`auto`?t.flags|=e===null?18882560:18874368:B&&ta(t),e!==null&&e.memoizedProps.name!==r.name?t.flags|=4194816:Wc(e,t),Pc(e,t,r.children,n),t.child;case 29:throw t.pendingProps}throw Error(i(156,t.tag))}function pl(e){e.flags|=4}function ml(e,t,n,r,i){var a;if((a=!!(e.mode&32))&&(a=n===null?Jm(t,r):Jm(t,r)&&(r.src!==n.src||r.srcSet!==n.srcSet)),a){if(e.flags|=16777216,(i&335544128)===i){if(e.stateNode.complete)e.flags|=8192;else if(Hd())e.flags|=8192;else throw to=Za,Ya}}else e.flags&=-16777217}function hl(e,t){if(t.type!==`stylesheet`||t.state.loading&4)e.flags&=-16777217;else if(e.flags|=16777216,!Ym(t)){if(Hd())e.flags|=8192;else throw to=Za,Ya}}function gl(e,t){t!==null&&(e.flags|=4),e.flags&16384&&(t=e.tag===22?536870912:yt(),e.lanes|=t,ld|=t)}function _l(e,t){if(!B)switch(e.tailMode){case`visible`:break;case`collapsed`:for(var n=e.tail,r=null;n!==null;)n.alternate!==null&&(r=n),n=n.sibling;r===null?t||e.tail===null?e.tail=null:e.tail.sibling=null:r.sibling=null;break;default:for(t=e.tail,n=null;t!==null;)t.alternate!==null&&(n=t),t=t.sibling;n===null?e.tail=null:n.sibling=null}}function vl(e){var t=e.alternate!==null&&e.alternate.child===e.child,n=0,r=0;if(t)for(var i=e.child;i!==null;)n|=i.lanes|i.childLanes,r|=i.subtreeFlags&1206910976,r|=i.flags&1206910976,i.return=e,i=i.sibling;else for(i=e.child;i!==null;)n|=i.lanes|i.childLanes,r|=i.subtreeFlags,r|=i.flags,i.return=e,i=i.sibling;return e.subtreeFlags|=r,e.childLanes=n,t}function yl(e,t,n){var r=t.pendingProps;switch(na(t),t.tag){case 16:case 15:case 0:case 11:case 7:case 8:case 12:case 9:case 14:return vl(t),null;case 1:return vl(t),null;case 3:return n=t.stateNode,r=null,e!==null&&(r=e.memoizedState.cache),t.memoizedState.cache!==r&&(t.flags|=2048),va(Aa),Pe(),n.pendingContext&&(n.context=n.pendingContext,n.pendingContext=null),(e===null||e.child===null)&&(ua(t)?pl(t):e===null||e.memoizedState.isDehydrated&&!(t.flags&256)||(t.flags|=1024,fa())),vl(t),null;case 26:var a=t.type,o=t.memoizedState;return e===null?(pl(t),o===null?(vl(t),ml(t,a,null,r,n)):(vl(t),hl(t,o))):o?o===e.memoizedState?(vl(t),t.flags&=-16777217):(pl(t),vl(t),hl(t,o)):(e=e.memoizedProps,e!==r&&pl(t),vl(t),ml(t,a,e,r,n)),null;case 27:if(Ie(t),n=je.current,a=t.type,e!==null&&t.stateNode!=null)e.memoizedProps!==r&&pl(t);else{if(!r){if(t.stateNode===null)throw Error(i(166));return vl(t),t.subtreeFlags&=-33554433,null}e=ke.current,ua(t)?ca(t,e):(e=hm(a,r,n),t.stateNode=e,pl(t))}return vl(t),t.subtreeFlags&=-33554433,null;case 5:if(Ie(t),a=t.type,e!==null&&t.stateNode!=null)e.memoizedProps!==r&&pl(t);else{if(!r){if(t.stateNode===null)throw Error(i(166));return vl(t),t.subtreeFlags&=-33554433,null}if(o=ke.current,ua(t))ca(t,o);else{var s=lp(je.current);switch(o){case 1:o=s.createElementNS(`http://www.w3.org/2000/svg`,a);break;case 2:o=s.createElementNS(`http://www.w3.org/1998/Math/MathML`,a);break;default:switch(a){case`svg`:o=s.createElementNS(`http://www.w3.org/2000/svg`,a);break;case`math`:o=s.createElementNS(`http://www.w3.org/1998/Math/MathML`,a);break;case`script`:o=s.createElement(`div`),o.innerHTML=`<script><\/script>`,o=o.removeChild(o.firstChild);break;case`select`:o=typeof r.is==`string`?s.createElement(`select`,{is:r.is}):s.createElement(`select`),r.multiple?o.multiple=!0:r.size&&(o.size=r.size);break;default:o=typeof r.is==`string`?s.createElement(a,{is:r.is}):s.createElement(a)}}o[jt]=t,o[Mt]=r;a:for(s=t.child;s!==null;){if(s.tag===5||s.tag===6)o.appendChild(s.stateNode);else if(s.tag!==4&&s.tag!==27&&s.child!==null){s.child.return=s,s=s.child;continue}if(s===t)break a;for(;s.sibling===null;){if(s.return===null||s.return===t)break a;s=s.return}s.sibling.return=s.return,s=s.sibling}t.stateNode=o;a:switch(np(o,a,r),a){case`button`:case`input`:case`select`:case`textarea`:r=!!r.autoFocus;break a;case`img`:r=!0;break a;default:r=!1}r&&pl(t)}}return vl(t),t.subtreeFlags&=-33554433,ml(t,t.type,e===null?null:e.memoizedProps,t.pendingProps,n),null;case 6:if(e&&t.stateNode!=null)e.memoizedProps!==r&&pl(t);else{if(typeof r!=`string`&&t.stateNode===null)throw Error(i(166));if(e=je.current,ua(t)){if(e=t.stateNode,n=t.memoizedProps,r=null,a=ia,a!==null)switch(a.tag){case 27:case 5:r=a.memoizedProps}e[jt]=t,e=!!(e.nodeValue===n||r!==null&&!0===r.suppressHydrationWarning||ep(e.nodeValue,n)),e||sa(t,!0)}else e=lp(e).createTextNode(r),e[jt]=t,t.stateNode=e}return vl(t),null;case 31:if(n=t.memoizedState,e===null||e.memoizedState!==null){if(r=ua(t),n!==null){if(e===null){if(!r)throw Error(i(318));if(e=t.memoizedState,e=e===null?null:e.dehydrated,!e)throw Error(i(557));e[jt]=t}else da(),!(t.flags&128)&&(t.memoizedState=null),t.flags|=4;vl(t),e=!1}else n=fa(),e!==null&&e.memoizedState!==null&&(e.memoizedState.hydrationErrors=n),e=!0;if(!e)return t.flags&256?(Io(t),t):(Io(t),null);if(t.flags&128)throw Error(i(558))}return vl(t),null;case 13:if(r=t.memoizedState,e===null||e.memoizedState!==null&&e.memoizedState.dehydrated!==null){if(a=ua(t),r!==null&&r.dehydrated!==null){if(e===null){if(!a)throw Error(i(318));if(a=t.memoizedState,a=a===null?null:a.dehydrated,!a)throw Error(i(317));a[jt]=t}else da(),!(t.flags&128)&&(t.memoizedState=null),t.flags|=4;vl(t),a=!1}else a=fa(),e!==null&&e.memoizedState!==null&&(e.memoizedState.hydrationErrors=a),a=!0;if(!a)return t.flags&256?(Io(t),t):(Io(t),null)}return Io(t),t.flags&128?(t.lanes=n,t):(n=r!==null,e=e!==null&&e.memoizedState!==null,n&&(r=t.child,a=null,r.alternate!==null&&r.alternate.memoizedState!==null&&r.alternate.memoizedState.cachePool!==null&&(a=r.alternate.memoizedState.cachePool.pool),o=null,r.memoizedState!==null&&r.memoizedState.cachePool!==null&&(o=r.memoizedState.cachePool.pool),o!==a&&(r.flags|=2048)),n!==e&&n&&(t.child.flags|=8192),gl(t,t.updateQueue),vl(t),null);case 4:return Pe(),e===null&&Wf(t.stateNode.containerInfo),t.flags|=67108864,vl(t),null;case 10:return va(t.type),vl(t),null;case 19:if(zo(t),r=t.memoizedState,r===null)return vl(t),null;if(a=!!(t.flags&128),o=r.rendering,o===null){if(a)_l(r,!1);else{if(id!==0||e!==null&&e.flags&128)for(e=t.child;e!==null;){if(o=Bo(e),o!==null){for(t.flags|=128,_l(r,!1),e=o.updateQueue,t.updateQueue=e,gl(t,e),t.subtreeFlags=0,e=n,n=t.child;n!==null;)Ii(n,e),n=n.sibling;return Ro(t,Lo.current&1|2),B&&$i(t,r.treeForkCount),t.child}e=e.sibling}r.tail!==null&&Ye()>hd&&(t.flags|=128,a=!0,_l(r,!1),t.lanes=4194304)}}else{if(!a){if(e=Bo(o),e!==null){if(t.flags|=128,a=!0,e=e.updateQueue,t.updateQueue=e,gl(t,e),_l(r,!0),r.tail===null&&r.tailMode!==`collapsed`&&r.tailMode!==`visible`&&!o.alternate&&!B)return vl(t),null}else 2*Ye()-r.renderingStartTime>hd&&n!==536870912&&(t.flags|=128,a=!0,_l(r,!1),t.lanes=4194304)}r.isBackwards?(o.sibling=t.child,t.child=o):(e=r.last,e===null?t.child=o:e.sibling=o,r.last=o)}if(r.tail!==null){e=r.tail;a:{for(n=e;n!==null;){if(n.alternate!==null){n=!1;break a}n=n.sibling}n=!0}return r.rendering=e,r.tail=e.sibling,r.renderingStartTime=Ye(),e.sibling=null,o=Lo.current,o=a?o&1|2:o&1,r.tailMode===`visible`||r.tailMode===`collapsed`||!n||B?Ro(t,o):(n=o,Oe(Ao,t),Oe(Lo,n),jo===null&&(jo=t)),B&&$i(t,r.treeForkCount),e}return vl(t),null;case 22:case 23:return Io(t),ko(),r=t.memoizedState!==null,e===null?r&&(t.flags|=8192):e.memoizedState!==null!==r&&(t.flags|=8192),r?n&536870912&&!(t.flags&128)&&(vl(t),t.subtreeFlags&6&&(t.flags|=8192)):vl(t),n=t.updateQueue,n!==null&&gl(t,n.retryQueue),n=null,e!==null&&e.memoizedState!==null&&e.memoizedState.cachePool!==null&&(n=e.memoizedState.cachePool.pool),r=null,t.memoizedState!==null&&t.memoizedState.cachePool!==null&&(r=t.memoizedState.cachePool.pool),r!==n&&(t.flags|=2048),e!==null&&De(Wa),null;case 24:return n=null,e!==null&&(n=e.memoizedState.cache),t.memoizedState.cache!==n&&(t.flags|=2048),va(Aa),vl(t),null;case 25:return null;case 30:return t.flags|=33554432,vl(t),null}throw Error(i(156,t.tag))}function bl(e,t){switch(na(t),t.tag){case 1:return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 3:return va(Aa),Pe(),e=t.flags,e&65536&&!(e&128)?(t.flags=e&-65537|128,t):null;case 26:case 27:case 5:return Ie(t),null;case 31:if(t.memoizedState!==null){if(Io(t),t.alternate===null)throw Error(i(340));da()}return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 13:if(Io(t),e=t.memoizedState,e!==null&&e.dehydrated!==null){if(t.alternate===null)throw Error(i(340));da()}return e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 19:return zo(t),e=t.flags,e&65536?(t.flags=e&-65537|128,e=t.memoizedState,e!==null&&(e.rendering=null,e.tail=null),t.flags|=4,t):null;case 4:return Pe(),null;case 10:return va(t.type),null;case 22:case 23:return Io(t),ko(),e!==null&&De(Wa),e=t.flags,e&65536?(t.flags=e&-65537|128,t):null;case 24:return va(Aa),null;case 25:return null;default:return null}}function xl(e,t){switch(na(t),t.tag){case 3:va(Aa),Pe();break;case 26:case 27:case 5:Ie(t);break;case 4:Pe();break;case 31:t.memoizedState!==null&&Io(t);break;case 13:Io(t);break;case 19:zo(t);break;case 10:va(t.type);break;case 22:case 23:Io(t),ko(),e!==null&&De(Wa);break;case 24:va(Aa)}}function Sl(e,t){try{var n=t.updateQueue,r=n===null?null:n.lastEffect;if(r!==null){var i=r.next;n=i;do{if((n.tag&e)===e){r=void 0;var a=n.create,o=n.inst;r=a(),o.destroy=r}n=n.next}while(n!==i)}}catch(e){pf(t,t.return,e)}}function Cl(e,t,n){try{var r=t.updateQueue,i=r===null?null:r.lastEffect;if(i!==null){var a=i.next;r=a;do{if((r.tag&e)===e){var o=r.inst,s=o.destroy;if(s!==void 0){o.destroy=void 0,i=t;var c=n,l=s;try{l()}catch(e){pf(i,c,e)}}}r=r.next}while(r!==a)}}catch(e){pf(t,t.return,e)}}function wl(e){var t=e.updateQueue;if(t!==null){var n=e.stateNode;try{wo(t,n)}catch(t){pf(e,e.return,t)}}}function Tl(e,t,n){n.props=Sc(e.type,e.memoizedProps),n.state=e.memoizedState;try{n.componentWillUnmount()}catch(n){pf(e,t,n)}}function El(e,t){try{var n=e.ref;if(n!==null){switch(e.tag){case 26:case 27:case 5:var r=e.stateNode;break;case 30:var i=e.stateNode,a=vi(e.memoizedProps,i);(i.ref===null||i.ref.name!==a)&&(i.ref=Pp(a)),r=i.ref;break;case 7:if(e.stateNode===null){var o=new Fp(e);h(e.child,!1,Qp,o,void 0,void 0),e.stateNode=o}r=e.stateNode;break;default:r=e.stateNode}typeof n==`function`?e.refCleanup=n(r):n.current=r}}catch(n){pf(e,t,n)}}function Dl(e,t){var n=e.ref,r=e.refCleanup;if(n!==null){if(typeof r==`function`)try{r()}catch(n){pf(e,t,n)}finally{e.refCleanup=null,e=e.alternate,e!=null&&(e.refCleanup=null)}else if(typeof n==`function`)try{n(null)}catch(n){pf(e,t,n)}else n.current=null}}function Ol(e,t){if((e.tag===5||e.tag===27||e.tag===6)&&e.alternate===null&&t!==null)for(var n=0;n<t.length;n++)em(e.stateNode,t[n])}function kl(e){for(var t=e.return;t!==null&&(Ml(t)&&em(e.stateNode,t.stateNode),!jl(t));)t=t.return}function Al(e){for(var t=e.return;t!==null&&(Ml(t)&&tm(e.stateNode,t.stateNode),!jl(t));)t=t.return}function jl(e){return e.tag===5||e.tag===3||e.tag===27}function Ml(e){return e&&e.tag===7&&e.stateNode!==null}function Nl(e){var t=e.type,n=e.memoizedProps,r=e.stateNode;try{a:switch(t){case`button`:case`input`:case`select`:case`textarea`:n.autoFocus&&r.focus();break a;case`img`:n.src?r.src=n.src:n.srcSet&&(r.srcset=n.srcSet)}}catch(t){pf(e,e.return,t)}}function Pl(e,t,n){try{var r=e.stateNode;ip(r,e.type,n,t),r[Mt]=t}catch(t){pf(e,e.return,t)}}function Fl(e){return e.tag===5||e.tag===3||e.tag===26||e.tag===27&&Sp(e.type)||e.tag===4}function Il(e){a:for(;;){for(;e.sibling===null;){if(e.return===null||Fl(e.return))return null;e=e.return}for(e.sibling.return=e.return,e=e.sibling;e.tag!==5&&e.tag!==6&&e.tag!==18;){if(e.tag===27&&Sp(e.type)||e.flags&2||e.child===null||e.tag===4)continue a;e.child.return=e,e=e.child}if(!(e.flags&2))return e.stateNode}}function Ll(e,t,n,r){var i=e.tag;if(i===5||i===6)i=e.stateNode,t?(n.nodeType===9?n.body:n.nodeName===`HTML`?n.ownerDocument.body:n).insertBefore(i,t):(t=n.nodeType===9?n.body:n.nodeName===`HTML`?n.ownerDocument.body:n,t.appendChild(i),n=n._reactRootContainer,n!=null||t.onclick!==null||(t.onclick=bn)),Ol(e,r),M=!0;else if(i!==4&&(i===27&&(Ol(e,r),r=null,Sp(e.type)&&(n=e.stateNode,t=null)),e=e.child,e!==null))for(Ll(e,t,n,r),e=e.sibling;e!==null;)Ll(e,t,n,r),e=e.sibling}function Rl(e,t,n,r){var i=e.tag;if(i===5||i===6)i=e.stateNode,t?n.insertBefore(i,t):n.appendChild(i),Ol(e,r),M=!0;else if(i!==4&&(i===27&&(Ol(e,r),r=null,Sp(e.type)&&(n=e.stateNode)),e=e.child,e!==null))for(Rl(e,t,n,r),e=e.sibling;e!==null;)Rl(e,t,n,r),e=e.sibling}function zl(e){var t=e.stateNode,n=e.memoizedProps;try{for(var r=e.type,i=t.attributes;i.length;)t.removeAttributeNode(i[0]);np(t,r,n),t[jt]=e,t[Mt]=n}catch(t){pf(e,e.return,t)}}var Bl=!1,Vl=null;function Hl(e){(e.tag===30||e.subtreeFlags&33554432)&&(Bl=!0)}var Ul=null;function Wl(){var e=Ul;return Ul=null,e}var W=0;function Gl(e,t,n,r,i){return W=0,Kl(e.child,t,n,r,i)}function Kl(e,t,n,r,i){for(var a=!1;e!==null;){if(e.tag===5){var o=e.stateNode;if(r!==null){var s=Op(o);r.push(s),s.view&&(a=!0)}else a||Op(o).view&&(a=!0);Bl=!0,Tp(o,W===0?t:t+`_`+W,n),W++}else e.tag===22&&e.memoizedState!==null||e.tag===30&&i||Kl(e.child,t,n,r,i)&&(a=!0);e=e.sibling}return a}function ql(e,t){for(;e!==null;)e.tag===5?Ep(e.stateNode,e.memoizedProps):e.tag===22&&e.memoizedState!==null||e.tag===30&&t||ql(e.child,t),e=e.sibling}function Jl(e){if(e.subtreeFlags&18874368)for(e=e.child;e!==null;){if((e.tag!==22||e.memoizedState===null)&&(Jl(e),e.tag===30&&e.flags&18874368&&e.stateNode.paired)){var t=e.memoizedProps;if(t.name==null||t.name===`auto`)throw Error(i(544));var n=t.name;t=bi(t.default,t.share),t!==`none`&&(Gl(e,n,t,null,!1)||ql(e.child,!1))}e=e.sibling}}function Yl(e,t){if(e.tag===30){var n=e.stateNode,r=e.memoizedProps,i=vi(r,n),a=bi(r.default,n.paired?r.share:r.enter);a===`none`?Jl(e):Gl(e,i,a,null,!1)?(Jl(e),n.paired||t||Md(e,r.onEnter)):ql(e.child,!1)}else if(e.subtreeFlags&33554432)for(e=e.child;e!==null;)Yl(e,t),e=e.sibling;else Jl(e)}function Xl(e){if(Vl!==null&&Vl.size!==0){var t=Vl;if(e.subtreeFlags&18874368)for(e=e.child;e!==null;){if(e.tag!==22||e.memoizedState===null){if(e.tag===30&&e.flags&18874368){var n=e.memoizedProps,r=n.name;if(r!=null&&r!==`auto`){var i=t.get(r);if(i!==void 0){var a=bi(n.default,n.share);if(a!==`none`&&(Gl(e,r,a,null,!1)?(a=e.stateNode,i.paired=a,a.paired=i,Md(e,n.onShare)):ql(e.child,!1)),t.delete(r),t.size===0)break}}}Xl(e)}e=e.sibling}}}function Zl(e){if(e.tag===30){var t=e.memoizedProps,n=vi(t,e.stateNode),r=Vl===null?void 0:Vl.get(n),i=bi(t.default,r===void 0?t.exit:t.share);i!==`none`&&(Gl(e,n,i,null,!1)?r===void 0?Md(e,t.onExit):(i=e.stateNode,r.paired=i,i.paired=r,Vl.delete(n),Md(e,t.onShare)):ql(e.child,!1)),Vl!==null&&Xl(e)}else if(e.subtreeFlags&33554432)for(e=e.child;e!==null;)Zl(e),e=e.sibling;else Vl!==null&&Xl(e)}function Ql(e){for(e=e.child;e!==null;){if(e.tag===30){var t=e.memoizedProps,n=vi(t,e.stateNode);t=bi(t.default,t.update),e.flags&=-5,t!==`none`&&Gl(e,n,t,e.memoizedState=[],!1)}else e.subtreeFlags&33554432&&Ql(e);e=e.sibling}}function $l(e){if(e.subtreeFlags&18874368)for(e=e.child;e!==null;){if(e.tag!==22||e.memoizedState===null){if(e.tag===30&&e.flags&18874368){var t=e.stateNode;t.paired!==null&&(t.paired=null,ql(e.child,!1))}$l(e)}e=e.sibling}}function eu(e){if(e.tag===30)e.stateNode.paired=null,ql(e.child,!1),$l(e);else if(e.subtreeFlags&33554432)for(e=e.child;e!==null;)eu(e),e=e.sibling;else $l(e)}function tu(e){for(e=e.child;e!==null;)e.tag===30?ql(e.child,!1):e.subtreeFlags&33554432&&tu(e),e=e.sibling}function nu(e,t,n,r,i,a,o){for(var s=!1;t!==null;){if(t.tag===5){var c=t.stateNode;if(a!==null&&W<a.length){var l=a[W],u=Op(c);(l.view||u.view)&&(s=!0);var d;if(d=!(e.flags&4)){if(u.clip)d=!0;else{d=l.rect;var f=u.rect;d=d.y!==f.y||d.x!==f.x||d.height!==f.height||d.width!==f.width}}d&&(e.flags|=4),u.abs?u=!l.abs:(l=l.rect,u=u.rect,u=l.height!==u.height||l.width!==u.width),u&&(e.flags|=32)}else e.flags|=32;e.flags&4&&Tp(c,W===0?n:n+`_`+W,i),s&&e.flags&4||(Ul===null&&(Ul=[]),Ul.push(c,W===0?r:r+`_`+W,t.memoizedProps)),W++}else(t.tag!==22||t.memoizedState===null)&&(t.tag===30&&o?e.flags|=t.flags&32:nu(e,t.child,n,r,i,a,o)&&(s=!0));t=t.sibling}return s}function ru(e,t){for(e=e.child;e!==null;){if(e.tag===30){var n=e.memoizedProps,r=e.stateNode,i=vi(n,r),a=bi(n.default,n.update);if(t){r=r.clones;var o=r===null?null:r.map(kp)}else o=e.memoizedState,e.memoizedState=null;r=e;var s=e.child;W=0,i=nu(r,s,i,i,a,o,!1),e.flags&4&&i&&(t||Md(e,n.onUpdate))}else e.subtreeFlags&33554432&&ru(e,t);e=e.sibling}}var iu=!1,G=!1,au=!1,ou=!1,su=typeof WeakSet==`function`?WeakSet:Set,cu=null,lu=!1,uu=!1,du=!1,fu=!1;function pu(e,t,n){if(e=e.containerInfo,sp=gh,e=Jr(e),Yr(e)){if(`selectionStart`in e)var r={start:e.selectionStart,end:e.selectionEnd};else a:{r=(r=e.ownerDocument)&&r.defaultView||window;var i=r.getSelection&&r.getSelection();if(i&&i.rangeCount!==0){r=i.anchorNode;var a=i.anchorOffset,o=i.focusNode;i=i.focusOffset;try{r.nodeType,o.nodeType}catch{r=null;break a}var s=0,c=-1,l=-1,u=0,d=0,f=e,p=null;b:for(;;){for(var m;f!==r||a!==0&&f.nodeType!==3||(c=s+a),f!==o||i!==0&&f.nodeType!==3||(l=s+i),f.nodeType===3&&(s+=f.nodeValue.length),(m=f.firstChild)!==null;)p=f,f=m;for(;;){if(f===e)break b;if(p===r&&++u===a&&(c=s),p===o&&++d===i&&(l=s),(m=f.nextSibling)!==null)break;f=p,p=f.parentNode}f=m}r=c===-1||l===-1?null:{start:c,end:l}}else r=null}r||={start:0,end:0}}else r=null;for(cp={focusedElem:e,selectionRange:r},gh=!1,n=(n&335544064)===n,cu=t,t=n?9270:1024;cu!==null;){if(e=cu,n&&(r=e.deletions,r!==null))for(a=0;a<r.length;a++)n&&Zl(r[a]);if(e.alternate===null&&e.flags&2)n&&Hl(e),mu(n);else{if(e.tag===22){if(r=e.alternate,e.memoizedState!==null){r!==null&&r.memoizedState===null&&n&&Zl(r),mu(n);continue}if(r!==null&&r.memoizedState!==null){n&&Hl(e),mu(n);continue}}r=e.child,(e.subtreeFlags&t)!==0&&r!==null?(r.return=e,cu=r):(n&&Ql(e),mu(n))}}Vl=null}function mu(e){for(;cu!==null;){var t=cu,n=e,r=t.alternate,a=t.flags;switch(t.tag){case 0:case 11:case 15:break;case 1:if(a&1024&&r!==null){n=void 0,a=r.memoizedProps,r=r.memoizedState;var o=t.stateNode;try{var s=Sc(t.type,a);n=o.getSnapshotBeforeUpdate(s,r),o.__reactInternalSnapshotBeforeUpdate=n}catch(e){pf(t,t.return,e)}}break;case 3:if(a&1024){if(r=t.stateNode.containerInfo,n=r.nodeType,n===9)nm(r);else if(n===1)switch(r.nodeName){case`HEAD`:case`HTML`:case`BODY`:nm(r);break;default:r.textContent=``}}break;case 5:case 26:case 27:case 6:case 4:case 17:break;case 30:n&&r!==null&&(n=vi(r.memoizedProps,r.stateNode),a=t.memoizedProps,a=bi(a.default,a.update),a!==`none`&&Gl(r,n,a,r.memoizedState=[],!0));break;default:if(a&1024)throw Error(i(163))}if(r=t.sibling,r!==null){r.return=t.return,cu=r;break}cu=t.return}}function hu(e,t,n){var r=n.flags;switch(n.tag){case 0:case 11:case 15:Pu(e,n),r&4&&Sl(5,n);break;case 1:if(Pu(e,n),r&4){if(e=n.stateNode,t===null)try{e.componentDidMount()}catch(e){pf(n,n.return,e)}else{var i=Sc(n.type,t.memoizedProps);t=t.memoizedState;try{e.componentDidUpdate(i,t,e.__reactInternalSnapshotBeforeUpdate)}catch(e){pf(n,n.return,e)}}}r&64&&wl(n),r&512&&El(n,n.return);break;case 3:if(Pu(e,n),r&64&&(e=n.updateQueue,e!==null)){if(t=null,n.child!==null)switch(n.child.tag){case 27:case 5:t=n.child.stateNode;break;case 1:t=n.child.stateNode}try{wo(e,t)}catch(e){pf(n,n.return,e)}}break;case 27:t===null&&r&4&&zl(n);case 26:case 5:Pu(e,n),t===null&&r&4&&Nl(n),r&512&&El(n,n.return);break;case 12:Pu(e,n);break;case 31:Pu(e,n),r&4&&wu(e,n);break;case 13:Pu(e,n),r&4&&Tu(e,n),r&64&&(e=n.memoizedState,e!==null&&(e=e.dehydrated,e!==null&&(n=_f.bind(null,n),cm(e,n))));break;case 22:if(r=n.memoizedState!==null||iu,!r){var a=t!==null&&t.memoizedState!==null||G;t=iu,i=G,iu=r,(G=a)&&!i?(r=2,n.subtreeFlags&8772&&(r|=1),Iu(e,n,r)):Pu(e,n),iu=t,G=i}break;case 30:Pu(e,n),r&512&&El(n,n.return);break;case 7:r&512&&El(n,n.return);default:Pu(e,n)}}function gu(e,t){for(e=e.child;e!==null;)_u(e,t),e=e.sibling}function _u(e,t){switch(e.tag){case 5:case 26:try{var n=e.stateNode;if(t){var r=n.style;typeof r.setProperty==`function`?r.setProperty(`display`,`none`,`important`):r.display=`none`}else{var i=e.stateNode,a=e.memoizedProps.style,o=a!=null&&a.hasOwnProperty(`display`)?a.display:null;i.style.display=o==null||typeof o==`boolean`?``:(``+o).trim()}}catch(t){pf(e,e.return,t)}vu(e,t);break;case 6:try{e.stateNode.nodeValue=t?``:e.memoizedProps,M=!0}catch(t){pf(e,e.return,t)}break;case 18:try{var s=e.stateNode;t?wp(s,!0):wp(e.stateNode,!1)}catch(t){pf(e,e.return,t)}break;case 22:case 23:e.memoizedState===null&&gu(e,t);break;default:gu(e,t)}}function vu(e,t){if(e.subtreeFlags&67108864)for(e=e.child;e!==null;){a:{var n=e,r=t;switch(n.tag){case 4:_u(n,r);break a;case 22:n.memoizedState===null&&vu(n,r);break a;default:vu(n,r)}}e=e.sibling}}function yu(e){var t=e.alternate;t!==null&&(e.alternate=null,yu(t)),e.child=null,e.deletions=null,e.sibling=null,e.tag===5&&(t=e.stateNode,t!==null&&Bt(t)),e.stateNode=null,e.return=null,e.dependencies=null,e.memoizedProps=null,e.memoizedState=null,e.pendingProps=null,e.stateNode=null,e.updateQueue=null}var bu=null,xu=!1;function Su(e,t,n){for(n=n.child;n!==null;)Cu(e,t,n),n=n.sibling}function Cu(e,t,n){if(at&&typeof at.onCommitFiberUnmount==`function`)try{at.onCommitFiberUnmount(it,n)}catch{}switch(n.tag){case 26:G||Dl(n,t),Su(e,t,n),n.memoizedState?n.memoizedState.count--:n.stateNode&&!G&&(n=n.stateNode,n.parentNode.removeChild(n));break;case 27:G||Dl(n,t),Al(n);var r=bu,i=xu;Sp(n.type)&&(bu=n.stateNode,xu=!1),Su(e,t,n),gm(n.stateNode,n.type,n.memoizedProps),bu=r,xu=i;break;case 5:G||Dl(n,t),Al(n);case 6:if(n.tag===6&&Al(n),r=bu,i=xu,bu=null,Su(e,t,n),bu=r,xu=i,bu!==null){if(xu)try{(bu.nodeType===9?bu.body:bu.nodeName===`HTML`?bu.ownerDocument.body:bu).removeChild(n.stateNode),M=!0}catch(e){pf(n,t,e)}else try{bu.removeChild(n.stateNode),M=!0}catch(e){pf(n,t,e)}}break;case 18:bu!==null&&(xu?(e=bu,Cp(e.nodeType===9?e.body:e.nodeName===`HTML`?e.ownerDocument.body:e,n.stateNode),Hh(e)):Cp(bu,n.stateNode));break;case 4:r=bu,i=xu,bu=n.stateNode.containerInfo,xu=!0,Su(e,t,n),bu=r,xu=i;break;case 0:case 11:case 14:case 15:Cl(2,n,t),G||Cl(4,n,t),Su(e,t,n);break;case 1:G||(Dl(n,t),r=n.stateNode,typeof r.componentWillUnmount==`function`&&Tl(n,t,r)),Su(e,t,n);break;case 21:Su(e,t,n);break;case 22:G=(r=G)||n.memoizedState!==null,Su(e,t,n),G=r;break;case 30:Dl(n,t),Su(e,t,n);break;case 7:G||Dl(n,t),Su(e,t,n);break;default:Su(e,t,n)}}function wu(e,t){if(t.memoizedState===null&&(e=t.alternate,e!==null&&(e=e.memoizedState,e!==null))){e=e.dehydrated;try{Hh(e)}catch(e){pf(t,t.return,e)}}}function Tu(e,t){if(t.memoizedState===null&&(e=t.alternate,e!==null&&(e=e.memoizedState,e!==null&&(e=e.dehydrated,e!==null))))try{Hh(e)}catch(e){pf(t,t.return,e)}}function Eu(e){switch(e.tag){case 31:case 13:case 19:var t=e.stateNode;return t===null&&(t=e.stateNode=new su),t;case 22:return e=e.stateNode,t=e._retryCache,t===null&&(t=e._retryCache=new su),t;default:throw Error(i(435,e.tag))}}function Du(e,t){var n=Eu(e);t.forEach(function(t){if(!n.has(t)){n.add(t);var r=vf.bind(null,e,t);t.then(r,r)}})}function Ou(e,t,n){var r=t.deletions;if(r!==null)for(var a=0;a<r.length;a++){var o=r[a],s=e,c=t,l=c;a:for(;l!==null;){switch(l.tag){case 27:if(Sp(l.type)){bu=l.stateNode,xu=!1;break a}break;case 5:bu=l.stateNode,xu=!1;break a;case 3:case 4:bu=l.stateNode.containerInfo,xu=!0;break a}l=l.return}if(bu===null)throw Error(i(160));Cu(s,c,o),bu=null,xu=!1,s=o.alternate,s!==null&&(s.return=null),o.return=null}if(t.subtreeFlags&13886)for(t=t.child;t!==null;)K(t,e,n),t=t.sibling}var ku=null;function K(e,t,n){var r=e.alternate,a=e.flags;switch(e.tag){case 0:case 11:case 14:case 15:if(a&4&&(r=e.updateQueue,r=r===null?null:r.events,r!==null))for(var o=0;o<r.length;o++){var s=r[o];s.ref.impl=s.nextImpl}Ou(t,e,n),Au(e),a&4&&(Cl(3,e,e.return),Sl(3,e),Cl(5,e,e.return));break;case 1:Ou(t,e,n),Au(e),a&512&&(G||r===null||Dl(r,r.return)),a&64&&iu&&(e=e.updateQueue,e!==null&&(t=e.callbacks,t!==null&&(n=e.shared.hiddenCallbacks,e.shared.hiddenCallbacks=n===null?t:n.concat(t))));break;case 26:if(o=ku,Ou(t,e,n),Au(e),a&512&&(G||r===null||Dl(r,r.return)),a&4){if(a=r===null?null:r.memoizedState,n=e.memoizedState,r===null){if(n===null){if(e.stateNode===null){if(iu)e.stateNode=fp(e.type,e.memoizedProps,t.containerInfo,e);else{a:{t=e.type,n=e.memoizedProps,a=o.ownerDocument||o;b:switch(t){case`title`:r=a.getElementsByTagName(`title`)[0],(!r||r[Rt]||r[jt]||r.namespaceURI===`http://www.w3.org/2000/svg`||r.hasAttribute(`itemprop`))&&(r=a.createElement(t),a.head.insertBefore(r,a.querySelector(`head > title`))),np(r,t,n),r[jt]=e,A(r),t=r;break a;case`link`:if(o=Gm(`link`,`href`,a).get(t+(n.href||``))){for(s=0;s<o.length;s++)if(r=o[s],r.getAttribute(`href`)===(n.href==null||n.href===``?null:n.href)&&r.getAttribute(`rel`)===(n.rel==null?null:n.rel)&&r.getAttribute(`title`)===(n.title==null?null:n.title)&&r.getAttribute(`crossorigin`)===(n.crossOrigin==null?null:n.crossOrigin)){o.splice(s,1);break b}}r=a.createElement(t),np(r,t,n),a.head.appendChild(r);break;case`meta`:if(o=Gm(`meta`,`content`,a).get(t+(n.content||``))){for(s=0;s<o.length;s++)if(r=o[s],r.getAttribute(`content`)===(n.content==null?null:``+n.content)&&r.getAttribute(`name`)===(n.name==null?null:n.name)&&r.getAttribute(`property`)===(n.property==null?null:n.property)&&r.getAttribute(`http-equiv`)===(n.httpEquiv==null?null:n.httpEquiv)&&r.getAttribute(`charset`)===(n.charSet==null?null:n.charSet)){o.splice(s,1);break b}}r=a.createElement(t),np(r,t,n),a.head.appendChild(r);break;default:throw Error(i(468,t))}r[jt]=e,A(r),t=r}e.stateNode=t}}else iu||Km(o,e.type,e.stateNode)}else e.stateNode=Bm(o,n,e.memoizedProps)}else a===n?n===null&&e.stateNode!==null&&Pl(e,e.memoizedProps,r.memoizedProps):(a===null?(t=r.stateNode,t===null||G||t.parentNode.removeChild(t)):a.count--,n===null?iu||Km(o,e.type,e.stateNode):Bm(o,n,e.memoizedProps))}break;case 27:Ou(t,e,n),Au(e),a&512&&(G||r===null||Dl(r,r.return)),r!==null&&a&4&&Pl(e,e.memoizedProps,r.memoizedProps);break;case 5:if(o=au,au=!1,Ou(t,e,n),au=o,Au(e),a&512&&(G||r===null||Dl(r,r.return)),e.flags&32){t=e.stateNode;try{fn(t,``),M=!0}catch(t){pf(e,e.return,t)}}a&4&&e.stateNode!=null&&(t=e.memoizedProps,Pl(e,t,r===null?t:r.memoizedProps)),a&1024&&(ou=!0);break;case 6:if(Ou(t,e,n),Au(e),a&4){if(e.stateNode===null)throw Error(i(162));t=e.memoizedProps,n=e.stateNode;try{n.nodeValue=t,M=!0}catch(t){pf(e,e.return,t)}}break;case 3:if(M=!1,Wm=null,o=ku,ku=bm(t.containerInfo),Ou(t,e,n),ku=o,Au(e),a&4&&r!==null&&r.memoizedState.isDehydrated)try{Hh(t.containerInfo)}catch(t){pf(e,e.return,t)}ou&&(ou=!1,ju(e)),M=!1;break;case 4:a=au,au=iu,r=$t(),o=ku,ku=bm(e.stateNode.containerInfo),Ou(t,e,n),Au(e),ku=o,M&&uu&&(du=!0),M=r,au=a;break;case 12:Ou(t,e,n),Au(e);break;case 31:Ou(t,e,n),Au(e),a&4&&(t=e.updateQueue,t!==null&&(e.updateQueue=null,Du(e,t)));break;case 13:Ou(t,e,n),Au(e),e.child.flags&8192&&e.memoizedState!==null!=(r!==null&&r.memoizedState!==null)&&(pd=Ye()),a&4&&(t=e.updateQueue,t!==null&&(e.updateQueue=null,Du(e,t)));break;case 22:o=e.memoizedState!==null,s=r!==null&&r.memoizedState!==null;var c=iu,l=G,u=au;iu=c||o,au=u||o,G=l||s,Ou(t,e,n),G=l,au=u,iu=c,Au(e),a&8192&&(t=e.stateNode,t._visibility=o?t._visibility&-2:t._visibility|1,!o||r===null||s||iu||G||(t=s||G,n=iu,r=G,iu=o||iu,G=t,Fu(e,2),iu=n,G=r),!o&&au||gu(e,o)),a&4&&(t=e.updateQueue,t!==null&&(n=t.retryQueue,n!==null&&(t.retryQueue=null,Du(e,n))));break;case 19:Ou(t,e,n),Au(e),a&4&&(t=e.updateQueue,t!==null&&(e.updateQueue=null,Du(e,t)));break;case 30:a&512&&(G||r===null||Dl(r,r.return)),a=$t(),o=uu,s=(n&335544064)===n,c=e.memoizedProps,uu=s&&bi(c.default,c.update)!==`none`,Ou(t,e,n),Au(e),s&&r!==null&&M&&(e.flags|=4),uu=o,M=a;break;case 21:break;case 7:a&512&&(G||r===null||Dl(r,r.return)),r&&r.stateNode!==null&&(r.stateNode._fragmentFiber=e);default:Ou(t,e,n),Au(e)}}function Au(e){var t=e.flags;if(t&2){try{for(var n,r=e.return;r!==null;){if(Fl(r)){n=r;break}r=r.return}r=null;for(var a=e.return;a!==null;){if(Ml(a)){var o=a.stateNode;r===null?r=[o]:r.push(o)}if(jl(a))break;a=a.return}var s=r;if(n==null)throw Error(i(160));switch(n.tag){case 27:var c=n.stateNode;Rl(e,Il(e),c,s);break;case 5:var l=n.stateNode;n.flags&32&&(fn(l,``),n.flags&=-33),Rl(e,Il(e),l,s);break;case 3:case 4:var u=n.stateNode.containerInfo;Ll(e,Il(e),u,s);break;default:throw Error(i(161))}}catch(t){pf(e,e.return,t)}e.flags&=-3}t&4096&&(e.flags&=-4097)}function ju(e){if(e.subtreeFlags&1024)for(e=e.child;e!==null;){var t=e;ju(t),t.tag===5&&t.flags&1024&&(t=t.stateNode,gh=!0,t.reset(),gh=!1),e=e.sibling}}function Mu(e,t){if(t.subtreeFlags&9270)for(t=t.child;t!==null;)Nu(t,e),t=t.sibling;else ru(t,!1)}function Nu(e,t){var n=e.alternate;if(n===null)Yl(e,!1);else switch(e.tag){case 3:if(fu=lu=!1,Wl(),Mu(t,e),!lu&&!du){if(e=Ul,e!==null)for(var r=0;r<e.length;r+=3){n=e[r];var i=e[r+1];Ep(n,e[r+2]),n=n.ownerDocument.documentElement,n!==null&&n.animate({opacity:[0,0],pointerEvents:[`none`,`none`]},{duration:0,fill:`forwards`,pseudoElement:`::view-transition-group(`+i+`)`})}e=t.containerInfo,e=e.nodeType===9?e.documentElement:e.ownerDocument.documentElement,e!==null&&e.style.viewTransitionName===``&&(e.style.viewTransitionName=`none`,e.animate({opacity:[0,0],pointerEvents:[`none`,`none`]},{duration:0,fill:`forwards`,pseudoElement:`::view-transition-group(root)`}),e.animate({width:[0,0],height:[0,0]},{duration:0,fill:`forwards`,pseudoElement:`::view-transition`})),fu=!0}Ul=null;break;case 5:Mu(t,e);break;case 4:r=lu,lu=!1,Mu(t,e),lu&&(du=!0),lu=r;break;case 22:e.memoizedState===null&&(n.memoizedState===null?Mu(t,e):Yl(e,!1));break;case 30:r=lu,i=Wl(),lu=!1,Mu(t,e),lu&&(e.flags|=4);var a=e.memoizedProps,o=e.stateNode;t=vi(a,o),o=vi(n.memoizedProps,o);var s=bi(a.default,a.update);s===`none`?t=!1:(a=n.memoizedState,n.memoizedState=null,n=e.child,W=0,t=nu(e,n,t,o,s,a,!0),W!==(a===null?0:a.length)&&(e.flags|=32)),e.flags&4&&t?(Md(e,e.memoizedProps.onUpdate),Ul=i):i!==null&&(i.push.apply(i,Ul),Ul=i),lu=e.flags&32?!0:r;break;default:Mu(t,e)}}function Pu(e,t){if(t.subtreeFlags&8772)for(t=t.child;t!==null;)hu(e,t.alternate,t),t=t.sibling}function Fu(e,t){for(e=e.child;e!==null;){var n=e,r=t;switch(n.tag){case 0:case 11:case 14:case 15:Cl(4,n,n.return),Fu(n,r);break;case 1:Dl(n,n.return);var i=n.stateNode;typeof i.componentWillUnmount==`function`&&Tl(n,n.return,i),Fu(n,r);break;case 27:r&2&&gm(n.stateNode,n.type,n.memoizedProps);case 5:Dl(n,n.return),n.tag!==5&&n.tag!==27||Al(n),Fu(n,r);break;case 6:Al(n);break;case 26:Dl(n,n.return),i=n.stateNode,n.memoizedState!==null||i===null||G||i.parentNode.removeChild(i),Fu(n,r);break;case 22:n.memoizedState===null&&Fu(n,r);break;case 30:Dl(n,n.return),Fu(n,r);break;case 7:Dl(n,n.return);default:Fu(n,r)}e=e.sibling}}function Iu(e,t,n){for(n=t.subtreeFlags&8772?n:n&-2,t=t.child;t!==null;){var r=t.alternate,i=e,a=t,o=a.flags,s=!!(n&1);switch(a.tag){case 0:case 11:case 15:Iu(i,a,n),Sl(4,a);break;case 1:if(Iu(i,a,n),r=a,i=r.stateNode,typeof i.componentDidMount==`function`)try{i.componentDidMount()}catch(e){pf(r,r.return,e)}if(r=a,i=r.updateQueue,i!==null){var c=r.stateNode;try{var l=i.shared.hiddenCallbacks;if(l!==null)for(i.shared.hiddenCallbacks=null,i=0;i<l.length;i++)Co(l[i],c)}catch(e){pf(r,r.return,e)}}s&&o&64&&wl(a),El(a,a.return);break;case 27:n&2&&zl(a);case 5:a.tag!==5&&a.tag!==27||kl(a),Iu(i,a,n),s&&r===null&&o&4&&Nl(a),El(a,a.return);break;case 6:kl(a);break;case 26:c=a.stateNode,a.memoizedState!==null||c===null||iu||Km(bm(c.ownerDocument),a.type,c),Iu(i,a,n),s&&r===null&&o&4&&Nl(a),El(a,a.return);break;case 12:Iu(i,a,n);break;case 31:Iu(i,a,n),s&&o&4&&wu(i,a);break;case 13:Iu(i,a,n),s&&o&4&&Tu(i,a);break;case 22:a.memoizedState===null&&Iu(i,a,n),El(a,a.return);break;case 30:Iu(i,a,n),El(a,a.return);break;case 7:El(a,a.return);default:Iu(i,a,n)}t=t.sibling}}function Lu(e,t){var n=null;e!==null&&e.memoizedState!==null&&e.memoizedState.cachePool!==null&&(n=e.memoizedState.cachePool.pool),e=null,t.memoizedState!==null&&t.memoizedState.cachePool!==null&&(e=t.memoizedState.cachePool.pool),e!==n&&(e!=null&&e.refCount++,n!=null&&Ma(n))}function Ru(e,t){e=null,t.alternate!==null&&(e=t.alternate.memoizedState.cache),t=t.memoizedState.cache,t!==e&&(t.refCount++,e!=null&&Ma(e))}function zu(e,t,n,r){var i=(n&335544064)===n;if(t.subtreeFlags&(i?10262:10256))for(t=t.child;t!==null;)Bu(e,t,n,r),t=t.sibling;else i&&tu(t)}function Bu(e,t,n,r){var i=(n&335544064)===n;i&&t.alternate===null&&t.return!==null&&t.return.alternate!==null&&eu(t);var a=t.flags;switch(t.tag){case 0:case 11:case 15:zu(e,t,n,r),a&2048&&Sl(9,t);break;case 1:zu(e,t,n,r);break;case 3:zu(e,t,n,r),i&&fu&&(e=e.containerInfo,e=e.nodeType===9?e.body:e.nodeName===`HTML`?e.ownerDocument.body:e,e.style.viewTransitionName===`root`&&(e.style.viewTransitionName=``),e=e.ownerDocument.documentElement,e!==null&&e.style.viewTransitionName===`none`&&(e.style.viewTransitionName=``)),a&2048&&(a=null,t.alternate!==null&&(a=t.alternate.memoizedState.cache),t=t.memoizedState.cache,t!==a&&(t.refCount++,a!=null&&Ma(a)));break;case 12:if(a&2048){zu(e,t,n,r),a=t.stateNode;try{var o=t.memoizedProps,s=o.id,c=o.onPostCommit;typeof c==`function`&&c(s,t.alternate===null?`mount`:`update`,a.passiveEffectDuration,-0)}catch(e){pf(t,t.return,e)}}else zu(e,t,n,r);break;case 31:zu(e,t,n,r);break;case 13:zu(e,t,n,r);break;case 23:break;case 22:o=t.stateNode,s=t.alternate,t.memoizedState===null?(i&&s!==null&&s.memoizedState!==null&&eu(t),o._visibility&2?zu(e,t,n,r):(o._visibility|=2,Vu(e,t,n,r,!!(t.subtreeFlags&10256)||!1))):(i&&s!==null&&s.memoizedState===null&&eu(s),o._visibility&2?zu(e,t,n,r):Hu(e,t)),a&2048&&Lu(s,t);break;case 24:zu(e,t,n,r),a&2048&&Ru(t.alternate,t);break;case 30:i&&(a=t.alternate,a!==null&&(ql(a.child,!0),ql(t.child,!0))),zu(e,t,n,r);break;default:zu(e,t,n,r)}}function Vu(e,t,n,r,i){for(i&&=!!(t.subtreeFlags&10256)||!1,t=t.child;t!==null;){var a=e,o=t,s=n,c=r,l=o.flags;switch(o.tag){case 0:case 11:case 15:Vu(a,o,s,c,i),Sl(8,o);break;case 23:break;case 22:var u=o.stateNode;o.memoizedState===null?(u._visibility|=2,Vu(a,o,s,c,i)):u._visibility&2?Vu(a,o,s,c,i):Hu(a,o),i&&l&2048&&Lu(o.alternate,o);break;case 24:Vu(a,o,s,c,i),i&&l&2048&&Ru(o.alternate,o);break;default:Vu(a,o,s,c,i)}t=t.sibling}}function Hu(e,t){if(t.subtreeFlags&10256)for(t=t.child;t!==null;){var n=e,r=t,i=r.flags;switch(r.tag){case 22:Hu(n,r),i&2048&&Lu(r.alternate,r);break;case 24:Hu(n,r),i&2048&&Ru(r.alternate,r);break;default:Hu(n,r)}t=t.sibling}}var Uu=8192;function Wu(e,t,n){if(e.subtreeFlags&Uu)for(e=e.child;e!==null;)Gu(e,t,n),e=e.sibling}function Gu(e,t,n){switch(e.tag){case 26:Wu(e,t,n),e.flags&Uu&&(e.memoizedState===null?(e=e.stateNode,(t&335544128)===t&&Zm(n,e)):Qm(n,ku,e.memoizedState,e.memoizedProps));break;case 5:Wu(e,t,n),e.flags&Uu&&(e=e.stateNode,(t&335544128)===t&&Zm(n,e));break;case 3:case 4:var r=ku;ku=bm(e.stateNode.containerInfo),Wu(e,t,n),ku=r;break;case 22:e.memoizedState===null&&(r=e.alternate,r!==null&&r.memoizedState!==null?(r=Uu,Uu=16777216,Wu(e,t,n),Uu=r):Wu(e,t,n));break;case 30:if((e.flags&Uu)!==0&&(r=e.memoizedProps.name,r!=null&&r!==`auto`)){var i=e.stateNode;i.paired=null,Vl===null&&(Vl=new Map),Vl.set(r,i)}Wu(e,t,n);break;default:Wu(e,t,n)}}function Ku(e){var t=e.alternate;if(t!==null&&(e=t.child,e!==null)){t.child=null;do t=e.sibling,e.sibling=null,e=t;while(e!==null)}}function qu(e){var t=e.deletions;if(e.flags&16){if(t!==null)for(var n=0;n<t.length;n++){var r=t[n];cu=r,Xu(r,e)}Ku(e)}if(e.subtreeFlags&10256)for(e=e.child;e!==null;)Ju(e),e=e.sibling}function Ju(e){switch(e.tag){case 0:case 11:case 15:qu(e),e.flags&2048&&Cl(9,e,e.return);break;case 3:qu(e);break;case 12:qu(e);break;case 22:var t=e.stateNode;e.memoizedState!==null&&t._visibility&2&&(e.return===null||e.return.tag!==13)?(t._visibility&=-3,Yu(e)):qu(e);break;default:qu(e)}}function Yu(e){var t=e.deletions;if(e.flags&16){if(t!==null)for(var n=0;n<t.length;n++){var r=t[n];cu=r,Xu(r,e)}Ku(e)}for(e=e.child;e!==null;){switch(t=e,t.tag){case 0:case 11:case 15:Cl(8,t,t.return),Yu(t);break;case 22:n=t.stateNode,n._visibility&2&&(n._visibility&=-3,Yu(t));break;default:Yu(t)}e=e.sibling}}function Xu(e,t){for(;cu!==null;){var n=cu;switch(n.tag){case 0:case 11:case 15:Cl(8,n,t);break;case 23:case 22:if(n.memoizedState!==null&&n.memoizedState.cachePool!==null){var r=n.memoizedState.cachePool.pool;r!=null&&r.refCount++}break;case 24:Ma(n.memoizedState.cache)}if(r=n.child,r!==null)r.return=n,cu=r;else a:for(n=e;cu!==null;){r=cu;var i=r.sibling,a=r.return;if(yu(r),r===n){cu=null;break a}if(i!==null){i.return=a,cu=i;break a}cu=a}}}var Zu={getCacheForType:function(e){var t=wa(Aa),n=t.data.get(e);return n===void 0&&(n=e(),t.data.set(e,n)),n},cacheSignal:function(){return wa(Aa).controller.signal}},Qu=typeof WeakMap==`function`?WeakMap:Map,q=0,J=null,Y=null,X=0,Z=0,$u=null,ed=!1,td=!1,nd=!1,rd=0,id=0,ad=0,od=0,sd=0,cd=0,ld=0,ud=null,dd=null,fd=!1,pd=0,md=0,hd=1/0,gd=null,_d=null,vd=0,yd=null,bd=null,xd=0,Sd=0,Cd=null,wd=null,Td=null,Ed=null,Dd=null,Od=0,kd=null;function Ad(){return q&2&&X!==0?X&-X:O.T===null?Ot():Pf()}function jd(){if(cd===0){if(!(X&536870912)||B){var e=ft;ft<<=1,!(ft&3932160)&&(ft=262144),cd=e}else cd=536870912}return e=Ao.current,e!==null&&(e.flags|=32),cd}function Md(e,t){if(t!=null){var n=e.stateNode,r=n.ref;r===null&&(r=n.ref=Pp(vi(e.memoizedProps,n))),Ed===null&&(Ed=[]),Ed.push(t.bind(null,r))}}function Nd(e,t,n){(e===J&&(Z===2||Z===9)||e.cancelPendingCommit!==null)&&(Bd(e,0),Ld(e,X,cd,!1)),xt(e,n),q&2&&e===J||(e===J&&(!(q&2)&&(od|=n),id===4&&Ld(e,X,cd,!1)),Ef(e))}function Pd(e,t,n){if(q&6)throw Error(i(327));var r=!n&&!(t&127)&&(t&e.expiredLanes)===0||gt(e,t),a=r?Jd(e,t):Kd(e,t,!0),o=r;do{if(a===0){td&&!r&&Ld(e,t,0,!1);break}if(n=e.current.alternate,o&&!Id(n))a=Kd(e,t,!1),o=!1;else{if(a===2){if(o=t,e.errorRecoveryDisabledLanes&o)var s=0;else s=e.pendingLanes&-536870913,s=s===0?s&536870912?536870912:0:s;if(s!==0){t=s;a:{var c=e;a=ud;var l=c.current.memoizedState.isDehydrated;if(l&&(Bd(c,s).flags|=256),s=Kd(c,s,!1),s!==2&&s!==6){if(nd&&!l){c.errorRecoveryDisabledLanes|=o,od|=o,a=4;break a}o=dd,dd=a,o!==null&&(dd===null?dd=o:dd.push.apply(dd,o))}a=s}if(o=!1,a!==2)continue}}if(a===1){Bd(e,0),Ld(e,t,0,!0);break}a:{switch(r=e,o=a,o){case 0:case 1:throw Error(i(345));case 4:if((t&4194048)!==t&&(t&62914560)!==t)break;case 6:Ld(r,t,cd,!ed);break a;case 2:dd=null;break;case 3:case 5:break;default:throw Error(i(329))}if((t&62914560)===t&&(a=pd+300-Ye(),10<a)){if(Ld(r,t,cd,!ed),ht(r,0,!0)!==0)break a;xd=t,r.timeoutHandle=gp(Fd.bind(null,r,n,dd,gd,fd,t,cd,od,ld,ed,o,`Throttled`,-0,0),a);break a}Fd(r,n,dd,gd,fd,t,cd,od,ld,ed,o,null,-0,0)}break}}while(1);Ef(e)}function Fd(e,t,n,r,i,a,o,s,c,l,u,d,f,p){e.timeoutHandle=-1;var m=t.subtreeFlags,h=(a&335544064)===a;d=null,(h||m&8192||(m&16785408)==16785408)&&(d={stylesheets:null,count:0,imgCount:0,imgBytes:0,suspenseyImages:[],waitingForImages:!0,waitingForViewTransition:!1,unsuspend:bn},Vl=null,Gu(t,a,d),h&&(m=d,h=e.containerInfo,h=(h.nodeType===9?h:h.ownerDocument).__reactViewTransition,h!=null&&(m.count++,m.waitingForViewTransition=!0,m=nh.bind(m),h.finished.then(m,m))),m=(a&62914560)===a?pd-Ye():(a&4194048)===a?md-Ye():0,m=eh(d,m),m!==null)?(xd=a,e.cancelPendingCommit=m(tf.bind(null,e,t,a,n,r,i,o,s,c,l,u,d,null,f,p)),Ld(e,a,o,!l)):tf(e,t,a,n,r,i,o,s,c,l,u,d)}function Id(e){for(var t=e;;){var n=t.tag;if((n===0||n===11||n===15)&&t.flags&16384&&(n=t.updateQueue,n!==null&&(n=n.stores,n!==null)))for(var r=0;r<n.length;r++){var i=n[r],a=i.getSnapshot;i=i.value;try{if(!Hr(a(),i))return!1}catch{return!1}}if(n=t.child,t.subtreeFlags&16384&&n!==null)n.return=t,t=n;else{if(t===e)break;for(;t.sibling===null;){if(t.return===null||t.return===e)return!0;t=t.return}t.sibling.return=t.return,t=t.sibling}}return!0}function Ld(e,t,n,r){t=_t(e,t),t&=~sd,t&=~od,e.suspendedLanes|=t,e.pingedLanes&=~t,r&&(e.warmLanes|=t),r=e.expirationTimes;for(var i=t;0<i;){var a=31-st(i),o=1<<a;r[a]=-1,i&=~o}n!==0&&Ct(e,n,t)}function Rd(){return q&6?!0:(Df(0,!1),!1)}function zd(){if(Y!==null){if(Z===0)var e=Y.return;else e=Y,ga=ha=null,as(e),io=null,ao=0,e=Y;for(;e!==null;)xl(e.alternate,e),e=e.return;Y=null}}function Bd(e,t){var n=e.timeoutHandle;return n!==-1&&(e.timeoutHandle=-1,_p(n)),n=e.cancelPendingCommit,n!==null&&(e.cancelPendingCommit=null,n()),xd=0,zd(),J=e,Y=n=Fi(e.current,null),X=t,Z=0,$u=null,ed=!1,td=gt(e,t),nd=!1,ld=cd=sd=od=ad=id=0,dd=ud=null,fd=!1,rd=_t(e,t),Ti(),n}function Vd(e,t){H=null,O.H=mc,t===Ja||t===Xa?(t=no(),Z=3):t===Ya?(t=no(),Z=4):Z=t===Mc?8:typeof t==`object`&&t&&typeof t.then==`function`?6:1,$u=t,Y===null&&(id=1,Ec(e,Ui(t,e.current)))}function Hd(){var e=Ao.current;return e===null?!0:(X&4194048)===X?jo===null:(X&62914560)===X||X&536870912?e===jo:!1}function Ud(){var e=O.H;return O.H=mc,e===null?mc:e}function Wd(){var e=O.A;return O.A=Zu,e}function Gd(){id=4,ed||(X&4194048)!==X&&Ao.current!==null||(td=!0),!(ad&134217727)&&!(od&134217727)||J===null||Ld(J,X,cd,!1)}function Kd(e,t,n){var r=q;q|=2;var i=Ud(),a=Wd();(J!==e||X!==t)&&(gd=null,Bd(e,t)),t=!1;var o=id;a:do try{if(Z!==0&&Y!==null){var s=Y,c=$u;switch(Z){case 8:zd(),o=6;break a;case 3:case 2:case 9:case 6:Ao.current===null&&(t=!0);var l=Z;if(Z=0,$u=null,Qd(e,s,c,l),n&&td){o=0;break a}break;default:l=Z,Z=0,$u=null,Qd(e,s,c,l)}}qd(),o=id;break}catch(t){Vd(e,t)}while(1);return t&&e.shellSuspendCounter++,ga=ha=null,q=r,O.H=i,O.A=a,Y===null&&(J=null,X=0,Ti()),o}function qd(){for(;Y!==null;)Xd(Y)}function Jd(e,t){var n=q;q|=2;var r=Ud(),a=Wd();J!==e||X!==t?(gd=null,hd=Ye()+500,Bd(e,t)):td=gt(e,t);a:do try{if(Z!==0&&Y!==null){t=Y;var o=$u;b:switch(Z){case 1:Z=0,$u=null,Qd(e,t,o,1);break;case 2:case 9:if(Qa(o)){Z=0,$u=null,Zd(t);break}t=function(){Z!==2&&Z!==9||J!==e||(Z=7),Ef(e)},o.then(t,t);break a;case 3:Z=7;break a;case 4:Z=5;break a;case 7:Qa(o)?(Z=0,$u=null,Zd(t)):(Z=0,$u=null,Qd(e,t,o,7));break;case 5:var s=null;switch(Y.tag){case 26:s=Y.memoizedState;case 5:case 27:var c=Y;if(s?Ym(s):c.stateNode.complete){Z=0,$u=null;var l=c.sibling;if(l!==null)Y=l;else{var u=c.return;u===null?Y=null:(Y=u,$d(u))}break b}}Z=0,$u=null,Qd(e,t,o,5);break;case 6:Z=0,$u=null,Qd(e,t,o,6);break;case 8:zd(),id=6;break a;default:throw Error(i(462))}}Yd();break}catch(t){Vd(e,t)}while(1);return ga=ha=null,O.H=r,O.A=a,q=n,Y===null?(J=null,X=0,Ti(),id):0}function Yd(){for(;Y!==null&&!qe();)Xd(Y)}function Xd(e){var t=fl(e.alternate,e,rd);e.memoizedProps=e.pendingProps,t===null?$d(e):Y=t}function Zd(e){var t=e,n=t.alternate;switch(t.tag){case 15:case 0:t=Kc(n,t,t.pendingProps,t.type,void 0,X);break;case 11:t=Kc(n,t,t.pendingProps,t.type.render,t.ref,X);break;case 5:as(t);var r=t;r===ia&&(B?(la(r),r.tag===5&&r.stateNode!=null&&(z=r.stateNode)):(la(r),B=!0));default:xl(n,t),t=Y=Ii(t,rd),t=fl(n,t,rd)}e.memoizedProps=e.pendingProps,t===null?$d(e):Y=t}function Qd(e,t,n,r){ga=ha=null,as(t),io=null,ao=0;var i=t.return;try{if(jc(e,i,t,n,X)){id=1,Ec(e,Ui(n,e.current)),Y=null;return}}catch(t){if(i!==null)throw Y=i,t;id=1,Ec(e,Ui(n,e.current)),Y=null;return}t.flags&32768?(B||r===1?e=!0:td||X&536870912?e=!1:(ed=e=!0,(r===2||r===9||r===3||r===6)&&(r=Ao.current,r!==null&&r.tag===13&&(r.flags|=16384))),ef(t,e)):$d(t)}function $d(e){var t=e;do{if(t.flags&32768){ef(t,ed);return}e=t.return;var n=yl(t.alternate,t,rd);if(n!==null){Y=n;return}if(t=t.sibling,t!==null){Y=t;return}Y=t=e}while(t!==null);id===0&&(id=5)}function ef(e,t){do{var n=bl(e.alternate,e);if(n!==null){n.flags&=32767,Y=n;return}if(n=e.return,n!==null&&(n.flags|=32768,n.subtreeFlags=0,n.deletions=null),!t&&(e=e.sibling,e!==null)){Y=e;return}Y=e=n}while(e!==null);id=6,Y=null}function tf(e,t,n,r,a,o,s,c,l,u,d,f){e.cancelPendingCommit=null;do uf();while(vd!==0);if(q&6)throw Error(i(327));if(t!==null){if(t===e.current)throw Error(i(177));e===J&&(Y=J=null,X=0),bd=t,yd=e,xd=n,Cd=a,wd=r,nf(e,t,n,s,c,l,f)}}function nf(e,t,n,r,i,a,o){var s=t.lanes|t.childLanes;if(Sd=s,s|=wi,St(e,n,s,r,i,a),Ed=null,(n&335544064)===n?(Dd=Fa(e),r=10262):(Dd=null,r=10256),(t.subtreeFlags&r)!==0||(t.flags&r)!==0?(e.callbackNode=null,e.callbackPriority=0,yf($e,function(){return df(),null})):(e.callbackNode=null,e.callbackPriority=0),Bl=!1,r=!!(t.flags&13878),t.subtreeFlags&13878||r){r=O.T,O.T=null,i=k.p,k.p=2,a=q,q|=4;try{pu(e,t,n)}finally{q=a,k.p=i,O.T=r}}vd=1,Bl?Td=Mp(o,e.containerInfo,Dd,of,sf,af,cf,df,rf,null,null):(of(),sf(),cf())}function rf(e){if(vd!==0){var t=yd.onRecoverableError;t(e,{componentStack:null})}}function af(){vd===3&&(vd=0,Nu(bd,yd),vd=4)}function of(){if(vd===1){vd=0;var e=yd,t=bd,n=xd,r=!!(t.flags&13878);if(t.subtreeFlags&13878||r){r=O.T,O.T=null;var i=k.p;k.p=2;var a=q;q|=4;try{uu=du=!1,K(t,e,n),n=cp;var o=Jr(e.containerInfo),s=n.focusedElem,c=n.selectionRange;if(o!==s&&s&&s.ownerDocument&&qr(s.ownerDocument.documentElement,s)){if(c!==null&&Yr(s)){var l=c.start,u=c.end;if(u===void 0&&(u=l),`selectionStart`in s)s.selectionStart=l,s.selectionEnd=Math.min(u,s.value.length);else{var d=s.ownerDocument||document,f=d&&d.defaultView||window;if(f.getSelection){var p=f.getSelection(),m=s.textContent.length,h=Math.min(c.start,m),g=c.end===void 0?h:Math.min(c.end,m);!p.extend&&h>g&&(o=g,g=h,h=o);var _=Kr(s,h),v=Kr(s,g);if(_&&v&&(p.rangeCount!==1||p.anchorNode!==_.node||p.anchorOffset!==_.offset||p.focusNode!==v.node||p.focusOffset!==v.offset)){var y=d.createRange();y.setStart(_.node,_.offset),p.removeAllRanges(),h>g?(p.addRange(y),p.extend(v.node,v.offset)):(y.setEnd(v.node,v.offset),p.addRange(y))}}}}for(d=[],p=s;p=p.parentNode;)p.nodeType===1&&d.push({element:p,left:p.scrollLeft,top:p.scrollTop});for(typeof s.focus==`function`&&s.focus(),s=0;s<d.length;s++){var b=d[s];b.element.scrollLeft=b.left,b.element.scrollTop=b.top}}gh=!!sp,cp=sp=null}finally{q=a,k.p=i,O.T=r}}e.current=t,vd=2}}function sf(){if(vd===2){vd=0;var e=yd,t=bd,n=!!(t.flags&8772);if(t.subtreeFlags&8772||n){n=O.T,O.T=null;var r=k.p;k.p=2;var i=q;q|=4;try{hu(e,t.alternate,t)}finally{q=i,k.p=r,O.T=n}}vd=3}}function cf(){if(vd===4||vd===3){vd=0;var e=Td;Td=null,Je();var t=yd,n=bd,r=xd,i=wd,a=(r&335544064)===r?10262:10256;if((n.subtreeFlags&a)!==0||(n.flags&a)!==0?vd=5:(vd=0,bd=yd=null,lf(t,t.pendingLanes)),a=t.pendingLanes,a===0&&(_d=null),Dt(r),n=n.stateNode,at&&typeof at.onCommitFiberRoot==`function`)try{at.onCommitFiberRoot(it,n,void 0,(n.current.flags&128)==128)}catch{}if(i!==null){n=O.T,a=k.p,k.p=2,O.T=null;try{for(var o=t.onRecoverableError,s=0;s<i.length;s++){var c=i[s];o(c.value,{componentStack:c.stack})}}finally{O.T=n,k.p=a}}if(i=Ed,o=Dd,Dd=null,i!==null&&(Ed=null,o===null&&(o=[]),e!==null))for(c=0;c<i.length;c++)n=(0,i[c])(o),n!==void 0&&e.finished.finally(n);xd&3&&uf(),Ef(t),a=t.pendingLanes,r&261930&&a&42?t===kd?Od++:(Od=0,kd=t):(Od=0,kd=null),Df(0,!1)}}function lf(e,t){(e.pooledCacheLanes&=t)===0&&(t=e.pooledCache,t!=null&&(e.pooledCache=null,Ma(t)))}function uf(){return Td!==null&&(Td.skipTransition(),Td=null),of(),sf(),cf(),df()}function df(){if(vd!==5)return!1;var e=yd,t=Sd;Sd=0;var n=Dt(xd),r=O.T,a=k.p;try{k.p=32>n?32:n,O.T=null,n=Cd,Cd=null;var o=yd,s=xd;if(vd=0,bd=yd=null,xd=0,q&6)throw Error(i(331));var c=q;if(q|=4,Ju(o.current),Bu(o,o.current,s,n),q=c,Df(0,!1),at&&typeof at.onPostCommitFiberRoot==`function`)try{at.onPostCommitFiberRoot(it,o)}catch{}return!0}finally{k.p=a,O.T=r,lf(e,t)}}function ff(e,t,n){t=Ui(n,t),t=Oc(e.stateNode,t,2),e=_o(e,t,2),e!==null&&(xt(e,2),Ef(e))}function pf(e,t,n){if(e.tag===3)ff(e,e,n);else for(;t!==null;){if(t.tag===3){ff(t,e,n);break}if(t.tag===1){var r=t.stateNode;if(typeof t.type.getDerivedStateFromError==`function`||typeof r.componentDidCatch==`function`&&(_d===null||!_d.has(r))){e=Ui(n,e),n=kc(2),r=_o(t,n,2),r!==null&&(Ac(n,r,t,e),xt(r,2),Ef(r));break}}t=t.return}}function mf(e,t,n){var r=e.pingCache;if(r===null){r=e.pingCache=new Qu;var i=new Set;r.set(t,i)}else i=r.get(t),i===void 0&&(i=new Set,r.set(t,i));i.has(n)||(nd=!0,i.add(n),e=hf.bind(null,e,t,n),t.then(e,e))}function hf(e,t,n){var r=e.pingCache;r!==null&&r.delete(t),e.pingedLanes|=e.suspendedLanes&n,e.warmLanes&=~n,J===e&&(X&n)===n&&(id===4||id===3&&(X&62914560)===X&&300>Ye()-pd?q&2?sd|=n:Bd(e,0):sd|=n,ld===X&&(ld=0)),Ef(e)}function gf(e,t){t===0&&(t=yt()),e=Oi(e,t),e!==null&&(xt(e,t),Ef(e))}function _f(e){var t=e.memoizedState,n=0;t!==null&&(n=t.retryLane),gf(e,n)}function vf(e,t){var n=0;switch(e.tag){case 31:case 13:var r=e.stateNode,a=e.memoizedState;a!==null&&(n=a.retryLane);break;case 19:r=e.stateNode;break;case 22:r=e.stateNode._retryCache;break;default:throw Error(i(314))}r!==null&&r.delete(t),gf(e,n)}function yf(e,t){return Ge(e,t)}var bf=null,xf=null,Sf=!1,Cf=!1,wf=!1,Tf=0;function Ef(e){e!==xf&&e.next===null&&(xf===null?bf=xf=e:xf=xf.next=e),Cf=!0,Sf||(Sf=!0,Nf())}function Df(e,t){if(!wf&&Cf){wf=!0;do for(var n=!1,r=bf;r!==null;){if(!t){if(e!==0){var i=r.pendingLanes;if(i===0)var a=0;else{var o=r.suspendedLanes,s=r.pingedLanes;a=(1<<31-st(42|e)+1)-1,a&=i&~(o&~s),a=a&201326741?a&201326741|1:a?a|2:0}a!==0&&(n=!0,Mf(r,a))}else a=X,a=ht(r,r===J?a:0,r.cancelPendingCommit!==null||r.timeoutHandle!==-1),!(a&3)||gt(r,a)||(n=!0,Mf(r,a))}r=r.next}while(n);wf=!1}}function Of(){kf()}function kf(){Cf=Sf=!1;var e=0;Tf!==0&&hp()&&(e=Tf);for(var t=Ye(),n=null,r=bf;r!==null;){var i=r.next,a=Af(r,t);a===0?(r.next=null,n===null?bf=i:n.next=i,i===null&&(xf=n)):(n=r,(e!==0||a&3)&&(Cf=!0)),r=i}vd!==0&&vd!==5||Df(e,!1),Tf!==0&&(Tf=0)}function Af(e,t){for(var n=e.suspendedLanes,r=e.pingedLanes,i=e.expirationTimes,a=e.pendingLanes&-62914561;0<a;){var o=31-st(a),s=1<<o,c=i[o];c===-1?((s&n)===0||(s&r)!==0)&&(i[o]=vt(s,t)):c<=t&&(e.expiredLanes|=s),a&=~s}if(t=J,n=X,n=ht(e,e===t?n:0,e.cancelPendingCommit!==null||e.timeoutHandle!==-1),r=e.callbackNode,n===0||e===t&&(Z===2||Z===9)||e.cancelPendingCommit!==null)return r!==null&&r!==null&&Ke(r),e.callbackNode=null,e.callbackPriority=0;if(!(n&3)||gt(e,n)){if(t=n&-n,t===e.callbackPriority)return t;switch(r!==null&&Ke(r),Dt(n)){case 2:case 8:n=Qe;break;case 32:n=$e;break;case 268435456:n=tt;break;default:n=$e}return r=jf.bind(null,e),n=Ge(n,r),e.callbackPriority=t,e.callbackNode=n,t}return r!==null&&r!==null&&Ke(r),e.callbackPriority=2,e.callbackNode=null,2}function jf(e,t){if(vd!==0&&vd!==5)return e.callbackNode=null,e.callbackPriority=0,null;var n=e.callbackNode;if(uf()&&e.callbackNode!==n)return null;var r=X;return r=ht(e,e===J?r:0,e.cancelPendingCommit!==null||e.timeoutHandle!==-1),r===0?null:(Pd(e,r,t),Af(e,Ye()),e.callbackNode!=null&&e.callbackNode===n?jf.bind(null,e):null)}function Mf(e,t){if(uf())return null;Pd(e,t,!0)}function Nf(){bp(function(){q&6?Ge(Ze,Of):kf()})}function Pf(){if(Tf===0){var e=Ra;e===0&&(e=dt,dt<<=1,!(dt&261888)&&(dt=256)),Tf=e}return Tf}function Ff(e){return e==null||typeof e==`symbol`||typeof e==`boolean`?null:typeof e==`function`?e:yn(e)}function If(e,t,n,r,i){if(t===`submit`&&n&&n.stateNode===i){var a=Ff((i[Mt]||null).action),o=r.submitter;o&&(t=(t=o[Mt]||null)?Ff(t.formAction):o.getAttribute(`formAction`),t!==null&&(a=t,o=null));var s=new Bn(`action`,`action`,null,r,i);e.push({event:s,listeners:[{instance:null,listener:function(){if(r.defaultPrevented){if(Tf!==0){var e=new FormData(i,o);ec(n,{pending:!0,data:e,method:i.method,action:a},null,e)}}else typeof a==`function`&&(s.preventDefault(),e=new FormData(i,o),ec(n,{pending:!0,data:e,method:i.method,action:a},a,e))},currentTarget:i}]})}}for(var Lf=0;Lf<hi.length;Lf++){var Rf=hi[Lf];gi(Rf.toLowerCase(),`on`+(Rf[0].toUpperCase()+Rf.slice(1)))}gi(si,`onAnimationEnd`),gi(ci,`onAnimationIteration`),gi(li,`onAnimationStart`),gi(`dblclick`,`onDoubleClick`),gi(`focusin`,`onFocus`),gi(`focusout`,`onBlur`),gi(ui,`onTransitionRun`),gi(di,`onTransitionStart`),gi(fi,`onTransitionCancel`),gi(pi,`onTransitionEnd`),Jt(`onMouseEnter`,[`mouseout`,`mouseover`]),Jt(`onMouseLeave`,[`mouseout`,`mouseover`]),Jt(`onPointerEnter`,[`pointerout`,`pointerover`]),Jt(`onPointerLeave`,[`pointerout`,`pointerover`]),j(`onChange`,`change click focusin focusout input keydown keyup selectionchange`.split(` `)),j(`onSelect`,`focusout contextmenu dragend focusin keydown keyup mousedown mouseup selectionchange`.split(` `)),j(`onBeforeInput`,[`compositionend`,`keypress`,`textInput`,`paste`]),j(`onCompositionEnd`,`compositionend focusout keydown keypress keyup mousedown`.split(` `)),j(`onCompositionStart`,`compositionstart focusout keydown keypress keyup mousedown`.split(` `)),j(`onCompositionUpdate`,`compositionupdate focusout keydown keypress keyup mousedown`.split(` `));var zf=`abort canplay canplaythrough durationchange emptied encrypted ended error loadeddata loadedmetadata loadstart pause play playing progress ratechange resize seeked seeking stalled suspend timeupdate volumechange waiting`.split(` `),Bf=new Set(`beforetoggle cancel close invalid load scroll scrollend toggle`.split(` `).concat(zf));function Vf(e,t){t=!!(t&4);for(var n=0;n<e.length;n++){var r=e[n],i=r.event;r=r.listeners;a:{var a=void 0;if(t)for(var o=r.length-1;0<=o;o--){var s=r[o],c=s.instance,l=s.currentTarget;if(s=s.listener,c!==a&&i.isPropagationStopped())break a;a=s,i.currentTarget=l;try{a(i)}catch(e){xi(e)}i.currentTarget=null,a=c}else for(o=0;o<r.length;o++){if(s=r[o],c=s.instance,l=s.currentTarget,s=s.listener,c!==a&&i.isPropagationStopped())break a;a=s,i.currentTarget=l;try{a(i)}catch(e){xi(e)}i.currentTarget=null,a=c}}}}function Q(e,t){var n=t[Pt];n===void 0&&(n=t[Pt]=new Set);var r=e+`__bubble`;n.has(r)||(Gf(t,e,2,!1),n.add(r))}function Hf(e,t,n){var r=0;t&&(r|=4),Gf(n,e,r,t)}var Uf=`_reactListening`+Math.random().toString(36).slice(2);function Wf(e){if(!e[Uf]){e[Uf]=!0,Kt.forEach(function(t){t!==`selectionchange`&&(Bf.has(t)||Hf(t,!1,e),Hf(t,!0,e))});var t=e.nodeType===9?e:e.ownerDocument;t===null||t[Uf]||(t[Uf]=!0,Hf(`selectionchange`,!1,t))}}function Gf(e,t,n,r){switch(Ch(t)){case 2:var i=_h;break;case 8:i=vh;break;default:i=yh}n=i.bind(null,t,n,e),i=void 0,!kn||t!==`touchstart`&&t!==`touchmove`&&t!==`wheel`||(i=!0),r?i===void 0?e.addEventListener(t,n,!0):e.addEventListener(t,n,{capture:!0,passive:i}):i===void 0?e.addEventListener(t,n,!1):e.addEventListener(t,n,{passive:i})}function Kf(e,t,n,r,i){var a=r;if(!(t&1)&&!(t&2)&&r!==null)a:for(;;){if(r===null)return;var s=r.tag;if(s===3||s===4){var c=r.stateNode.containerInfo;if(c===i)break;if(s===4)for(s=r.return;s!==null;){var l=s.tag;if((l===3||l===4)&&s.stateNode.containerInfo===i)return;s=s.return}for(;c!==null;){if(s=Vt(c),s===null)return;if(l=s.tag,l===5||l===6||l===26||l===27){r=a=s;continue a}c=c.parentNode}}r=r.return}En(function(){var r=a,i=Sn(n),s=[];a:{var c=mi.get(e);if(c!==void 0){var l=Bn,u=e;switch(e){case`keypress`:if(Fn(n)===0)break a;case`keydown`:case`keyup`:l=ir;break;case`focusin`:u=`focus`,l=Yn;break;case`focusout`:u=`blur`,l=Yn;break;case`beforeblur`:case`afterblur`:l=Yn;break;case`click`:if(n.button===2)break a;case`auxclick`:case`dblclick`:case`mousedown`:case`mousemove`:case`mouseup`:case`mouseout`:case`mouseover`:case`contextmenu`:l=qn;break;case`drag`:case`dragend`:case`dragenter`:case`dragexit`:case`dragleave`:case`dragover`:case`dragstart`:case`drop`:l=Jn;break;case`touchcancel`:case`touchend`:case`touchmove`:case`touchstart`:l=sr;break;case si:case ci:case li:l=Xn;break;case pi:l=cr;break;case`scroll`:case`scrollend`:l=Hn;break;case`wheel`:l=lr;break;case`copy`:case`cut`:case`paste`:l=Zn;break;case`gotpointercapture`:case`lostpointercapture`:case`pointercancel`:case`pointerdown`:case`pointermove`:case`pointerout`:case`pointerover`:case`pointerup`:l=ar;break;case`submit`:l=or;break;case`toggle`:case`beforetoggle`:l=ur}var d=!!(t&4),f=!d&&(e===`scroll`||e===`scrollend`),p=d?c===null?null:c+`Capture`:c;d=[];for(var m=r,h;m!==null;){var g=m;if(h=g.stateNode,g=g.tag,g!==5&&g!==26&&g!==27||h===null||p===null||(g=Dn(m,p),g!=null&&d.push(qf(m,g,h))),f)break;m=m.return}0<d.length&&(c=new l(c,u,null,n,i),s.push({event:c,listeners:d}))}}if(!(t&7)){a:{if(l=e===`mouseover`||e===`pointerover`,c=e===`mouseout`||e===`pointerout`,l&&n!==xn&&(u=n.relatedTarget||n.fromElement)&&(Vt(u)||u[Nt]))break a;(c||l)&&(u=i.window===i?i:(l=i.ownerDocument)?l.defaultView||l.parentWindow:window,c?(l=n.relatedTarget||n.toElement,c=r,l=l?Vt(l):null,l!==null&&(f=o(l),d=l.tag,l!==f||d!==5&&d!==27&&d!==6)&&(l=null)):(c=null,l=r),c!==l&&(d=qn,g=`onMouseLeave`,p=`onMouseEnter`,m=`mouse`,(e===`pointerout`||e===`pointerover`)&&(d=ar,g=`onPointerLeave`,p=`onPointerEnter`,m=`pointer`),f=c==null?u:Ut(c),h=l==null?u:Ut(l),u=new d(g,m+`leave`,c,n,i),u.target=f,u.relatedTarget=h,g=null,Vt(i)===r&&(d=new d(p,m+`enter`,l,n,i),d.target=h,d.relatedTarget=f,g=d),f=g,d=c&&l?E(c,l,Yf):null,c!==null&&Xf(s,u,c,d,!1),l!==null&&f!==null&&Xf(s,f,l,d,!0)))}a:{if(c=r?Ut(r):window,l=c.nodeName&&c.nodeName.toLowerCase(),l===`select`||l===`input`&&c.type===`file`)var _=Ar;else if(wr(c)){if(jr)_=Br;else{_=Rr;var v=Lr}}else l=c.nodeName,!l||l.toLowerCase()!==`input`||c.type!==`checkbox`&&c.type!==`radio`?r&&gn(r.elementType)&&(_=Ar):_=zr;if(_&&=_(e,r)){Tr(s,_,n,i);break a}v&&v(e,c,r)}switch(v=r?Ut(r):window,e){case`focusin`:(wr(v)||v.contentEditable===`true`)&&(Zr=v,Qr=r,$r=null);break;case`focusout`:$r=Qr=Zr=null;break;case`mousedown`:ei=!0;break;case`contextmenu`:case`mouseup`:case`dragend`:ei=!1,ti(s,n,i);break;case`selectionchange`:if(Xr)break;case`keydown`:case`keyup`:ti(s,n,i)}var y;if(fr)b:{switch(e){case`compositionstart`:var b=`onCompositionStart`;break b;case`compositionend`:b=`onCompositionEnd`;break b;case`compositionupdate`:b=`onCompositionUpdate`;break b}b=void 0}else br?vr(e,n)&&(b=`onCompositionEnd`):e===`keydown`&&n.keyCode===229&&(b=`onCompositionStart`);b&&(hr&&n.locale!==`ko`&&(br||b!==`onCompositionStart`?b===`onCompositionEnd`&&br&&(y=Pn()):(jn=i,Mn=`value`in jn?jn.value:jn.textContent,br=!0)),v=Jf(r,b),0<v.length&&(b=new Qn(b,e,null,n,i),s.push({event:b,listeners:v}),y?b.data=y:(y=yr(n),y!==null&&(b.data=y)))),(y=mr?xr(e,n):Sr(e,n))&&(b=Jf(r,`onBeforeInput`),0<b.length&&(v=new Qn(`onBeforeInput`,`beforeinput`,null,n,i),s.push({event:v,listeners:b}),v.data=y)),If(s,e,r,n,i)}Vf(s,t)})}function qf(e,t,n){return{instance:e,listener:t,currentTarget:n}}function Jf(e,t){for(var n=t+`Capture`,r=[];e!==null;){var i=e,a=i.stateNode;if(i=i.tag,i!==5&&i!==26&&i!==27||a===null||(i=Dn(e,n),i!=null&&r.unshift(qf(e,i,a)),i=Dn(e,t),i!=null&&r.push(qf(e,i,a))),e.tag===3)return r;e=e.return}return[]}function Yf(e){if(e===null)return null;do e=e.return;while(e&&e.tag!==5&&e.tag!==27);return e||null}function Xf(e,t,n,r,i){for(var a=t._reactName,o=[];n!==null&&n!==r;){var s=n,c=s.alternate,l=s.stateNode;if(s=s.tag,c!==null&&c===r)break;s!==5&&s!==26&&s!==27||l===null||(c=l,i?(l=Dn(n,a),l!=null&&o.unshift(qf(n,l,c))):i||(l=Dn(n,a),l!=null&&o.push(qf(n,l,c)))),n=n.return}o.length!==0&&e.push({event:t,listeners:o})}var Zf=/\r\n?/g,Qf=/\u0000|\uFFFD/g;function $f(e){return(typeof e==`string`?e:``+e).replace(Zf,`
`).replace(Qf,``)}function ep(e,t){return t=$f(t),$f(e)===t}function $(e,t,n,r,a,o){switch(n){case`children`:if(typeof r==`string`)t===`body`||t===`textarea`&&r===``||fn(e,r);else if(typeof r==`number`||typeof r==`bigint`)t!==`body`&&fn(e,``+r);else return;break;case`className`:tn(e,`class`,r);break;case`tabIndex`:tn(e,`tabindex`,r);break;case`dir`:case`role`:case`viewBox`:case`width`:case`height`:tn(e,n,r);break;case`style`:hn(e,r,o);return;case`data`:if(t!==`object`){tn(e,`data`,r);break}case`src`:case`href`:if(r===``&&(t!==`a`||n!==`href`)||r==null||typeof r==`function`||typeof r==`symbol`||typeof r==`boolean`){e.removeAttribute(n);break}r=yn(r),e.setAttribute(n,r);break;case`action`:case`formAction`:if(typeof r==`function`){e.setAttribute(n,`javascript:throw new Error('A React form was unexpectedly submitted. If you called form.submit() manually, consider using form.requestSubmit() instead. If you\\'re trying to use event.stopPropagation() in a submit event handler, consider also calling event.preventDefault().')`);break}if(typeof o==`function`&&(n===`formAction`?(t!==`input`&&$(e,t,`name`,a.name,a,null),$(e,t,`formEncType`,a.formEncType,a,null),$(e,t,`formMethod`,a.formMethod,a,null),$(e,t,`formTarget`,a.formTarget,a,null)):($(e,t,`encType`,a.encType,a,null),$(e,t,`method`,a.method,a,null),$(e,t,`target`,a.target,a,null))),r==null||typeof r==`symbol`||typeof r==`boolean`){e.removeAttribute(n);break}r=yn(r),e.setAttribute(n,r);break;case`onClick`:r!=null&&(e.onclick=bn);return;case`onScroll`:r!=null&&Q(`scroll`,e);return;case`onScrollEnd`:r!=null&&Q(`scrollend`,e);return;case`dangerouslySetInnerHTML`:if(r!=null){if(typeof r!=`object`||!(`__html`in r))throw Error(i(61));if(n=r.__html,n!=null){if(a.children!=null)throw Error(i(60));o?.__html!==n&&(e.innerHTML=n)}}break;case`multiple`:e.multiple=r&&typeof r!=`function`&&typeof r!=`symbol`;break;case`muted`:e.muted=r&&typeof r!=`function`&&typeof r!=`symbol`;break;case`suppressContentEditableWarning`:case`suppressHydrationWarning`:case`defaultValue`:case`defaultChecked`:case`innerHTML`:case`ref`:break;case`autoFocus`:break;case`xlinkHref`:if(r==null||typeof r==`function`||typeof r==`boolean`||typeof r==`symbol`){e.removeAttribute(`xlink:href`);break}n=yn(r),e.setAttributeNS(`http://www.w3.org/1999/xlink`,`xlink:href`,n);break;case`contentEditable`:case`spellCheck`:case`draggable`:case`value`:case`autoReverse`:case`externalResourcesRequired`:case`focusable`:case`preserveAlpha`:r!=null&&typeof r!=`function`&&typeof r!=`symbol`?e.setAttribute(n,r):e.removeAttribute(n);break;case`inert`:case`allowFullScreen`:case`async`:case`autoPlay`:case`controls`:case`credentialless`:case`default`:case`defer`:case`disabled`:case`disablePictureInPicture`:case`disableRemotePlayback`:case`formNoValidate`:case`hidden`:case`loop`:case`noModule`:case`noValidate`:case`open`:case`playsInline`:case`readOnly`:case`required`:case`reversed`:case`scoped`:case`seamless`:case`itemScope`:r&&typeof r!=`function`&&typeof r!=`symbol`?e.setAttribute(n,``):e.removeAttribute(n);break;case`capture`:case`download`:!0===r?e.setAttribute(n,``):!1!==r&&r!=null&&typeof r!=`function`&&typeof r!=`symbol`?e.setAttribute(n,r):e.removeAttribute(n);break;case`cols`:case`rows`:case`size`:case`span`:r!=null&&typeof r!=`function`&&typeof r!=`symbol`&&!isNaN(r)&&1<=r?e.setAttribute(n,r):e.removeAttribute(n);break;case`rowSpan`:case`start`:r==null||typeof r==`function`||typeof r==`symbol`||isNaN(r)?e.removeAttribute(n):e.setAttribute(n,r);break;case`popover`:Q(`beforetoggle`,e),Q(`toggle`,e),en(e,`popover`,r);break;case`xlinkActuate`:nn(e,`http://www.w3.org/1999/xlink`,`xlink:actuate`,r);break;case`xlinkArcrole`:nn(e,`http://www.w3.org/1999/xlink`,`xlink:arcrole`,r);break;case`xlinkRole`:nn(e,`http://www.w3.org/1999/xlink`,`xlink:role`,r);break;case`xlinkShow`:nn(e,`http://www.w3.org/1999/xlink`,`xlink:show`,r);break;case`xlinkTitle`:nn(e,`http://www.w3.org/1999/xlink`,`xlink:title`,r);break;case`xlinkType`:nn(e,`http://www.w3.org/1999/xlink`,`xlink:type`,r);break;case`xmlBase`:nn(e,`http://www.w3.org/XML/1998/namespace`,`xml:base`,r);break;case`xmlLang`:nn(e,`http://www.w3.org/XML/1998/namespace`,`xml:lang`,r);break;case`xmlSpace`:nn(e,`http://www.w3.org/XML/1998/namespace`,`xml:space`,r);break;case`is`:en(e,`is`,r);break;case`innerText`:case`textContent`:return;default:if(!(2<n.length)||n[0]!==`o`&&n[0]!==`O`||n[1]!==`n`&&n[1]!==`N`)n=_n.get(n)||n,en(e,n,r);else return}M=!0}function tp(e,t,n,r,a,o){switch(n){case`style`:hn(e,r,o);return;case`dangerouslySetInnerHTML`:if(r!=null){if(typeof r!=`object`||!(`__html`in r))throw Error(i(61));if(n=r.__html,n!=null){if(a.children!=null)throw Error(i(60));o?.__html!==n&&(e.innerHTML=n)}}break;case`children`:if(typeof r==`string`)fn(e,r);else if(typeof r==`number`||typeof r==`bigint`)fn(e,``+r);else return;break;case`onScroll`:r!=null&&Q(`scroll`,e);return;case`onScrollEnd`:r!=null&&Q(`scrollend`,e);return;case`onClick`:r!=null&&(e.onclick=bn);return;case`suppressContentEditableWarning`:case`suppressHydrationWarning`:case`innerHTML`:case`ref`:return;case`innerText`:case`textContent`:return;default:if(!qt.hasOwnProperty(n))a:{if(n[0]===`o`&&n[1]===`n`&&(a=n.endsWith(`Capture`),o=n.slice(2,a?n.length-7:void 0),t=e[Mt]||null,t=t==null?null:t[n],typeof t==`function`&&e.removeEventListener(o,t,a),typeof r==`function`)){typeof t!=`function`&&t!==null&&(n in e?e[n]=null:e.hasAttribute(n)&&e.removeAttribute(n)),e.addEventListener(o,r,a);break a}M=!0,n in e?e[n]=r:!0===r?e.setAttribute(n,``):en(e,n,r)}return}M=!0}function np(e,t,n){switch(t){case`div`:case`span`:case`svg`:case`path`:case`a`:case`g`:case`p`:case`li`:break;case`img`:Q(`error`,e),Q(`load`,e);var r=!1,a=!1,o;for(o in n)if(n.hasOwnProperty(o)){var s=n[o];if(s!=null)switch(o){case`src`:r=!0;break;case`srcSet`:a=!0;break;case`children`:case`dangerouslySetInnerHTML`:throw Error(i(137,t));default:$(e,t,o,s,n,null)}}a&&$(e,t,`srcSet`,n.srcSet,n,null),r&&$(e,t,`src`,n.src,n,null);return;case`input`:Q(`invalid`,e);var c=o=s=a=null,l=null,u=null;for(r in n)if(n.hasOwnProperty(r)){var d=n[r];if(d!=null)switch(r){case`name`:a=d;break;case`type`:s=d;break;case`checked`:l=d;break;case`defaultChecked`:u=d;break;case`value`:o=d;break;case`defaultValue`:c=d;break;case`children`:case`dangerouslySetInnerHTML`:if(d!=null)throw Error(i(137,t));break;default:$(e,t,r,d,n,null)}}cn(e,o,c,l,u,s,a,!1);return;case`select`:for(a in Q(`invalid`,e),r=s=o=null,n)if(n.hasOwnProperty(a)&&(c=n[a],c!=null))switch(a){case`value`:o=c;break;case`defaultValue`:s=c;break;case`multiple`:r=c;default:$(e,t,a,c,n,null)}t=o,n=s,e.multiple=!!r,t==null?n!=null&&L(e,!!r,n,!0):L(e,!!r,t,!1);return;case`textarea`:for(s in Q(`invalid`,e),o=a=r=null,n)if(n.hasOwnProperty(s)&&(c=n[s],c!=null))switch(s){case`value`:r=c;break;case`defaultValue`:a=c;break;case`children`:o=c;break;case`dangerouslySetInnerHTML`:if(c!=null)throw Error(i(91));break;default:$(e,t,s,c,n,null)}dn(e,r,a,o);return;case`option`:for(l in n)if(n.hasOwnProperty(l)&&(r=n[l],r!=null))switch(l){case`selected`:e.selected=r&&typeof r!=`function`&&typeof r!=`symbol`;break;default:$(e,t,l,r,n,null)}return;case`dialog`:Q(`beforetoggle`,e),Q(`toggle`,e),Q(`cancel`,e),Q(`close`,e);break;case`iframe`:case`object`:Q(`load`,e);break;case`video`:case`audio`:for(r=0;r<zf.length;r++)Q(zf[r],e);break;case`image`:Q(`error`,e),Q(`load`,e);break;case`details`:Q(`toggle`,e);break;case`embed`:case`source`:case`link`:Q(`error`,e),Q(`load`,e);case`area`:case`base`:case`br`:case`col`:case`hr`:case`keygen`:case`meta`:case`param`:case`track`:case`wbr`:case`menuitem`:for(u in n)if(n.hasOwnProperty(u)&&(r=n[u],r!=null))switch(u){case`children`:case`dangerouslySetInnerHTML`:throw Error(i(137,t));default:$(e,t,u,r,n,null)}return;default:if(gn(t)){for(d in n)n.hasOwnProperty(d)&&(r=n[d],r!==void 0&&tp(e,t,d,r,n,void 0));return}}for(c in n)n.hasOwnProperty(c)&&(r=n[c],r!=null&&$(e,t,c,r,n,null))}var rp={};function ip(e,t,n,r){switch(t){case`div`:case`span`:case`svg`:case`path`:case`a`:case`g`:case`p`:case`li`:break;case`input`:var a=null,o=null,s=null,c=null,l=null,u=null,d=null;for(m in n){var f=n[m];if(n.hasOwnProperty(m)&&f!=null)switch(m){case`checked`:break;case`value`:break;case`defaultValue`:l=f;default:r.hasOwnProperty(m)||$(e,t,m,null,r,f)}}for(var p in r){var m=r[p];if(f=n[p],r.hasOwnProperty(p)&&(m!=null||f!=null))switch(p){case`type`:m!==f&&(M=!0),o=m;break;case`name`:m!==f&&(M=!0),a=m;break;case`checked`:m!==f&&(M=!0),u=m;break;case`defaultChecked`:m!==f&&(M=!0),d=m;break;case`value`:m!==f&&(M=!0),s=m;break;case`defaultValue`:m!==f&&(M=!0),c=m;break;case`children`:case`dangerouslySetInnerHTML`:if(m!=null)throw Error(i(137,t));break;default:m!==f&&$(e,t,p,m,r,f)}}I(e,s,c,l,u,d,o,a);return;case`select`:for(o in m=s=c=p=null,n)if(l=n[o],n.hasOwnProperty(o)&&l!=null)switch(o){case`value`:break;case`multiple`:m=l;default:r.hasOwnProperty(o)||$(e,t,o,null,r,l)}for(a in r)if(o=r[a],l=n[a],r.hasOwnProperty(a)&&(o!=null||l!=null))switch(a){case`value`:o!==l&&(M=!0),p=o;break;case`defaultValue`:o!==l&&(M=!0),c=o;break;case`multiple`:o!==l&&(M=!0),s=o;default:o!==l&&$(e,t,a,o,r,l)}t=c,n=s,r=m,p==null?!!r!=!!n&&(t==null?L(e,!!n,n?[]:``,!1):L(e,!!n,t,!0)):L(e,!!n,p,!1);return;case`textarea`:for(c in m=p=null,n)if(a=n[c],n.hasOwnProperty(c)&&a!=null&&!r.hasOwnProperty(c))switch(c){case`value`:break;case`children`:break;default:$(e,t,c,null,r,a)}for(s in r)if(a=r[s],o=n[s],r.hasOwnProperty(s)&&(a!=null||o!=null))switch(s){case`value`:a!==o&&(M=!0),p=a;break;case`defaultValue`:a!==o&&(M=!0),m=a;break;case`children`:break;case`dangerouslySetInnerHTML`:if(a!=null)throw Error(i(91));break;default:a!==o&&$(e,t,s,a,r,o)}un(e,p,m);return;case`option`:for(var h in n)if(p=n[h],n.hasOwnProperty(h)&&p!=null&&!r.hasOwnProperty(h))switch(h){case`selected`:e.selected=!1;break;default:$(e,t,h,null,r,p)}for(l in r)if(p=r[l],m=n[l],r.hasOwnProperty(l)&&p!==m&&(p!=null||m!=null))switch(l){case`selected`:p!==m&&(M=!0),e.selected=p&&typeof p!=`function`&&typeof p!=`symbol`;break;default:$(e,t,l,p,r,m)}return;case`img`:case`link`:case`area`:case`base`:case`br`:case`col`:case`embed`:case`hr`:case`keygen`:case`meta`:case`param`:case`source`:case`track`:case`wbr`:case`menuitem`:for(var g in n)p=n[g],n.hasOwnProperty(g)&&p!=null&&!r.hasOwnProperty(g)&&$(e,t,g,null,r,p);for(u in r)if(p=r[u],m=n[u],r.hasOwnProperty(u)&&p!==m&&(p!=null||m!=null))switch(u){case`children`:case`dangerouslySetInnerHTML`:if(p!=null)throw Error(i(137,t));break;default:$(e,t,u,p,r,m)}return;default:if(gn(t)){for(var _ in n)p=n[_],n.hasOwnProperty(_)&&p!==void 0&&!r.hasOwnProperty(_)&&tp(e,t,_,void 0,r,p);for(d in r)p=r[d],m=n[d],!r.hasOwnProperty(d)||p===m||p===void 0&&m===void 0||tp(e,t,d,p,r,m);return}}for(var v in n)p=n[v],n.hasOwnProperty(v)&&p!=null&&!r.hasOwnProperty(v)&&$(e,t,v,null,r,p);for(f in r)p=r[f],m=n[f],!r.hasOwnProperty(f)||p===m||p==null&&m==null||$(e,t,f,p,r,m)}function ap(e){switch(e){case`css`:case`script`:case`font`:case`img`:case`image`:case`input`:case`link`:return!0;default:return!1}}function op(){if(typeof performance.getEntriesByType==`function`){for(var e=0,t=0,n=performance.getEntriesByType(`resource`),r=0;r<n.length;r++){var i=n[r],a=i.transferSize,o=i.initiatorType,s=i.duration;if(a&&s&&ap(o)){for(o=0,s=i.responseEnd,r+=1;r<n.length;r++){var c=n[r],l=c.startTime;if(l>s)break;var u=c.transferSize,d=c.initiatorType;u&&ap(d)&&(c=c.responseEnd,o+=u*(c<s?1:(s-l)/(c-l)))}if(--r,t+=8*(a+o)/(i.duration/1e3),e++,10<e)break}}if(0<e)return t/e/1e6}return navigator.connection&&(e=navigator.connection.downlink,typeof e==`number`)?e:5}var sp=null,cp=null;function lp(e){return e.nodeType===9?e:e.ownerDocument}function up(e){switch(e){case`http://www.w3.org/2000/svg`:return 1;case`http://www.w3.org/1998/Math/MathML`:return 2;default:return 0}}function dp(e,t){if(e===0)switch(t){case`svg`:return 1;case`math`:return 2;default:return 0}return e===1&&t===`foreignObject`?0:e}function fp(e,t,n,r){return n=lp(n).createElement(e),n[jt]=r,n[Mt]=t,np(n,e,t),A(n),n}function pp(e,t){return e===`textarea`||e===`noscript`||typeof t.children==`string`||typeof t.children==`number`||typeof t.children==`bigint`||typeof t.dangerouslySetInnerHTML==`object`&&t.dangerouslySetInnerHTML!==null&&t.dangerouslySetInnerHTML.__html!=null}var mp=null;function hp(){var e=window.event;return e&&e.type===`popstate`?e!==mp&&(mp=e,!0):(mp=null,!1)}var gp=typeof setTimeout==`function`?setTimeout:void 0,_p=typeof clearTimeout==`function`?clearTimeout:void 0,vp=typeof Promise==`function`?Promise:void 0,yp=typeof requestAnimationFrame==`function`?requestAnimationFrame:gp,bp=typeof queueMicrotask==`function`?queueMicrotask:vp===void 0?gp:function(e){return vp.resolve(null).then(e).catch(xp)};function xp(e){setTimeout(function(){throw e})}function Sp(e){return e===`head`}function Cp(e,t){var n=t,r=0;do{var i=n.nextSibling;if(e.removeChild(n),i&&i.nodeType===8){if(n=i.data,n===`/$`||n===`/&`){if(r===0){e.removeChild(i),Hh(t);return}r--}else if(n===`$`||n===`$?`||n===`$~`||n===`$!`||n===`&`)r++;else if(n===`html`)_m(e.ownerDocument.documentElement);else if(n===`head`){n=e.ownerDocument.head,_m(n);for(var a=n.firstChild;a;){var o=a.nextSibling,s=a.nodeName;a[Rt]||s===`SCRIPT`||s===`STYLE`||s===`LINK`&&a.rel.toLowerCase()===`stylesheet`||n.removeChild(a),a=o}}else n===`body`&&_m(e.ownerDocument.body)}n=i}while(n);Hh(t)}function wp(e,t){var n=e;e=0;do{var r=n.nextSibling;if(n.nodeType===1?t?(n._stashedDisplay=n.style.display,n.style.display=`none`):(n.style.display=n._stashedDisplay||``,n.getAttribute(`style`)===``&&n.removeAttribute(`style`)):n.nodeType===3&&(t?(n._stashedText=n.nodeValue,n.nodeValue=``):n.nodeValue=n._stashedText||``),r&&r.nodeType===8){if(n=r.data,n===`/$`){if(e===0)break;e--}else n!==`$`&&n!==`$?`&&n!==`$~`&&n!==`$!`||e++}n=r}while(n)}function Tp(e,t,n){if(t=CSS.escape(t)===t?t:`r-`+btoa(t).replace(/=/g,``),e.style.viewTransitionName=t,n!=null&&(e.style.viewTransitionClass=n),n=getComputedStyle(e),n.display===`inline`){if(t=e.getClientRects(),t.length===1)var r=1;else for(var i=r=0;i<t.length;i++){var a=t[i];0<a.width&&0<a.height&&r++}r===1&&(e=e.style,e.display=t.length===1?`inline-block`:`block`,e.marginTop=`-`+n.paddingTop,e.marginBottom=`-`+n.paddingBottom)}}function Ep(e,t){e=e.style,t=t.style;var n=t==null?null:t.hasOwnProperty(`viewTransitionName`)?t.viewTransitionName:t.hasOwnProperty(`view-transition-name`)?t[`view-transition-name`]:null;e.viewTransitionName=n==null||typeof n==`boolean`?``:(``+n).trim(),n=t==null?null:t.hasOwnProperty(`viewTransitionClass`)?t.viewTransitionClass:t.hasOwnProperty(`view-transition-class`)?t[`view-transition-class`]:null,e.viewTransitionClass=n==null||typeof n==`boolean`?``:(``+n).trim(),e.display===`inline-block`&&(t==null?e.display=e.margin=``:(n=t.display,e.display=n==null||typeof n==`boolean`?``:n,n=t.margin,n==null?(n=t.hasOwnProperty(`marginTop`)?t.marginTop:t[`margin-top`],e.marginTop=n==null||typeof n==`boolean`?``:n,t=t.hasOwnProperty(`marginBottom`)?t.marginBottom:t[`margin-bottom`],e.marginBottom=t==null||typeof t==`boolean`?``:t):e.margin=n))}function Dp(e,t,n){return n=n.ownerDocument.defaultView,{rect:e,abs:t.position===`absolute`||t.position===`fixed`,clip:t.clipPath!==`none`||t.overflow!==`visible`||t.filter!==`none`||t.mask!==`none`||t.mask!==`none`||t.borderRadius!==`0px`,view:0<=e.bottom&&0<=e.right&&e.top<=n.innerHeight&&e.left<=n.innerWidth}}function Op(e){return Dp(e.getBoundingClientRect(),getComputedStyle(e),e)}function kp(e){var t=e.getBoundingClientRect();t=new DOMRect(t.x+2e4,t.y+2e4,t.width,t.height);var n=getComputedStyle(e);return Dp(t,n,e)}function Ap(e){return e.documentElement.clientHeight}function jp(e){this.addEventListener(`load`,e),this.addEventListener(`error`,e)}function Mp(e,t,n,r,i,a,o,s,c){var l=t.nodeType===9?t:t.ownerDocument;try{var u=l.startViewTransition({update:function(){var t=l.defaultView,n=t.navigation&&t.navigation.transition,o=l.fonts.status;r();var s=[];if(o===`loaded`&&(Ap(l),l.fonts.status===`loading`&&s.push(l.fonts.ready)),o=s.length,e!==null)for(var c=e.suspenseyImages,u=0,d=0;d<c.length;d++){var f=c[d];if(!f.complete){var p=f.getBoundingClientRect();if(0<p.bottom&&0<p.right&&p.top<t.innerHeight&&p.left<t.innerWidth){if(u+=Xm(f),u>$m){s.length=o;break}f=new Promise(jp.bind(f)),s.push(f)}}}if(0<s.length)return t=Promise.race([Promise.all(s),new Promise(function(e){return setTimeout(e,500)})]).then(i,i),(n?Promise.allSettled([n.finished,t]):t).then(a,a);if(i(),n)return n.finished.then(a,a);a()},types:n});l.__reactViewTransition=u;var d=[];return u.ready.then(function(){for(var e=l.documentElement.getAnimations({subtree:!0}),t=0;t<e.length;t++){var n=e[t],r=n.effect,i=r.pseudoElement;if(i!=null&&i.startsWith(`::view-transition`)){d.push(n),n=r.getKeyframes();for(var a=i=void 0,s=!0,c=0;c<n.length;c++){var u=n[c],f=u.width;if(i===void 0)i=f;else if(i!==f){s=!1;break}if(f=u.height,a===void 0)a=f;else if(a!==f){s=!1;break}delete u.width,delete u.height,u.transform===`none`&&delete u.transform}s&&i!==void 0&&a!==void 0&&(r.setKeyframes(n),s=getComputedStyle(r.target,r.pseudoElement),s.width!==i||s.height!==a)&&(s=n[0],s.width=i,s.height=a,s=n[n.length-1],s.width=i,s.height=a,r.setKeyframes(n))}}o()},function(e){l.__reactViewTransition===u&&(l.__reactViewTransition=null);try{if(typeof e==`object`&&e)switch(e.name){case`InvalidStateError`:(e.message===`View transition was skipped because document visibility state is hidden.`||e.message===`Skipping view transition because document visibility state has become hidden.`||e.message===`Skipping view transition because viewport size changed.`||e.message===`Transition was aborted because of invalid state`)&&(e=null)}e!==null&&c(e)}finally{r(),i(),o()}}),u.finished.finally(function(){for(var e=0;e<d.length;e++)d[e].cancel();l.__reactViewTransition===u&&(l.__reactViewTransition=null),s()}),u}catch{return r(),i(),o(),null}}function Np(e,t){this._scope=document.documentElement,this._selector=`::view-transition-`+e+`(`+t+`)`}Np.prototype.animate=function(e,t){return t=typeof t==`number`?{duration:t}:D({},t),t.pseudoElement=this._selector,this._scope.animate(e,t)},Np.prototype.getAnimations=function(){for(var e=this._scope,t=this._selector,n=e.getAnimations({subtree:!0}),r=[],i=0;i<n.length;i++){var a=n[i].effect;a!==null&&a.target===e&&a.pseudoElement===t&&r.push(n[i])}return r},Np.prototype.getComputedStyle=function(){return getComputedStyle(this._scope,this._selector)};function Pp(e){return{name:e,group:new Np(`group`,e),imagePair:new Np(`image-pair`,e),old:new Np(`old`,e),new:new Np(`new`,e)}}function Fp(e){this._fragmentFiber=e,this._observers=this._eventListeners=null}Fp.prototype.addEventListener=function(e,t,n){var r=null,i=null;if(!(n!=null&&typeof n!=`boolean`&&(r=n.signal||null,r!==null&&r.aborted))){this._eventListeners===null&&(this._eventListeners=[]);var a=this._eventListeners;if(Bp(a,e,t,n)===-1){var o=this,s=t;n!=null&&typeof n!=`boolean`&&!0===n.once&&(s=function(r){o.removeEventListener(e,t,n),typeof t==`function`?t.call(this,r):t.handleEvent(r)}),r!==null&&(i=o.removeEventListener.bind(o,e,t,n),r.addEventListener(`abort`,i,{once:!0}),i=r.removeEventListener.bind(r,`abort`,i)),r=Rp(n),a.push({type:e,listener:t,optionsOrUseCapture:n,attachedListener:s,cleanup:i}),h(this._fragmentFiber.child,!1,Ip,e,s,r)}this._eventListeners=a}};function Ip(e,t,n,r){return b(e).addEventListener(t,n,r),!1}Fp.prototype.removeEventListener=function(e,t,n){var r=this._eventListeners;if(r!==null&&(t=Bp(r,e,t,n),t!==-1)){var i=r[t];n=i.attachedListener;var a=i.cleanup;i=Rp(i.optionsOrUseCapture),h(this._fragmentFiber.child,!1,Lp,e,n,i),r.splice(t,1),a!==null&&a()}};function Lp(e,t,n,r){return b(e).removeEventListener(t,n,r),!1}function Rp(e){return e!=null&&typeof e!=`boolean`&&(!0===e.once||e.signal instanceof AbortSignal)?{capture:e.capture,passive:e.passive}:e}function zp(e){return e==null?`c=0`:typeof e==`boolean`?`c=`+(e?`1`:`0`):`c=`+(e.capture?`1`:`0`)}function Bp(e,t,n,r){if(e.length===0)return-1;r=zp(r);for(var i=0;i<e.length;i++){var a=e[i];if(a.type===t&&a.listener===n&&zp(a.optionsOrUseCapture)===r)return i}return-1}Fp.prototype.dispatchEvent=function(e){var t=g(this._fragmentFiber);if(t===null)return!0;t=b(t);var n=this._eventListeners;if(n!==null&&0<n.length||!e.bubbles){var r=t.nodeType===9?t.createComment(``):document.createTextNode(``);if(n)for(var i=0;i<n.length;i++){var a=n[i];r.addEventListener(a.type,a.attachedListener,Rp(a.optionsOrUseCapture))}if(t.appendChild(r),e=r.dispatchEvent(e),n)for(i=0;i<n.length;i++)a=n[i],r.removeEventListener(a.type,a.attachedListener,Rp(a.optionsOrUseCapture));return t.removeChild(r),e}return t.dispatchEvent(e)},Fp.prototype.focus=function(e){h(this._fragmentFiber.child,!0,Vp,e,void 0,void 0)};function Vp(e,t){return e.tag!==6&&(e=b(e),pm(e,t))}Fp.prototype.focusLast=function(e){var t=[];h(this._fragmentFiber.child,!0,Hp,t,void 0,void 0);for(var n=t.length-1;0<=n&&!Vp(t[n],e);n--);};function Hp(e,t){return t.push(e),!1}Fp.prototype.blur=function(){var e=g(this._fragmentFiber);e!==null&&(e=b(e),e=lp(e).activeElement,e!==null&&h(this._fragmentFiber.child,!1,Up,e,void 0,void 0))};function Up(e,t){return e.tag!==6&&(e=b(e),e===t||e.contains(t)?(t.blur(),!0):!1)}Fp.prototype.observeUsing=function(e){this._observers===null&&(this._observers=new Set),this._observers.add(e),h(this._fragmentFiber.child,!1,Wp,e,void 0,void 0)};function Wp(e,t){return e.tag===6||(e=b(e),t.observe(e)),!1}Fp.prototype.unobserveUsing=function(e){var t=this._observers;if(t!==null&&t.has(e)){t.delete(e),h(this._fragmentFiber.child,!1,Gp,e,void 0,void 0);for(var n=t=0;n<Kp.length;n++){var r=Kp[n];r.fragmentInstance===this&&r.observer===e?e.unobserve(r.instance):Kp[t++]=r}Kp.length=t}};function Gp(e,t){return e.tag===6||(e=b(e),t.unobserve(e)),!1}var Kp=[],qp=!1;function Jp(e,t,n){Kp.push({fragmentInstance:e,observer:t,instance:n}),qp||(qp=!0,mm(function(){qp=!1;var e=Kp;Kp=[];for(var t=0;t<e.length;t++){var n=e[t];n.observer.unobserve(n.instance)}}))}Fp.prototype.getClientRects=function(){var e=[];return h(this._fragmentFiber.child,!1,Yp,e,void 0,void 0),e};function Yp(e,t){if(e.tag===6){e=e.stateNode;var n=e.ownerDocument.createRange();n.selectNodeContents(e),t.push.apply(t,n.getClientRects())}else e=b(e),t.push.apply(t,e.getClientRects());return!1}Fp.prototype.getRootNode=function(e){var t=g(this._fragmentFiber);return t===null?this:b(t).getRootNode(e)},Fp.prototype.compareDocumentPosition=function(e){var t=g(this._fragmentFiber);if(t===null)return Node.DOCUMENT_POSITION_DISCONNECTED;var n=[];h(this._fragmentFiber.child,!1,Hp,n,void 0,void 0);var r=b(t);if(n.length===0){if(n=r,_(this._fragmentFiber)){a:{for(t=this._fragmentFiber.return;t!==null;){if(t.tag===4){t=t.stateNode.containerInfo;break a}if(t.tag===3||t.tag===5||t.tag===27)break;t=t.return}t=null}t!=null&&(n=t)}t=this._fragmentFiber;var i=r=n.compareDocumentPosition(e);return n===e?i=Node.DOCUMENT_POSITION_CONTAINS:r&Node.DOCUMENT_POSITION_CONTAINED_BY&&(n=v(t)[1],n===null?i=Node.DOCUMENT_POSITION_PRECEDING:(e=b(n).compareDocumentPosition(e),i=e===0||e&Node.DOCUMENT_POSITION_FOLLOWING?Node.DOCUMENT_POSITION_FOLLOWING:Node.DOCUMENT_POSITION_PRECEDING)),i|=Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC}t=b(n[0]),i=b(n[n.length-1]);var a=_(this._fragmentFiber)?t.parentElement:r;if(a==null)return Node.DOCUMENT_POSITION_DISCONNECTED;r=a.compareDocumentPosition(t)&Node.DOCUMENT_POSITION_CONTAINED_BY,a=a.compareDocumentPosition(i)&Node.DOCUMENT_POSITION_CONTAINED_BY;var o=t.compareDocumentPosition(e),s=i.compareDocumentPosition(e),c=o&Node.DOCUMENT_POSITION_CONTAINED_BY||s&Node.DOCUMENT_POSITION_CONTAINED_BY;return s=r&&a&&o&Node.DOCUMENT_POSITION_FOLLOWING&&s&Node.DOCUMENT_POSITION_PRECEDING,t=r&&t===e||a&&i===e||c||s?Node.DOCUMENT_POSITION_CONTAINED_BY:!r&&t===e||!a&&i===e?Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC:o,t&Node.DOCUMENT_POSITION_DISCONNECTED||t&Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC||Xp(t,this._fragmentFiber,n[0],n[n.length-1],e)?t:Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC};function Xp(e,t,n,r,i){var a=Vt(i);if(e&Node.DOCUMENT_POSITION_CONTAINED_BY){if(n=!!a)a:{for(;a!==null;){if(a.tag===7&&(a===t||a.alternate===t)){n=!0;break a}a=a.return}n=!1}return n}if(e&Node.DOCUMENT_POSITION_CONTAINS){if(a===null)return a=i.ownerDocument,i===a||i===a.documentElement||i===a.body;a:{for(a=t,t=g(t);a!==null;){if(!(a.tag!==5&&a.tag!==3&&a.tag!==27||a!==t&&a.alternate!==t)){a=!0;break a}a=a.return}a=!1}return a}return e&Node.DOCUMENT_POSITION_PRECEDING?((t=!!a)&&!(t=a===n)&&(t=E(n,a,T),t===null?t=!1:(h(t,!0,C,a,n),a=x,x=null,t=a!==null)),t):e&Node.DOCUMENT_POSITION_FOLLOWING?((t=!!a)&&!(t=a===r)&&(t=E(r,a,T),t===null?t=!1:(h(t,!0,w,a,r),a=x,S=x=null,t=a!==null)),t):!1}function Zp(e,t){var n=e.ownerDocument.createRange();n.selectNodeContents(e),e=n.getBoundingClientRect(),window.scrollTo(window.scrollX+e.left,t?window.scrollY+e.top:window.scrollY+e.bottom-window.innerHeight)}Fp.prototype.scrollIntoView=function(e){if(typeof e==`object`)throw Error(i(566));var t=[];h(this._fragmentFiber.child,!1,Hp,t,void 0,void 0);var n=!1!==e;if(t.length===0){var r=v(this._fragmentFiber);if(r=n?r[1]||r[0]||g(this._fragmentFiber):r[0]||r[1],r===null)return;if(r.tag===6){e=b(r),Zp(e,n);return}if(r=b(r),r.nodeType!==9){if(r.nodeType===11){n=`host`in r?r.host:null,n!==null&&n.scrollIntoView(e);return}r.scrollIntoView(e)}}for(r=n?t.length-1:0;r!==(n?-1:t.length);){var a=t[r];a.tag===6?(a=b(a),Zp(a,n)):b(a).scrollIntoView(e),r+=n?-1:1}};function Qp(e,t){return e=b(e),$p(e,t),!1}function $p(e,t){e.reactFragments??=new Set,e.reactFragments.add(t)}function em(e,t){var n=t._eventListeners;if(n!==null)for(var r=0;r<n.length;r++){var i=n[r];e.addEventListener(i.type,i.attachedListener,Rp(i.optionsOrUseCapture))}e.nodeType!==3&&(n=t._observers,n!==null&&n.forEach(function(n){for(var r=0,i=0;i<Kp.length;i++){var a=Kp[i];(a.fragmentInstance!==t||a.observer!==n||a.instance!==e)&&(Kp[r++]=a)}Kp.length=r,n.observe(e)}),$p(e,t))}function tm(e,t){var n=t._eventListeners;if(n!==null)for(var r=0;r<n.length;r++){var i=n[r];e.removeEventListener(i.type,i.attachedListener,Rp(i.optionsOrUseCapture))}e.nodeType!==3&&(n=t._observers,n!==null&&n.forEach(function(n){typeof n.rootMargin==`string`?Jp(t,n,e):n.unobserve(e)}),e.reactFragments!=null&&e.reactFragments.delete(t))}function nm(e){var t=e.firstChild;for(t&&t.nodeType===10&&(t=t.nextSibling);t;){var n=t;switch(t=t.nextSibling,n.nodeName){case`HTML`:case`HEAD`:case`BODY`:nm(n),Bt(n);continue;case`SCRIPT`:case`STYLE`:continue;case`LINK`:if(n.rel.toLowerCase()===`stylesheet`)continue}e.removeChild(n)}}function rm(e,t,n,r){for(;e.nodeType===1;){var i=n;if(e.nodeName.toLowerCase()!==t.toLowerCase()){if(!r&&(e.nodeName!==`INPUT`||e.type!==`hidden`))break}else if(!r){if(t===`input`&&e.type===`hidden`){var a=i.name==null?null:``+i.name;if(i.type===`hidden`&&e.getAttribute(`name`)===a)return e}else return e}else if(!e[Rt])switch(t){case`meta`:if(!e.hasAttribute(`itemprop`))break;return e;case`link`:if(a=e.getAttribute(`rel`),a===`stylesheet`&&e.hasAttribute(`data-precedence`)||a!==i.rel||e.getAttribute(`href`)!==(i.href==null||i.href===``?null:i.href)||e.getAttribute(`crossorigin`)!==(i.crossOrigin==null?null:i.crossOrigin)||e.getAttribute(`title`)!==(i.title==null?null:i.title))break;return e;case`style`:if(e.hasAttribute(`data-precedence`))break;return e;case`script`:if(a=e.getAttribute(`src`),(a!==(i.src==null?null:i.src)||e.getAttribute(`type`)!==(i.type==null?null:i.type)||e.getAttribute(`crossorigin`)!==(i.crossOrigin==null?null:i.crossOrigin))&&a&&e.hasAttribute(`async`)&&!e.hasAttribute(`itemprop`))break;return e;default:return e}if(e=lm(e.nextSibling),e===null)break}return null}function im(e,t,n){if(t===``)return null;for(;e.nodeType!==3;)if((e.nodeType!==1||e.nodeName!==`INPUT`||e.type!==`hidden`)&&!n||(e=lm(e.nextSibling),e===null))return null;return e}function am(e,t){for(;e.nodeType!==8;)if((e.nodeType!==1||e.nodeName!==`INPUT`||e.type!==`hidden`)&&!t||(e=lm(e.nextSibling),e===null))return null;return e}function om(e){return e.data===`$?`||e.data===`$~`}function sm(e){return e.data===`$!`||e.data===`$?`&&e.ownerDocument.readyState!==`loading`}function cm(e,t){var n=e.ownerDocument;if(e.data===`$~`)e._reactRetry=t;else if(e.data!==`$?`||n.readyState!==`loading`)t();else{var r=function(){t(),n.removeEventListener(`DOMContentLoaded`,r)};n.addEventListener(`DOMContentLoaded`,r),e._reactRetry=r}}function lm(e){for(;e!=null;e=e.nextSibling){var t=e.nodeType;if(t===1||t===3)break;if(t===8){if(t=e.data,t===`$`||t===`$!`||t===`$?`||t===`$~`||t===`&`||t===`F!`||t===`F`)break;if(t===`/$`||t===`/&`)return null}}return e}var um=null;function dm(e){e=e.nextSibling;for(var t=0;e;){if(e.nodeType===8){var n=e.data;if(n===`/$`||n===`/&`){if(t===0)return lm(e.nextSibling);t--}else n!==`$`&&n!==`$!`&&n!==`$?`&&n!==`$~`&&n!==`&`||t++}e=e.nextSibling}return null}function fm(e){e=e.previousSibling;for(var t=0;e;){if(e.nodeType===8){var n=e.data;if(n===`$`||n===`$!`||n===`$?`||n===`$~`||n===`&`){if(t===0)return e;t--}else n!==`/$`&&n!==`/&`||t++}e=e.previousSibling}return null}function pm(e,t){function n(){r=!0}if(e.ownerDocument.activeElement===e)return!0;var r=!1;try{e.ownerDocument.addEventListener(`focus`,n,!0),(e.focus||HTMLElement.prototype.focus).call(e,t)}finally{e.ownerDocument.removeEventListener(`focus`,n,!0)}return r}function mm(e){yp(function(){yp(function(t){return e(t)})})}function hm(e,t,n){switch(t=lp(n),e){case`html`:if(e=t.documentElement,!e)throw Error(i(452));return e;case`head`:if(e=t.head,!e)throw Error(i(453));return e;case`body`:if(e=t.body,!e)throw Error(i(454));return e;default:throw Error(i(451))}}function gm(e,t,n){for(var r in n){var i=n[r];n.hasOwnProperty(r)&&i!=null&&$(e,t,r,null,rp,i)}n.dangerouslySetInnerHTML!=null&&(e.textContent=``),e.onclick===bn&&(e.onclick=null),Bt(e)}function _m(e){for(var t=e.attributes;t.length;)e.removeAttributeNode(t[0]);Bt(e)}var vm=new Map,ym=new Set;function bm(e){if(typeof e.getRootNode==`function`){var t=e.getRootNode();if(t.nodeType===9||t.nodeType===11)return t}return e.nodeType===9?e:e.ownerDocument}var xm=k.d;k.d={f:Sm,r:Cm,D:Em,C:Dm,L:Om,m:km,X:jm,S:Am,M:Mm};function Sm(){var e=xm.f(),t=Rd();return e||t}function Cm(e){var t=Ht(e);t!==null&&t.tag===5&&t.type===`form`?nc(t):xm.r(e)}var wm=typeof document>`u`?null:document;function Tm(e,t,n){var r=wm;if(r&&typeof t==`string`&&t){var i=sn(t);i=`link[rel="`+e+`"][href="`+i+`"]`,typeof n==`string`&&(i+=`[crossorigin="`+n+`"]`),ym.has(i)||(ym.add(i),e={rel:e,crossOrigin:n,href:t},r.querySelector(i)===null&&(t=r.createElement(`link`),np(t,`link`,e),A(t),r.head.appendChild(t)))}}function Em(e){xm.D(e),Tm(`dns-prefetch`,e,null)}function Dm(e,t){xm.C(e,t),Tm(`preconnect`,e,t)}function Om(e,t,n){xm.L(e,t,n);var r=wm;if(r&&e&&t){var i=`link[rel="preload"][as="`+sn(t)+`"]`;t===`image`&&n&&n.imageSrcSet?(i+=`[imagesrcset="`+sn(n.imageSrcSet)+`"]`,typeof n.imageSizes==`string`&&(i+=`[imagesizes="`+sn(n.imageSizes)+`"]`)):i+=`[href="`+sn(e)+`"]`;var a=i;switch(t){case`style`:a=Pm(e);break;case`script`:a=Rm(e)}if(!(vm.has(a)||(e=D({rel:`preload`,href:t===`image`&&n&&n.imageSrcSet?void 0:e,as:t},n),vm.set(a,e),r.querySelector(i)!==null||t===`style`&&r.querySelector(Fm(a))||t===`script`&&r.querySelector(zm(a))))){var o=r.createElement(`link`);np(o,`link`,e),t===`style`&&(o[zt]=!0,o.onload=o.onerror=function(){Gt(o)}),A(o),r.head.appendChild(o)}}}function km(e,t){xm.m(e,t);var n=wm;if(n&&e){var r=t&&typeof t.as==`string`?t.as:`script`,i=`link[rel="modulepreload"][as="`+sn(r)+`"][href="`+sn(e)+`"]`,a=i;switch(r){case`audioworklet`:case`paintworklet`:case`serviceworker`:case`sharedworker`:case`worker`:case`script`:a=Rm(e)}if(!vm.has(a)&&(e=D({rel:`modulepreload`,href:e},t),vm.set(a,e),n.querySelector(i)===null)){switch(r){case`audioworklet`:case`paintworklet`:case`serviceworker`:case`sharedworker`:case`worker`:case`script`:if(n.querySelector(zm(a)))return}r=n.createElement(`link`),np(r,`link`,e),A(r),n.head.appendChild(r)}}}function Am(e,t,n){xm.S(e,t,n);var r=wm;if(r&&e){var i=Wt(r).hoistableStyles,a=Pm(e);t||=`default`;var o=i.get(a);if(!o){var s={loading:0,preload:null};if(o=r.querySelector(Fm(a)))s.loading=5;else{e=D({rel:`stylesheet`,href:e,"data-precedence":t},n),(n=vm.get(a))&&Hm(e,n);var c=o=r.createElement(`link`);A(c),np(c,`link`,e),c._p=new Promise(function(e,t){c.onload=e,c.onerror=t}),c.addEventListener(`load`,function(){s.loading|=1}),c.addEventListener(`error`,function(){s.loading|=2}),s.loading|=4,Vm(o,t,r)}o={type:`stylesheet`,instance:o,count:1,state:s},i.set(a,o)}}}function jm(e,t){xm.X(e,t);var n=wm;if(n&&e){var r=Wt(n).hoistableScripts,i=Rm(e),a=r.get(i);a||(a=n.querySelector(zm(i)),a||(e=D({src:e,async:!0},t),(t=vm.get(i))&&Um(e,t),a=n.createElement(`script`),A(a),np(a,`link`,e),n.head.appendChild(a)),a={type:`script`,instance:a,count:1,state:null},r.set(i,a))}}function Mm(e,t){xm.M(e,t);var n=wm;if(n&&e){var r=Wt(n).hoistableScripts,i=Rm(e),a=r.get(i);a||(a=n.querySelector(zm(i)),a||(e=D({src:e,async:!0,type:`module`},t),(t=vm.get(i))&&Um(e,t),a=n.createElement(`script`),A(a),np(a,`link`,e),n.head.appendChild(a)),a={type:`script`,instance:a,count:1,state:null},r.set(i,a))}}function Nm(e,t,n,r){var a=(a=je.current)?bm(a):null;if(!a)throw Error(i(446));switch(e){case`meta`:case`title`:return null;case`style`:return typeof n.precedence==`string`&&typeof n.href==`string`?(n=Pm(n.href),t=Wt(a).hoistableStyles,r=t.get(n),r||(r={type:`style`,instance:null,count:0,state:null},t.set(n,r)),r):{type:`void`,instance:null,count:0,state:null};case`link`:if(n.rel===`stylesheet`&&typeof n.href==`string`&&typeof n.precedence==`string`){e=Pm(n.href);var o=Wt(a).hoistableStyles,s=o.get(e);if(s||(a=a.ownerDocument||a,s={type:`stylesheet`,instance:null,count:0,state:{loading:0,preload:null}},o.set(e,s),(o=a.querySelector(Fm(e)))?o._p||(s.instance=o,s.state.loading=5):(o=vm.get(e),o||(o={rel:`preload`,as:`style`,href:n.href,crossOrigin:n.crossOrigin,integrity:n.integrity,media:n.media,hrefLang:n.hrefLang,referrerPolicy:n.referrerPolicy},vm.set(e,o)),Lm(a,e,o,s.state))),t&&r===null)throw Error(i(528,``));return s}if(t&&r!==null)throw Error(i(529,``));return null;case`script`:return t=n.async,n=n.src,typeof n==`string`&&t&&typeof t!=`function`&&typeof t!=`symbol`?(n=Rm(n),t=Wt(a).hoistableScripts,r=t.get(n),r||(r={type:`script`,instance:null,count:0,state:null},t.set(n,r)),r):{type:`void`,instance:null,count:0,state:null};default:throw Error(i(444,e))}}function Pm(e){return`href="`+sn(e)+`"`}function Fm(e){return`link[rel="stylesheet"][`+e+`]`}function Im(e){return D({},e,{"data-precedence":e.precedence,precedence:null})}function Lm(e,t,n,r){if(t=e.querySelector(`link[rel="preload"][as="style"][`+t+`]`)){if(!0!==t[zt]){r.loading=1;return}}else t=e.createElement(`link`),t[zt]=!0,t.onload=t.onerror=Gt.bind(null,t),np(t,`link`,n),A(t),e.head.appendChild(t);r.preload=t,t.addEventListener(`load`,function(){return r.loading|=1}),t.addEventListener(`error`,function(){return r.loading|=2})}function Rm(e){return`[src="`+sn(e)+`"]`}function zm(e){return`script[async]`+e}function Bm(e,t,n){if(t.count++,t.instance===null)switch(t.type){case`style`:var r=e.querySelector(`style[data-href~="`+sn(n.href)+`"]`);if(r)return t.instance=r,A(r),r;var a=D({},n,{"data-href":n.href,"data-precedence":n.precedence,href:null,precedence:null});return r=(e.ownerDocument||e).createElement(`style`),A(r),np(r,`style`,a),Vm(r,n.precedence,e),t.instance=r;case`stylesheet`:a=Pm(n.href);var o=e.querySelector(Fm(a));if(o)return t.state.loading|=4,t.instance=o,A(o),o;r=Im(n),(a=vm.get(a))&&Hm(r,a),o=(e.ownerDocument||e).createElement(`link`),A(o);var s=o;return s._p=new Promise(function(e,t){s.onload=e,s.onerror=t}),np(o,`link`,r),t.state.loading|=4,Vm(o,n.precedence,e),t.instance=o;case`script`:return o=Rm(n.src),(a=e.querySelector(zm(o)))?(t.instance=a,A(a),a):(r=n,(a=vm.get(o))&&(r=D({},n),Um(r,a)),e=e.ownerDocument||e,a=e.createElement(`script`),A(a),np(a,`link`,r),e.head.appendChild(a),t.instance=a);case`void`:return null;default:throw Error(i(443,t.type))}else t.type===`stylesheet`&&!(t.state.loading&4)&&(r=t.instance,t.state.loading|=4,Vm(r,n.precedence,e));return t.instance}function Vm(e,t,n){for(var r=n.querySelectorAll(`link[rel="stylesheet"][data-precedence],style[data-precedence]`),i=r.length?r[r.length-1]:null,a=i,o=0;o<r.length;o++){var s=r[o];if(s.dataset.precedence===t)a=s;else if(a!==i)break}a?a.parentNode.insertBefore(e,a.nextSibling):(t=n.nodeType===9?n.head:n,t.insertBefore(e,t.firstChild))}function Hm(e,t){e.crossOrigin??=t.crossOrigin,e.referrerPolicy??=t.referrerPolicy,e.title??=t.title}function Um(e,t){e.crossOrigin??=t.crossOrigin,e.referrerPolicy??=t.referrerPolicy,e.integrity??=t.integrity}var Wm=null;function Gm(e,t,n){if(Wm===null){var r=new Map,i=Wm=new Map;i.set(n,r)}else i=Wm,r=i.get(n),r||(r=new Map,i.set(n,r));if(r.has(e))return r;for(r.set(e,null),n=n.getElementsByTagName(e),i=0;i<n.length;i++){var a=n[i];if(!(a[Rt]||a[jt]||e===`link`&&a.getAttribute(`rel`)===`stylesheet`)&&a.namespaceURI!==`http://www.w3.org/2000/svg`){var o=a.getAttribute(t)||``;o=e+o;var s=r.get(o);s?s.push(a):r.set(o,[a])}}return r}function Km(e,t,n){e=e.ownerDocument||e,e.head.insertBefore(n,t===`title`?e.querySelector(`head > title`):null)}function qm(e,t,n){if(n===1||t.itemProp!=null)return!1;switch(e){case`meta`:case`title`:return!0;case`style`:if(typeof t.precedence!=`string`||typeof t.href!=`string`||t.href===``)break;return!0;case`link`:if(typeof t.rel!=`string`||typeof t.href!=`string`||t.href===``||t.onLoad||t.onError)break;switch(t.rel){case`stylesheet`:return e=t.disabled,typeof t.precedence==`string`&&e==null;default:return!0}case`script`:if(t.async&&typeof t.async!=`function`&&typeof t.async!=`symbol`&&!t.onLoad&&!t.onError&&t.src&&typeof t.src==`string`)return!0}return!1}function Jm(e,t){return e===`img`&&t.src!=null&&t.src!==``&&t.onLoad==null&&t.loading!==`lazy`}function Ym(e){return!(e.type===`stylesheet`&&!(e.state.loading&3))}function Xm(e){return(e.width||100)*(e.height||100)*(typeof devicePixelRatio==`number`?devicePixelRatio:1)*.25}function Zm(e,t){typeof t.decode==`function`&&(e.imgCount++,t.complete||(e.imgBytes+=Xm(t),e.suspenseyImages.push(t)),e=rh.bind(e),t.decode().then(e,e))}function Qm(e,t,n,r){if(n.type===`stylesheet`&&(typeof r.media!=`string`||!1!==matchMedia(r.media).matches)&&!(n.state.loading&4)){if(n.instance===null){var i=Pm(r.href),a=t.querySelector(Fm(i));if(a){t=a._p,typeof t==`object`&&t&&typeof t.then==`function`&&(e.count++,e=nh.bind(e),t.then(e,e)),n.state.loading|=4,n.instance=a,A(a);return}a=t.ownerDocument||t,r=Im(r),(i=vm.get(i))&&Hm(r,i),a=a.createElement(`link`),A(a);var o=a;o._p=new Promise(function(e,t){o.onload=e,o.onerror=t}),np(a,`link`,r),n.instance=a}e.stylesheets===null&&(e.stylesheets=new Map),e.stylesheets.set(n,t),(t=n.state.preload)&&!(n.state.loading&3)&&(e.count++,n=nh.bind(e),t.addEventListener(`load`,n),t.addEventListener(`error`,n))}}var $m=0;function eh(e,t){return e.stylesheets&&e.count===0&&ah(e,e.stylesheets),0<e.count||0<e.imgCount?function(n){var r=setTimeout(function(){if(e.stylesheets&&ah(e,e.stylesheets),e.unsuspend){var t=e.unsuspend;e.unsuspend=null,t()}},6e4+t);0<e.imgBytes&&$m===0&&($m=62500*op());var i=setTimeout(function(){if(e.waitingForImages=!1,e.count===0&&(e.stylesheets&&ah(e,e.stylesheets),e.unsuspend)){var t=e.unsuspend;e.unsuspend=null,t()}},(e.imgBytes>$m?50:800)+t);return e.unsuspend=n,function(){e.unsuspend=null,clearTimeout(r),clearTimeout(i)}}:null}function th(e){if(e.count===0&&(e.imgCount===0||!e.waitingForImages)){if(e.stylesheets)ah(e,e.stylesheets);else if(e.unsuspend){var t=e.unsuspend;e.unsuspend=null,t()}}}function nh(){this.count--,th(this)}function rh(){this.imgCount--,th(this)}var ih=null;function ah(e,t){e.stylesheets=null,e.unsuspend!==null&&(e.count++,ih=new Map,t.forEach(oh,e),ih=null,nh.call(e))}function oh(e,t){if(!(t.state.loading&4)){var n=ih.get(e);if(n)var r=n.get(null);else{n=new Map,ih.set(e,n);for(var i=e.querySelectorAll(`link[data-precedence],style[data-precedence]`),a=0;a<i.length;a++){var o=i[a];(o.nodeName===`LINK`||o.getAttribute(`media`)!==`not all`)&&(n.set(o.dataset.precedence,o),r=o)}r&&n.set(null,r)}i=t.instance,o=i.getAttribute(`data-precedence`),a=n.get(o)||r,a===r&&n.set(null,i),n.set(o,i),this.count++,r=nh.bind(this),i.addEventListener(`load`,r),i.addEventListener(`error`,r),a?a.parentNode.insertBefore(i,a.nextSibling):(e=e.nodeType===9?e.head:e,e.insertBefore(i,e.firstChild)),t.state.loading|=4}}var sh={$$typeof:se,Provider:null,Consumer:null,_currentValue:Ce,_currentValue2:Ce,_threadCount:0};function ch(e,t,n,r,i,a,o,s,c){this.tag=1,this.containerInfo=e,this.pingCache=this.current=this.pendingChildren=null,this.timeoutHandle=-1,this.callbackNode=this.next=this.pendingContext=this.context=this.cancelPendingCommit=null,this.callbackPriority=0,this.expirationTimes=bt(-1),this.entangledLanes=this.shellSuspendCounter=this.errorRecoveryDisabledLanes=this.expiredLanes=this.warmLanes=this.pingedLanes=this.suspendedLanes=this.pendingLanes=0,this.entanglements=bt(0),this.hiddenUpdates=bt(null),this.identifierPrefix=r,this.onUncaughtError=i,this.onCaughtError=a,this.onRecoverableError=o,this.pooledCache=null,this.pooledCacheLanes=0,this.formState=c,this.transitionTypes=null,this.incompleteTransitions=new Map}function lh(e,t,n,r,i,a,o,s,c,l,u,d){return e=new ch(e,t,n,o,c,l,u,d,s),t=1,!0===a&&(t|=24),a=Ni(3,null,null,t),e.current=a,a.stateNode=e,t=ja(),t.refCount++,e.pooledCache=t,t.refCount++,a.memoizedState={element:r,isDehydrated:n,cache:t},mo(a),e}function uh(e){return e?(e=ji,e):ji}function dh(e,t,n,r,i,a){i=uh(i),r.context===null?r.context=i:r.pendingContext=i,r=go(t),r.payload={element:n},a=a===void 0?null:a,a!==null&&(r.callback=a),n=_o(e,r,t),n!==null&&(Nd(n,e,t),vo(n,e,t))}function fh(e,t){if(e=e.memoizedState,e!==null&&e.dehydrated!==null){var n=e.retryLane;e.retryLane=n!==0&&n<t?n:t}}function ph(e,t){fh(e,t),(e=e.alternate)&&fh(e,t)}function mh(e){if(e.tag===13||e.tag===31){var t=Oi(e,67108864);t!==null&&Nd(t,e,67108864),ph(e,67108864)}}function hh(e){if(e.tag===13||e.tag===31){var t=Ad();t=Et(t);var n=Oi(e,t);n!==null&&Nd(n,e,t),ph(e,t)}}var gh=!0;function _h(e,t,n,r){var i=O.T;O.T=null;var a=k.p;try{k.p=2,yh(e,t,n,r)}finally{k.p=a,O.T=i}}function vh(e,t,n,r){var i=O.T;O.T=null;var a=k.p;try{k.p=8,yh(e,t,n,r)}finally{k.p=a,O.T=i}}function yh(e,t,n,r){if(gh){var i=bh(r);if(i===null)Kf(e,t,r,xh,n),Mh(e,r);else if(Ph(i,e,t,n,r))r.stopPropagation();else if(Mh(e,r),t&4&&-1<jh.indexOf(e)){for(;i!==null;){var a=Ht(i);if(a!==null)switch(a.tag){case 3:if(a=a.stateNode,a.current.memoizedState.isDehydrated){var o=mt(a.pendingLanes);if(o!==0){var s=a;for(s.pendingLanes|=2,s.entangledLanes|=2;o;){var c=1<<31-st(o);s.entanglements[1]|=c,o&=~c}Ef(a),!(q&6)&&(hd=Ye()+500,Df(0,!1))}}break;case 31:case 13:s=Oi(a,2),s!==null&&Nd(s,a,2),Rd(),ph(a,2)}if(a=bh(r),a===null&&Kf(e,t,r,xh,n),a===i)break;i=a}i!==null&&r.stopPropagation()}else Kf(e,t,r,null,n)}}function bh(e){return e=Sn(e),Sh(e)}var xh=null;function Sh(e){if(xh=null,e=Vt(e),e!==null){var t=o(e);if(t===null)e=null;else{var n=t.tag;if(n===13){if(e=s(t),e!==null)return e;e=null}else if(n===31){if(e=c(t),e!==null)return e;e=null}else if(n===3){if(t.stateNode.current.memoizedState.isDehydrated)return t.tag===3?t.stateNode.containerInfo:null;e=null}else t!==e&&(e=null)}}return xh=e,null}function Ch(e){switch(e){case`beforetoggle`:case`cancel`:case`click`:case`close`:case`contextmenu`:case`copy`:case`cut`:case`auxclick`:case`dblclick`:case`dragend`:case`dragstart`:case`drop`:case`focusin`:case`focusout`:case`input`:case`invalid`:case`keydown`:case`keypress`:case`keyup`:case`mousedown`:case`mouseup`:case`paste`:case`pause`:case`play`:case`pointercancel`:case`pointerdown`:case`pointerup`:case`ratechange`:case`reset`:case`seeked`:case`submit`:case`toggle`:case`touchcancel`:case`touchend`:case`touchstart`:case`volumechange`:case`change`:case`selectionchange`:case`textInput`:case`compositionstart`:case`compositionend`:case`compositionupdate`:case`beforeblur`:case`afterblur`:case`beforeinput`:case`blur`:case`fullscreenchange`:case`fullscreenerror`:case`focus`:case`hashchange`:case`popstate`:case`select`:case`selectstart`:return 2;case`drag`:case`dragenter`:case`dragexit`:case`dragleave`:case`dragover`:case`mousemove`:case`mouseout`:case`mouseover`:case`pointermove`:case`pointerout`:case`pointerover`:case`resize`:case`scroll`:case`touchmove`:case`wheel`:case`mouseenter`:case`mouseleave`:case`pointerenter`:case`pointerleave`:return 8;case`message`:switch(Xe()){case Ze:return 2;case Qe:return 8;case $e:case et:return 32;case tt:return 268435456;default:return 32}default:return 32}}var wh=!1,Th=null,Eh=null,Dh=null,Oh=new Map,kh=new Map,Ah=[],jh=`mousedown mouseup touchcancel touchend touchstart auxclick dblclick pointercancel pointerdown pointerup dragend dragstart drop compositionend compositionstart keydown keypress keyup input textInput copy cut paste click change contextmenu reset`.split(` `);function Mh(e,t){switch(e){case`focusin`:case`focusout`:Th=null;break;case`dragenter`:case`dragleave`:Eh=null;break;case`mouseover`:case`mouseout`:Dh=null;break;case`pointerover`:case`pointerout`:Oh.delete(t.pointerId);break;case`gotpointercapture`:case`lostpointercapture`:kh.delete(t.pointerId)}}function Nh(e,t,n,r,i,a){return e===null||e.nativeEvent!==a?(e={blockedOn:t,domEventName:n,eventSystemFlags:r,nativeEvent:a,targetContainers:[i]},t!==null&&(t=Ht(t),t!==null&&mh(t)),e):(e.eventSystemFlags|=r,t=e.targetContainers,i!==null&&t.indexOf(i)===-1&&t.push(i),e)}function Ph(e,t,n,r,i){switch(t){case`focusin`:return Th=Nh(Th,e,t,n,r,i),!0;case`dragenter`:return Eh=Nh(Eh,e,t,n,r,i),!0;case`mouseover`:return Dh=Nh(Dh,e,t,n,r,i),!0;case`pointerover`:var a=i.pointerId;return Oh.set(a,Nh(Oh.get(a)||null,e,t,n,r,i)),!0;case`gotpointercapture`:return a=i.pointerId,kh.set(a,Nh(kh.get(a)||null,e,t,n,r,i)),!0}return!1}function Fh(e){var t=Vt(e.target);if(t!==null){var n=o(t);if(n!==null){if(t=n.tag,t===13){if(t=s(n),t!==null){e.blockedOn=t,kt(e.priority,function(){hh(n)});return}}else if(t===31){if(t=c(n),t!==null){e.blockedOn=t,kt(e.priority,function(){hh(n)});return}}else if(t===3&&n.stateNode.current.memoizedState.isDehydrated){e.blockedOn=n.tag===3?n.stateNode.containerInfo:null;return}}}e.blockedOn=null}function Ih(e){if(e.blockedOn!==null)return!1;for(var t=e.targetContainers;0<t.length;){var n=bh(e.nativeEvent);if(n===null){n=e.nativeEvent;var r=new n.constructor(n.type,n);xn=r,n.target.dispatchEvent(r),xn=null}else return t=Ht(n),t!==null&&mh(t),e.blockedOn=n,!1;t.shift()}return!0}function Lh(e,t,n){Ih(e)&&n.delete(t)}function Rh(){wh=!1,Th!==null&&Ih(Th)&&(Th=null),Eh!==null&&Ih(Eh)&&(Eh=null),Dh!==null&&Ih(Dh)&&(Dh=null),Oh.forEach(Lh),kh.forEach(Lh)}function zh(e,n){e.blockedOn===n&&(e.blockedOn=null,wh||(wh=!0,t.unstable_scheduleCallback(t.unstable_NormalPriority,Rh)))}var Bh=null;function Vh(e){Bh!==e&&(Bh=e,t.unstable_scheduleCallback(t.unstable_NormalPriority,function(){Bh===e&&(Bh=null);for(var t=0;t<e.length;t+=3){var n=e[t],r=e[t+1],i=e[t+2];if(typeof r!=`function`){if(Sh(r||n)===null)continue;break}var a=Ht(n);a!==null&&(e.splice(t,3),t-=3,ec(a,{pending:!0,data:i,method:n.method,action:r},r,i))}}))}function Hh(e){function t(t){return zh(t,e)}Th!==null&&zh(Th,e),Eh!==null&&zh(Eh,e),Dh!==null&&zh(Dh,e),Oh.forEach(t),kh.forEach(t);for(var n=0;n<Ah.length;n++){var r=Ah[n];r.blockedOn===e&&(r.blockedOn=null)}for(;0<Ah.length&&(n=Ah[0],n.blockedOn===null);)Fh(n),n.blockedOn===null&&Ah.shift();if(n=(e.ownerDocument||e).$$reactFormReplay,n!=null)for(r=0;r<n.length;r+=3){var i=n[r],a=n[r+1],o=i[Mt]||null;if(typeof a==`function`)o||Vh(n);else if(o){var s=null;if(a&&a.hasAttribute(`formAction`)){if(i=a,o=a[Mt]||null)s=o.formAction;else if(Sh(i)!==null)continue}else s=o.action;typeof s==`function`?n[r+1]=s:(n.splice(r,3),r-=3),Vh(n)}}}function Uh(){function e(e){e.canIntercept&&e.info===`react-transition`&&e.intercept({handler:function(){return new Promise(function(e){return i=e})},focusReset:`manual`,scroll:`manual`})}function t(){i!==null&&(i(),i=null),r||setTimeout(n,20)}function n(){if(!r&&!navigation.transition){var e=navigation.currentEntry;e&&e.url!=null&&navigation.navigate(e.url,{state:e.getState(),info:`react-transition`,history:`replace`})}}if(typeof navigation==`object`){var r=!1,i=null;return navigation.addEventListener(`navigate`,e),navigation.addEventListener(`navigatesuccess`,t),navigation.addEventListener(`navigateerror`,t),setTimeout(n,100),function(){r=!0,navigation.removeEventListener(`navigate`,e),navigation.removeEventListener(`navigatesuccess`,t),navigation.removeEventListener(`navigateerror`,t),i!==null&&(i(),i=null)}}}function Wh(e){this._internalRoot=e}Gh.prototype.render=Wh.prototype.render=function(e){var t=this._internalRoot;if(t===null)throw Error(i(409));var n=t.current;dh(n,Ad(),e,t,null,null)},Gh.prototype.unmount=Wh.prototype.unmount=function(){var e=this._internalRoot;if(e!==null){this._internalRoot=null;var t=e.containerInfo;dh(e.current,2,null,e,null,null),Rd(),t[Nt]=null}};function Gh(e){this._internalRoot=e}Gh.prototype.unstable_scheduleHydration=function(e){if(e){var t=Ot();e={blockedOn:null,target:e,priority:t};for(var n=0;n<Ah.length&&t!==0&&t<Ah[n].priority;n++);Ah.splice(n,0,e),n===0&&Fh(e)}};var Kh=n.version;if(Kh!==`19.3.1`)throw Error(i(527,Kh,`19.3.1`));k.findDOMNode=function(e){var t=e._reactInternals;if(t===void 0)throw typeof e.render==`function`?Error(i(188)):(e=Object.keys(e).join(`,`),Error(i(268,e)));return e=d(t),e=e===null?null:p(e),e=e===null?null:e.stateNode,e};var qh={bundleType:0,version:`19.3.1`,rendererPackageName:`react-dom`,currentDispatcherRef:O,reconcilerVersion:`19.3.1`};if(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__<`u`){var Jh=__REACT_DEVTOOLS_GLOBAL_HOOK__;if(!Jh.isDisabled&&Jh.supportsFiber)try{it=Jh.inject(qh),at=Jh}catch{}}e.createRoot=function(e,t){if(!a(e))throw Error(i(299));var n=!1,r=``,o=Cc,s=wc,c=Tc;return t!=null&&(!0===t.unstable_strictMode&&(n=!0),t.identifierPrefix!==void 0&&(r=t.identifierPrefix),t.onUncaughtError!==void 0&&(o=t.onUncaughtError),t.onCaughtError!==void 0&&(s=t.onCaughtError),t.onRecoverableError!==void 0&&(c=t.onRecoverableError)),t=lh(e,1,!1,null,null,n,r,null,o,s,c,Uh),e[Nt]=t.current,Wf(e),new Wh(t)}})),g=o(((e,t)=>{function n(){if(typeof __REACT_DEVTOOLS_GLOBAL_HOOK__<`u`&&typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE==`function`)try{__REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(n)}catch(e){console.error(e)}}n(),t.exports=h()})),_={NAME:`Name`,DOCUMENT:`Document`,OPERATION_DEFINITION:`OperationDefinition`,VARIABLE_DEFINITION:`VariableDefinition`,SELECTION_SET:`SelectionSet`,FIELD:`Field`,ARGUMENT:`Argument`,FRAGMENT_SPREAD:`FragmentSpread`,INLINE_FRAGMENT:`InlineFragment`,FRAGMENT_DEFINITION:`FragmentDefinition`,VARIABLE:`Variable`,INT:`IntValue`,FLOAT:`FloatValue`,STRING:`StringValue`,BOOLEAN:`BooleanValue`,NULL:`NullValue`,ENUM:`EnumValue`,LIST:`ListValue`,OBJECT:`ObjectValue`,OBJECT_FIELD:`ObjectField`,DIRECTIVE:`Directive`,NAMED_TYPE:`NamedType`,LIST_TYPE:`ListType`,NON_NULL_TYPE:`NonNullType`},v=class extends Error{constructor(e,t,n,r,i,a,o){super(e),this.name=`GraphQLError`,this.message=e,i&&(this.path=i),t&&(this.nodes=Array.isArray(t)?t:[t]),n&&(this.source=n),r&&(this.positions=r),a&&(this.originalError=a);var s=o;if(!s&&a){var c=a.extensions;c&&typeof c==`object`&&(s=c)}this.extensions=s||{}}toJSON(){return{...this,message:this.message}}toString(){return this.message}get[Symbol.toStringTag](){return`GraphQLError`}},y,b;function x(e){return new v(`Syntax Error: Unexpected token at ${b} in ${e}`)}function S(e){if(e.lastIndex=b,e.test(y))return y.slice(b,b=e.lastIndex)}var C=/ +(?=[^\s])/y;function w(e){for(var t=e.split(`
`),n=``,r=0,i=0,a=t.length-1,o=0;o<t.length;o++)C.lastIndex=0,C.test(t[o])&&(o&&(!r||C.lastIndex<r)&&(r=C.lastIndex),i||=o,a=o);for(var s=i;s<=a;s++)s!==i&&(n+=`
`),n+=t[s].slice(r).replace(/\\"""/g,`"""`);return n}function T(){for(var e=0|y.charCodeAt(b++);e===9||e===10||e===13||e===32||e===35||e===44||e===65279;e=0|y.charCodeAt(b++))if(e===35)for(;(e=0|y.charCodeAt(b++))&&e!==10&&e!==13;);b--}function E(){for(var e=b,t=0|y.charCodeAt(b++);t>=48&&t<=57||t>=65&&t<=90||t===95||t>=97&&t<=122;t=0|y.charCodeAt(b++));if(e===b-1)throw x(`Name`);var n=y.slice(e,--b);return T(),n}function D(){return{kind:`Name`,value:E()}}var ee=/(?:"""|(?:[\s\S]*?[^\\])""")/y,te=/(?:(?:\.\d+)?[eE][+-]?\d+|\.\d+)/y;function ne(e){var t;switch(y.charCodeAt(b)){case 91:b++,T();for(var n=[];y.charCodeAt(b)!==93;)n.push(ne(e));return b++,T(),{kind:`ListValue`,values:n};case 123:b++,T();for(var r=[];y.charCodeAt(b)!==125;){var i=D();if(y.charCodeAt(b++)!==58)throw x(`ObjectField`);T(),r.push({kind:`ObjectField`,name:i,value:ne(e)})}return b++,T(),{kind:`ObjectValue`,fields:r};case 36:if(e)throw x(`Variable`);return b++,{kind:`Variable`,name:D()};case 34:if(y.charCodeAt(b+1)===34&&y.charCodeAt(b+2)===34){if(b+=3,(t=S(ee))==null)throw x(`StringValue`);return T(),{kind:`StringValue`,value:w(t.slice(0,-3)),block:!0}}var a=b,o;b++;var s=!1;for(o=0|y.charCodeAt(b++);o===92&&(b++,s=!0)||o!==10&&o!==13&&o!==34&&o;o=0|y.charCodeAt(b++));if(o!==34)throw x(`StringValue`);return t=y.slice(a,b),T(),{kind:`StringValue`,value:s?JSON.parse(t):t.slice(1,-1),block:!1};case 45:case 48:case 49:case 50:case 51:case 52:case 53:case 54:case 55:case 56:case 57:for(var c=b++,l;(l=0|y.charCodeAt(b++))>=48&&l<=57;);var u=y.slice(c,--b);if((l=y.charCodeAt(b))===46||l===69||l===101){if((t=S(te))==null)throw x(`FloatValue`);return T(),{kind:`FloatValue`,value:u+t}}return T(),{kind:`IntValue`,value:u};case 110:if(y.charCodeAt(b+1)===117&&y.charCodeAt(b+2)===108&&y.charCodeAt(b+3)===108)return b+=4,T(),{kind:`NullValue`};break;case 116:if(y.charCodeAt(b+1)===114&&y.charCodeAt(b+2)===117&&y.charCodeAt(b+3)===101)return b+=4,T(),{kind:`BooleanValue`,value:!0};break;case 102:if(y.charCodeAt(b+1)===97&&y.charCodeAt(b+2)===108&&y.charCodeAt(b+3)===115&&y.charCodeAt(b+4)===101)return b+=5,T(),{kind:`BooleanValue`,value:!1}}return{kind:`EnumValue`,value:E()}}function re(e){if(y.charCodeAt(b)===40){var t=[];b++,T();do{var n=D();if(y.charCodeAt(b++)!==58)throw x(`Argument`);T(),t.push({kind:`Argument`,name:n,value:ne(e)})}while(y.charCodeAt(b)!==41);return b++,T(),t}}function ie(e){if(y.charCodeAt(b)===64){var t=[];do b++,t.push({kind:`Directive`,name:D(),arguments:re(e)});while(y.charCodeAt(b)===64);return t}}function ae(){for(var e=0;y.charCodeAt(b)===91;)e++,b++,T();var t={kind:`NamedType`,name:D()};do if(y.charCodeAt(b)===33&&(b++,T(),t={kind:`NonNullType`,type:t}),e){if(y.charCodeAt(b++)!==93)throw x(`NamedType`);T(),t={kind:`ListType`,type:t}}while(e--);return t}function oe(){if(y.charCodeAt(b++)!==123)throw x(`SelectionSet`);return T(),se()}function se(){var e=[];do if(y.charCodeAt(b)===46){if(y.charCodeAt(++b)!==46||y.charCodeAt(++b)!==46)throw x(`SelectionSet`);switch(b++,T(),y.charCodeAt(b)){case 64:e.push({kind:`InlineFragment`,typeCondition:void 0,directives:ie(!1),selectionSet:oe()});break;case 111:y.charCodeAt(b+1)===110?(b+=2,T(),e.push({kind:`InlineFragment`,typeCondition:{kind:`NamedType`,name:D()},directives:ie(!1),selectionSet:oe()})):e.push({kind:`FragmentSpread`,name:D(),directives:ie(!1)});break;case 123:b++,T(),e.push({kind:`InlineFragment`,typeCondition:void 0,directives:void 0,selectionSet:se()});break;default:e.push({kind:`FragmentSpread`,name:D(),directives:ie(!1)})}}else{var t=D(),n=void 0;y.charCodeAt(b)===58&&(b++,T(),n=t,t=D());var r=re(!1),i=ie(!1),a=void 0;y.charCodeAt(b)===123&&(b++,T(),a=se()),e.push({kind:`Field`,alias:n,name:t,arguments:r,directives:i,selectionSet:a})}while(y.charCodeAt(b)!==125);return b++,T(),{kind:`SelectionSet`,selections:e}}function ce(){if(T(),y.charCodeAt(b)===40){var e=[];b++,T();do{var t=void 0;if(y.charCodeAt(b)===34&&(t=ne(!0)),y.charCodeAt(b++)!==36)throw x(`Variable`);var n=D();if(y.charCodeAt(b++)!==58)throw x(`VariableDefinition`);T();var r=ae(),i=void 0;y.charCodeAt(b)===61&&(b++,T(),i=ne(!0)),T();var a={kind:`VariableDefinition`,variable:{kind:`Variable`,name:n},type:r,defaultValue:i,directives:ie(!0)};t&&(a.description=t),e.push(a)}while(y.charCodeAt(b)!==41);return b++,T(),e}}function le(e){var t=D();if(y.charCodeAt(b++)!==111||y.charCodeAt(b++)!==110)throw x(`FragmentDefinition`);T();var n={kind:`FragmentDefinition`,name:t,typeCondition:{kind:`NamedType`,name:D()},directives:ie(!1),selectionSet:oe()};return e&&(n.description=e),n}function ue(){var e=[];do{var t=void 0;if(y.charCodeAt(b)===34&&(t=ne(!0)),y.charCodeAt(b)===123){if(t)throw x(`Document`);b++,T(),e.push({kind:`OperationDefinition`,operation:`query`,name:void 0,variableDefinitions:void 0,directives:void 0,selectionSet:se()})}else{var n=E();switch(n){case`fragment`:e.push(le(t));break;case`query`:case`mutation`:case`subscription`:var r,i=void 0;(r=y.charCodeAt(b))!==40&&r!==64&&r!==123&&(i=D());var a={kind:`OperationDefinition`,operation:n,name:i,variableDefinitions:ce(),directives:ie(!1),selectionSet:oe()};t&&(a.description=t),e.push(a);break;default:throw x(`Document`)}}}while(b<y.length);return e}function de(e,t){return y=e.body?e.body:e,b=0,T(),t&&t.noLocation?{kind:`Document`,definitions:ue()}:{kind:`Document`,definitions:ue(),loc:{start:0,end:y.length,startToken:void 0,endToken:void 0,source:{body:y,name:`graphql.web`,locationOffset:{line:1,column:1}}}}}function fe(e,t,n){for(var r=``,i=0;i<e.length;i++)i&&(r+=t),r+=n(e[i]);return r}function pe(e){return JSON.stringify(e)}function me(e){return`"""
`+e.replace(/"""/g,`\\"""`)+`
"""`}var he=`
`,ge={OperationDefinition(e){var t=``;e.description&&(t+=ge.StringValue(e.description)+`
`),t+=e.operation,e.name&&(t+=` `+e.name.value),e.variableDefinitions&&e.variableDefinitions.length&&(e.name||(t+=` `),t+=`(`+fe(e.variableDefinitions,`, `,ge.VariableDefinition)+`)`),e.directives&&e.directives.length&&(t+=` `+fe(e.directives,` `,ge.Directive));var n=ge.SelectionSet(e.selectionSet);return t===`query`?n:t+` `+n},VariableDefinition(e){var t=``;return e.description&&(t+=ge.StringValue(e.description)+` `),t+=ge.Variable(e.variable)+`: `+_e(e.type),e.defaultValue&&(t+=` = `+_e(e.defaultValue)),e.directives&&e.directives.length&&(t+=` `+fe(e.directives,` `,ge.Directive)),t},Field(e){var t=e.alias?e.alias.value+`: `+e.name.value:e.name.value;if(e.arguments&&e.arguments.length){var n=fe(e.arguments,`, `,ge.Argument);t.length+n.length+2>80?t+=`(`+(he+=`  `)+fe(e.arguments,he,ge.Argument)+(he=he.slice(0,-2))+`)`:t+=`(`+n+`)`}return e.directives&&e.directives.length&&(t+=` `+fe(e.directives,` `,ge.Directive)),e.selectionSet&&e.selectionSet.selections.length&&(t+=` `+ge.SelectionSet(e.selectionSet)),t},StringValue(e){return e.block?me(e.value).replace(/\n/g,he):pe(e.value)},BooleanValue:e=>``+e.value,NullValue:e=>`null`,IntValue:e=>e.value,FloatValue:e=>e.value,EnumValue:e=>e.value,Name:e=>e.value,Variable:e=>`$`+e.name.value,ListValue:e=>`[`+fe(e.values,`, `,_e)+`]`,ObjectValue:e=>`{`+fe(e.fields,`, `,ge.ObjectField)+`}`,ObjectField:e=>e.name.value+`: `+_e(e.value),Document(e){return!e.definitions||!e.definitions.length?``:fe(e.definitions,`

`,_e)},SelectionSet:e=>`{`+(he+=`  `)+fe(e.selections,he,_e)+(he=he.slice(0,-2))+`}`,Argument:e=>e.name.value+`: `+_e(e.value),FragmentSpread(e){var t=`...`+e.name.value;return e.directives&&e.directives.length&&(t+=` `+fe(e.directives,` `,ge.Directive)),t},InlineFragment(e){var t=`...`;return e.typeCondition&&(t+=` on `+e.typeCondition.name.value),e.directives&&e.directives.length&&(t+=` `+fe(e.directives,` `,ge.Directive)),t+=` `+ge.SelectionSet(e.selectionSet)},FragmentDefinition(e){var t=``;return e.description&&(t+=ge.StringValue(e.description)+`
`),t+=`fragment `+e.name.value,t+=` on `+e.typeCondition.name.value,e.directives&&e.directives.length&&(t+=` `+fe(e.directives,` `,ge.Directive)),t+` `+ge.SelectionSet(e.selectionSet)},Directive(e){var t=`@`+e.name.value;return e.arguments&&e.arguments.length&&(t+=`(`+fe(e.arguments,`, `,ge.Argument)+`)`),t},NamedType:e=>e.name.value,ListType:e=>`[`+_e(e.type)+`]`,NonNullType:e=>_e(e.type)+`!`},_e=e=>ge[e.kind](e);function ve(e){return he=`
`,ge[e.kind]?ge[e.kind](e):``}var ye=()=>{},be=ye;function xe(e){return{tag:0,0:e}}function Se(e){return{tag:1,0:e}}var O=()=>typeof Symbol==`function`&&Symbol.asyncIterator||`@@asyncIterator`,k=e=>e;function Ce(e){return t=>n=>{var r=be;t((t=>{t===0?n(0):t.tag===0?(r=t[0],n(t)):e(t[0])?n(t):r(0)}))}}function we(e){return t=>n=>t((t=>{t===0||t.tag===0?n(t):n(Se(e(t[0])))}))}function Te(e){return t=>n=>{var r=[],i=be,a=!1,o=!1;t((t=>{o||(t===0?(o=!0,r.length||n(0)):t.tag===0?i=t[0]:(a=!1,(function(e){var t=be;e((e=>{if(e===0){if(r.length){var s=r.indexOf(t);s>-1&&(r=r.slice()).splice(s,1),r.length||(o?n(0):a||(a=!0,i(0)))}}else e.tag===0?(r.push(t=e[0]),t(0)):r.length&&(n(e),t(0))}))})(e(t[0])),a||(a=!0,i(0))))})),n(xe((e=>{if(e===1){o||(o=!0,i(1));for(var t=0,n=r,s=r.length;t<s;t++)n[t](1);r.length=0}else{!o&&!a?(a=!0,i(0)):a=!1;for(var c=0,l=r,u=r.length;c<u;c++)l[c](0)}})))}}function Ee(e){return Te(k)(e)}function De(e){return Ee(ze(e))}function Oe(e){return t=>n=>{var r=!1;t((t=>{if(!r){if(t===0)r=!0,n(0),e();else if(t.tag===0){var i=t[0];n(xe((t=>{t===1?(r=!0,i(1),e()):i(t)})))}else n(t)}}))}}function ke(e){return t=>n=>{var r=!1;t((t=>{if(!r){if(t===0)r=!0,n(0);else if(t.tag===0){var i=t[0];n(xe((e=>{e===1&&(r=!0),i(e)})))}else e(t[0]),n(t)}}))}}function Ae(e){return t=>n=>t((t=>{t===0?n(0):t.tag===0?(n(t),e()):n(t)}))}function je(e){var t=[],n=be,r=!1;return i=>{t.push(i),t.length===1&&e((e=>{if(e===0){for(var i=0,a=t,o=t.length;i<o;i++)a[i](0);t.length=0}else if(e.tag===0)n=e[0];else{r=!1;for(var s=0,c=t,l=t.length;s<l;s++)c[s](e)}})),i(xe((e=>{if(e===1){var a=t.indexOf(i);a>-1&&(t=t.slice()).splice(a,1),t.length||n(1)}else r||(r=!0,n(0))})))}}function Me(e){return t=>n=>{var r=be,i=be,a=!1,o=!1,s=!1,c=!1;t((t=>{c||(t===0?(c=!0,s||n(0)):t.tag===0?r=t[0]:(s&&(i(1),i=be),a?a=!1:(a=!0,r(0)),(function(e){s=!0,e((e=>{s&&(e===0?(s=!1,c?n(0):a||(a=!0,r(0))):e.tag===0?(o=!1,(i=e[0])(0)):(n(e),o?o=!1:i(0)))}))})(e(t[0]))))})),n(xe((e=>{e===1?(c||(c=!0,r(1)),s&&(s=!1,i(1))):(!c&&!a&&(a=!0,r(0)),s&&!o&&(o=!0,i(0)))})))}}function Ne(e){return t=>n=>{var r=be,i=!1,a=0;t((t=>{i||(t===0?(i=!0,n(0)):t.tag===0?e<=0?(i=!0,n(0),t[0](1)):r=t[0]:a++<e?(n(t),!i&&a>=e&&(i=!0,n(0),r(1))):n(t))})),n(xe((t=>{t===1&&!i?(i=!0,r(1)):t===0&&!i&&a<e&&r(0)})))}}function Pe(e){return t=>n=>{var r=be,i=be,a=!1;t((t=>{a||(t===0?(a=!0,i(1),n(0)):t.tag===0?(r=t[0],e((e=>{e===0||(e.tag===0?(i=e[0])(0):(a=!0,i(1),r(1),n(0)))}))):n(t))})),n(xe((e=>{e===1&&!a?(a=!0,r(1),i(1)):a||r(0)})))}}function Fe(e,t){return n=>r=>{var i=be,a=!1;n((n=>{a||(n===0?(a=!0,r(0)):n.tag===0?(i=n[0],r(n)):e(n[0])?r(n):(a=!0,t&&r(n),r(0),i(1)))}))}}function Ie(e){return t=>e()(t)}function Le(e){return t=>{var n=e[O()]&&e[O()]()||e,r=!1,i=!1,a=!1,o;t(xe((async e=>{if(e===1)r=!0,n.return&&n.return();else if(i)a=!0;else{for(a=i=!0;a&&!r;)if((o=await n.next()).done)r=!0,n.return&&await n.return(),t(0);else try{a=!1,t(Se(o.value))}catch(e){if(n.throw)(r=!!(await n.throw(e)).done)&&t(0);else throw e}i=!1}})))}}function Re(e){return e[O()]?Le(e):t=>{var n=e[Symbol.iterator](),r=!1,i=!1,a=!1,o;t(xe((e=>{if(e===1)r=!0,n.return&&n.return();else if(i)a=!0;else{for(a=i=!0;a&&!r;)if((o=n.next()).done)r=!0,n.return&&n.return(),t(0);else try{a=!1,t(Se(o.value))}catch(e){if(n.throw)(r=!!n.throw(e).done)&&t(0);else throw e}i=!1}})))}}var ze=Re;function Be(e){return t=>{var n=!1;t(xe((r=>{r===1?n=!0:n||(n=!0,t(Se(e)),t(0))})))}}function Ve(e){return t=>{var n=!1,r=e({next(e){n||t(Se(e))},complete(){n||(n=!0,t(0))}});t(xe((e=>{e===1&&!n&&(n=!0,r())})))}}function He(){var e,t;return{source:je(Ve((n=>(e=n.next,t=n.complete,ye)))),next(t){e&&e(t)},complete(){t&&t()}}}function Ue(e){return t=>{var n=be,r=!1;return t((t=>{t===0?r=!0:t.tag===0?(n=t[0])(0):r||(e(t[0]),n(0))})),{unsubscribe(){r||(r=!0,n(1))}}}}function We(e){Ue((e=>{}))(e)}function Ge(e){return new Promise((t=>{var n=be,r;e((e=>{e===0?Promise.resolve(r).then(t):e.tag===0?(n=e[0])(0):(r=e[0],n(0))}))}))}var Ke=e=>e&&typeof e.message==`string`&&(e.extensions||e.name===`GraphQLError`)?e:typeof e==`object`&&typeof e.message==`string`?new v(e.message,e.nodes,e.source,e.positions,e.path,e,e.extensions||{}):new v(e),qe=class extends Error{constructor(e){var t=(e.graphQLErrors||[]).map(Ke),n=((e,t)=>{var n=``;if(e)return`[Network] ${e.message}`;if(t)for(var r=0,i=t.length;r<i;r++)n&&(n+=`
`),n+=`[GraphQL] ${t[r].message}`;return n})(e.networkError,t);super(n),this.name=`CombinedError`,this.message=n,this.graphQLErrors=t,this.networkError=e.networkError,this.response=e.response}toString(){return this.message}},Je=(e,t)=>{for(var n=0|(t||5381),r=0,i=0|e.length;r<i;r++)n=(n<<5)+n+e.charCodeAt(r);return n},Ye=new Set,Xe=new WeakMap,Ze=(e,t)=>{if(e===null||Ye.has(e))return`null`;if(typeof e!=`object`)return JSON.stringify(e)||``;if(e.toJSON)return Ze(e.toJSON(),t);if(Array.isArray(e)){for(var n=`[`,r=0,i=e.length;r<i;r++)n.length>1&&(n+=`,`),n+=Ze(e[r],t)||`null`;return n+=`]`}if(!t&&(tt!==et&&e instanceof tt||nt!==et&&e instanceof nt))return`null`;var a=Object.keys(e).sort();if(!a.length&&e.constructor&&Object.getPrototypeOf(e).constructor!==Object.prototype.constructor){var o=Xe.get(e)||Math.random().toString(36).slice(2);return Xe.set(e,o),Ze({__key:o},t)}Ye.add(e);for(var s=`{`,c=0,l=a.length;c<l;c++){var u=Ze(e[a[c]],t);u&&(s.length>1&&(s+=`,`),s+=Ze(a[c],t)+`:`+u)}return Ye.delete(e),s+=`}`},Qe=(e,t,n)=>{if(!(typeof n!=`object`||!n||n.toJSON||Ye.has(n))){if(Array.isArray(n))for(var r=0,i=n.length;r<i;r++)Qe(e,`${t}.${r}`,n[r]);else if(n instanceof tt||n instanceof nt)e.set(t,n);else for(var a in Ye.add(n),n)Qe(e,`${t}.${a}`,n[a])}},$e=(e,t)=>(Ye.clear(),Ze(e,t||!1)),et=class{},tt=typeof File<`u`?File:et,nt=typeof Blob<`u`?Blob:et,rt=/("{3}[\s\S]*"{3}|"(?:\\.|[^"])*")/g,it=/(?:#[^\n\r]+)?(?:[\r\n]+|$)/g,at=(e,t)=>t%2==0?e.replace(it,`
`):e,ot=e=>e.split(rt).map(at).join(``).trim(),st=new Map,ct=new Map,lt=e=>{var t;return typeof e==`string`?t=ot(e):e.loc&&ct.get(e.__key)===e?t=e.loc.source.body:(t=st.get(e)||ot(ve(e)),st.set(e,t)),typeof e!=`string`&&!e.loc&&(e.loc={start:0,end:t.length,source:{body:t,name:`gql`,locationOffset:{line:1,column:1}}}),t},ut=e=>{var t;if(e.documentId)t=Je(e.documentId);else if(t=Je(lt(e)),e.definitions){var n=pt(e);n&&(t=Je(`\n# ${n}`,t))}return t},dt=e=>{var t,n;return typeof e==`string`?(t=ut(e),n=ct.get(t)||de(e,{noLocation:!0})):(t=e.__key||ut(e),n=ct.get(t)||e),n.loc||lt(n),n.__key=t,ct.set(t,n),n},ft=(e,t,n)=>{var r=t||{},i=dt(e),a=$e(r,!0),o=i.__key;return a!==`{}`&&(o=Je(a,o)),{key:o,query:i,variables:r,extensions:n}},pt=e=>{for(var t=0,n=e.definitions.length;t<n;t++){var r=e.definitions[t];if(r.kind===_.OPERATION_DEFINITION)return r.name?r.name.value:void 0}},mt=(e,t,n)=>{var r=t.payload||t;if(!(`data`in r||`errors`in r&&Array.isArray(r.errors)))throw Error(`No Content`);var i=e.kind===`subscription`;return{operation:e,data:r.data,error:Array.isArray(r.errors)?new qe({graphQLErrors:r.errors,response:n}):void 0,extensions:r.extensions?{...r.extensions}:void 0,hasNext:t.hasNext==null?i:t.hasNext,stale:!1}},ht=(e,t)=>{if(typeof e==`object`&&e){if(Array.isArray(e)){e=[...e];for(var n=0,r=t.length;n<r;n++)e[n]=ht(e[n],t[n]);return e}if(!e.constructor||e.constructor===Object){for(var i in e={...e},t)e[i]=ht(e[i],t[i]);return e}}return t},gt=(e,t,n,r)=>{var i=e.error?e.error.graphQLErrors:[],a=!!e.extensions||!!(t.payload||t).extensions,o={...e.extensions,...(t.payload||t).extensions},s=t.incremental;`path`in t&&(s=[t]);var c={data:e.data};if(s)for(var l=function(){var e=s[u];Array.isArray(e.errors)&&i.push(...e.errors),e.extensions&&(Object.assign(o,e.extensions),a=!0);var t=`data`,n=c,l=[];if(e.path)l=e.path;else if(r){var d=r.find((t=>t.id===e.id));l=e.subPath?[...d.path,...e.subPath]:d.path}for(var f=0,p=l.length;f<p;t=l[f++])n=n[t]=Array.isArray(n[t])?[...n[t]]:{...n[t]};if(e.items)for(var m=+t>=0?t:0,h=0,g=e.items.length;h<g;h++)n[m+h]=ht(n[m+h],e.items[h]);else e.data!==void 0&&(n[t]=ht(n[t],e.data))},u=0,d=s.length;u<d;u++)l();else c.data=(t.payload||t).data||e.data,i=t.errors||t.payload&&t.payload.errors||i;return{operation:e.operation,data:c.data,error:i.length?new qe({graphQLErrors:i,response:n}):void 0,extensions:a?o:void 0,hasNext:t.hasNext==null?e.hasNext:t.hasNext,stale:!1}},_t=(e,t,n)=>({operation:e,data:void 0,error:new qe({networkError:t,response:n}),extensions:void 0,hasNext:!1,stale:!1});function vt(e){var t={query:void 0,documentId:void 0,operationName:pt(e.query),variables:e.variables||void 0,extensions:e.extensions};return`documentId`in e.query&&e.query.documentId&&(!e.query.definitions||!e.query.definitions.length)?t.documentId=e.query.documentId:e.extensions&&e.extensions.persistedQuery&&!e.extensions.persistedQuery.miss||(t.query=lt(e.query)),t}var yt=(e,t)=>{var n=e.kind===`query`&&e.context.preferGetMethod;if(!n||!t)return e.context.url;var r=bt(e.context.url);for(var i in t){var a=t[i];a&&r[1].set(i,typeof a==`object`?$e(a):a)}var o=r.join(`?`);return o.length>2047&&n!==`force`?(e.context.preferGetMethod=!1,e.context.url):o},bt=e=>{var t=e.indexOf(`?`);return t>-1?[e.slice(0,t),new URLSearchParams(e.slice(t+1))]:[e,new URLSearchParams]},xt=(e,t)=>{if(t&&!(e.kind===`query`&&e.context.preferGetMethod)){var n=$e(t),r=(e=>{var t=new Map;return(tt!==et||nt!==et)&&(Ye.clear(),Qe(t,`variables`,e)),t})(t.variables);if(r.size){var i=new FormData;i.append(`operations`,n),i.append(`map`,$e({...[...r.keys()].map((e=>[e]))}));var a=0;for(var o of r.values())i.append(``+a++,o);return i}return n}},St=(e,t)=>{var n={accept:e.kind===`subscription`?`text/event-stream, multipart/mixed`:`application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed`},r=(typeof e.context.fetchOptions==`function`?e.context.fetchOptions():e.context.fetchOptions)||{};if(r.headers){if((e=>`has`in e&&!Object.keys(e).length)(r.headers))r.headers.forEach(((e,t)=>{n[t]=e}));else if(Array.isArray(r.headers))r.headers.forEach(((e,t)=>{Array.isArray(e)?n[e[0]]?n[e[0]]=`${n[e[0]]},${e[1]}`:n[e[0]]=e[1]:n[t]=e}));else for(var i in r.headers)n[i.toLowerCase()]=r.headers[i]}var a=xt(e,t);return typeof a==`string`&&!n[`content-type`]&&(n[`content-type`]=`application/json`),{...r,method:a?`POST`:`GET`,body:a,headers:n}},Ct=/boundary="?([^=";]+)"?/i,wt=/data: ?([^\n]+)/;async function*Tt(e){if(e.body[Symbol.asyncIterator])for await(var t of e.body)yield t;else{var n=e.body.getReader(),r;try{for(;!(r=await n.read()).done;)yield r.value}finally{n.cancel()}}}async function*Et(e,t){var n=typeof TextDecoder<`u`?new TextDecoder:null,r=``,i;for await(var a of e)for(r+=a.constructor.name===`Buffer`?a.toString():n.decode(a,{stream:!0});(i=r.indexOf(t))>-1;)yield r.slice(0,i),r=r.slice(i+t.length)}async function*Dt(e,t,n){var r=!0,i=null,a;try{yield await Promise.resolve();var o=(a=await(e.context.fetch||fetch)(t,n)).headers.get(`Content-Type`)||``,s=/multipart\/mixed/i.test(o)?async function*(e,t){var n=e.match(Ct),r=`--`+(n?n[1]:`-`),i=!0,a;for await(var o of Et(Tt(t),`\r
`+r)){if(i){i=!1;var s=o.indexOf(r);if(s>-1)o=o.slice(s+r.length);else continue}try{yield a=JSON.parse(o.slice(o.indexOf(`\r
\r
`)+4))}catch(e){if(!a)throw e}if(a&&!1===a.hasNext)break}a&&!1!==a.hasNext&&(yield{hasNext:!1})}(o,a):/text\/event-stream/i.test(o)?async function*(e){var t;for await(var n of Et(Tt(e),`

`)){var r=n.match(wt);if(r){var i=r[1];try{yield t=JSON.parse(i)}catch(e){if(!t)throw e}if(t&&!1===t.hasNext)break}}t&&!1!==t.hasNext&&(yield{hasNext:!1})}(a):/text\//i.test(o)?async function*(e){var t=await e.text();try{yield JSON.parse(t)}catch{throw Error(t)}}(a):async function*(e){yield JSON.parse(await e.text())}(a),c;for await(var l of s)l.pending&&!i?c=l.pending:l.pending&&(c=[...c,...l.pending]),i=i?gt(i,l,a,c):mt(e,l,a),r=!1,yield i,r=!0;i||(yield i=mt(e,{},a))}catch(t){if(!r)throw t;yield _t(e,a&&(a.status<200||a.status>=300)&&a.statusText?Error(a.statusText):t,a)}}function Ot(e,t,n){var r;return typeof AbortController<`u`&&(n.signal=(r=new AbortController).signal),Oe((()=>{r&&r.abort()}))(Ce((e=>!!e))(Le(Dt(e,t,n))))}var kt=(e,t)=>{if(Array.isArray(e))for(var n=0,r=e.length;n<r;n++)kt(e[n],t);else if(typeof e==`object`&&e)for(var i in e)i===`__typename`&&typeof e[i]==`string`?t.add(e[i]):kt(e[i],t);return t},At=e=>{if(`definitions`in e){for(var t=[],n=0,r=e.definitions.length;n<r;n++){var i=At(e.definitions[n]);t.push(i)}return{...e,definitions:t}}if(`directives`in e&&e.directives&&e.directives.length){for(var a=[],o={},s=0,c=e.directives.length;s<c;s++){var l=e.directives[s],u=l.name.value;u[0]===`_`?u=u.slice(1):a.push(l),o[u]=l}e={...e,directives:a,_directives:o}}if(`selectionSet`in e){var d=[],f=e.kind===_.OPERATION_DEFINITION;if(e.selectionSet){for(var p=0,m=e.selectionSet.selections.length;p<m;p++){var h=e.selectionSet.selections[p];f||=h.kind===_.FIELD&&h.name.value===`__typename`&&!h.alias;var g=At(h);d.push(g)}return f||d.push({kind:_.FIELD,name:{kind:_.NAME,value:`__typename`},_generated:!0}),{...e,selectionSet:{...e.selectionSet,selections:d}}}}return e},jt=new Map,Mt=e=>{var t=dt(e),n=jt.get(t.__key);return n||(jt.set(t.__key,n=At(t)),Object.defineProperty(n,"__key",{value:t.__key,enumerable:!1})),n};function Nt(e){var t=t=>e(t);return t.toPromise=()=>Ge(Ne(1)(Ce((e=>!e.stale&&!e.hasNext))(t))),t.then=(e,n)=>t.toPromise().then(e,n),t.subscribe=e=>Ue(e)(t),t}function Pt(e,t,n){return{...t,kind:e,context:t.context?{...t.context,...n}:n||t.context}}var Ft=(e,t)=>Pt(e.kind,e,{meta:{...e.context.meta,...t}}),It=()=>{},Lt=({kind:e})=>e!==`mutation`&&e!==`query`,Rt=e=>{var t=Mt(e.query);if(t!==e.query){var n=Pt(e.kind,e);return n.query=t,n}return e},zt=({forward:e,client:t,dispatchDebug:n})=>{var r=new Map,i=new Map,a=e=>e.kind===`query`&&e.context.requestPolicy!==`network-only`&&(e.context.requestPolicy===`cache-only`||r.has(e.key));return n=>De([we((e=>{var n=r.get(e.key),i=n||mt(e,{data:null});return i={...i,operation:Ft(e,{cacheOutcome:n?`hit`:`miss`})},e.context.requestPolicy===`cache-and-network`&&(i.stale=!0,Bt(t,e)),i}))(Ce((e=>!Lt(e)&&a(e)))(n)),ke((e=>{var{operation:n}=e;if(n){var a=n.context.additionalTypenames||[];if(e.operation.kind!==`subscription`&&(a=(e=>[...kt(e,new Set)])(e.data).concat(a)),e.operation.kind===`mutation`||e.operation.kind===`subscription`){for(var o=new Set,s=0;s<a.length;s++){var c=a[s],l=i.get(c);l||i.set(c,l=new Set);for(var u of l.values())o.add(u);l.clear()}for(var d of o.values())r.has(d)&&(n=r.get(d).operation,r.delete(d),Bt(t,n))}else if(n.kind===`query`&&e.data){r.set(n.key,e);for(var f=0;f<a.length;f++){var p=a[f],m=i.get(p);m||i.set(p,m=new Set),m.add(n.key)}}}}))(e(Ce((e=>e.kind!==`query`||e.context.requestPolicy!==`cache-only`))(we((e=>Ft(e,{cacheOutcome:`miss`})))(De([we(Rt)(Ce((e=>!Lt(e)&&!a(e)))(n)),Ce((e=>Lt(e)))(n)])))))])},Bt=(e,t)=>e.reexecuteOperation(Pt(t.kind,t,{requestPolicy:`network-only`})),Vt=({forward:e,dispatchDebug:t})=>t=>De([Te((e=>{var n=vt(e),r=yt(e,n),i=St(e,n);return Pe(Ce((t=>t.kind===`teardown`&&t.key===e.key))(t))(Ot(e,r,i))}))(Ce((e=>e.kind!==`teardown`&&(e.kind!==`subscription`||!!e.context.fetchSubscriptions)))(t)),e(Ce((e=>e.kind===`teardown`||e.kind===`subscription`&&!e.context.fetchSubscriptions))(t))]),Ht=e=>({client:t,forward:n,dispatchDebug:r})=>e.reduceRight(((e,n)=>n({client:t,forward(t){return je(e(je(t)))},dispatchDebug(e){}})),n),Ut=({dispatchDebug:e})=>e=>Ce((e=>!1))(e),Wt=function e(t){var n=0,r=new Map,i=new Map,a=new Set,o=[],s={url:t.url,fetchSubscriptions:t.fetchSubscriptions,fetchOptions:t.fetchOptions,fetch:t.fetch,preferGetMethod:t.preferGetMethod==null?`within-url-limit`:t.preferGetMethod,requestPolicy:t.requestPolicy||`cache-first`},c=He();function l(e){e.kind!==`mutation`&&e.kind!==`teardown`&&a.has(e.key)||(e.kind===`teardown`?a.delete(e.key):e.kind!==`mutation`&&a.add(e.key),c.next(e))}var u=!1;function d(e){if(e&&l(e),!u){for(u=!0;u&&(e=o.shift());)l(e);u=!1}}var f=e=>{var t=Pe(Ce((t=>t.kind===`teardown`&&t.key===e.key))(c.source))(Ce((t=>t.operation.kind===e.kind&&t.operation.key===e.key&&(!t.operation.context._instance||t.operation.context._instance===e.context._instance)))(g));return t=e.kind===`query`?Me((t=>{var n=Be(t);return t.stale||t.hasNext?n:De([n,we((()=>(t.stale=!0,t)))(Ne(1)(Ce((t=>t.key===e.key))(c.source)))])}))(t):Fe((e=>!!e.hasNext),!0)(t),t=e.kind===`mutation`?Ae((()=>{l(e)}))(t):Oe((()=>{a.delete(e.key),r.delete(e.key),i.delete(e.key),u=!1;for(var t=o.length-1;t>=0;t--)o[t].key===e.key&&o.splice(t,1);l(Pt(`teardown`,e,e.context))}))(ke((t=>{if(t.stale){if(!t.hasNext)a.delete(e.key);else for(var n=0;n<o.length;n++){var i=o[n];if(i.key===t.operation.key){a.delete(i.key);break}}}else t.hasNext||a.delete(e.key);r.set(e.key,t)}))(t)),je(t)},p=this instanceof e?this:Object.create(e.prototype),m=Object.assign(p,{suspense:!!t.suspense,operations$:c.source,reexecuteOperation(e){if(e.kind===`teardown`)d(e);else if(e.kind===`mutation`)o.push(e),Promise.resolve().then(d);else if(i.has(e.key)){for(var t=!1,n=0;n<o.length;n++)o[n].key===e.key&&(o[n]=e,t=!0);t||a.has(e.key)&&e.context.requestPolicy!==`network-only`?(a.delete(e.key),Promise.resolve().then(d)):(o.push(e),Promise.resolve().then(d))}},createRequestOperation(e,t,r){return r||={},Pt(e,t,{_instance:e===`mutation`?n=n+1|0:void 0,...s,...r,requestPolicy:r.requestPolicy||s.requestPolicy,suspense:r.suspense||!1!==r.suspense&&m.suspense})},executeRequestOperation(e){return e.kind===`mutation`?Nt(f(e)):Nt(Ie((()=>{var t=i.get(e.key);t||i.set(e.key,t=f(e)),t=Ae((()=>{d(e)}))(t);var n=r.get(e.key);return e.kind===`query`&&n&&(n.stale||n.hasNext)?Me(Be)(De([t,Ce((t=>t===r.get(e.key)))(Be(n))])):t})))},executeQuery(e,t){var n=m.createRequestOperation(`query`,e,t);return m.executeRequestOperation(n)},executeSubscription(e,t){var n=m.createRequestOperation(`subscription`,e,t);return m.executeRequestOperation(n)},executeMutation(e,t){var n=m.createRequestOperation(`mutation`,e,t);return m.executeRequestOperation(n)},readQuery(e,t,n){var r=null;return Ue((e=>{r=e}))(m.query(e,t,n)).unsubscribe(),r},query:(e,t,n)=>m.executeQuery(ft(e,t),n),subscription:(e,t,n)=>m.executeSubscription(ft(e,t),n),mutation:(e,t,n)=>m.executeMutation(ft(e,t),n)}),h=It,g=je(Ht(t.exchanges)({client:m,dispatchDebug:h,forward:Ut({dispatchDebug:h})})(c.source));return We(g),m},A=c(u(),1),Gt=g(),Kt={"query Orgs($first: Int, $after: Cursor, $last: Int, $before: Cursor, $order: [OrganizationOrder!], $where: OrganizationWhereInput) {\n    list: organizations(first: $first, after: $after, last: $last, before: $before, orderBy: $order, where: $where) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { node { id nameFi nameSv nameEn sector lastConfirmedAt memberships { totalCount } } } } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`query`,name:{kind:`Name`,value:`Orgs`},variableDefinitions:[{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`first`}},type:{kind:`NamedType`,name:{kind:`Name`,value:`Int`}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`after`}},type:{kind:`NamedType`,name:{kind:`Name`,value:`Cursor`}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`last`}},type:{kind:`NamedType`,name:{kind:`Name`,value:`Int`}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`before`}},type:{kind:`NamedType`,name:{kind:`Name`,value:`Cursor`}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`order`}},type:{kind:`ListType`,type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`OrganizationOrder`}}}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`where`}},type:{kind:`NamedType`,name:{kind:`Name`,value:`OrganizationWhereInput`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,alias:{kind:`Name`,value:`list`},name:{kind:`Name`,value:`organizations`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`first`},value:{kind:`Variable`,name:{kind:`Name`,value:`first`}}},{kind:`Argument`,name:{kind:`Name`,value:`after`},value:{kind:`Variable`,name:{kind:`Name`,value:`after`}}},{kind:`Argument`,name:{kind:`Name`,value:`last`},value:{kind:`Variable`,name:{kind:`Name`,value:`last`}}},{kind:`Argument`,name:{kind:`Name`,value:`before`},value:{kind:`Variable`,name:{kind:`Name`,value:`before`}}},{kind:`Argument`,name:{kind:`Name`,value:`orderBy`},value:{kind:`Variable`,name:{kind:`Name`,value:`order`}}},{kind:`Argument`,name:{kind:`Name`,value:`where`},value:{kind:`Variable`,name:{kind:`Name`,value:`where`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`totalCount`}},{kind:`Field`,name:{kind:`Name`,value:`pageInfo`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`hasNextPage`}},{kind:`Field`,name:{kind:`Name`,value:`hasPreviousPage`}},{kind:`Field`,name:{kind:`Name`,value:`startCursor`}},{kind:`Field`,name:{kind:`Name`,value:`endCursor`}}]}},{kind:`Field`,name:{kind:`Name`,value:`edges`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`node`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}},{kind:`Field`,name:{kind:`Name`,value:`sector`}},{kind:`Field`,name:{kind:`Name`,value:`lastConfirmedAt`}},{kind:`Field`,name:{kind:`Name`,value:`memberships`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`totalCount`}}]}}]}}]}}]}}]}}]},"query Nets($first: Int, $after: Cursor, $last: Int, $before: Cursor, $order: [NetworkOrder!], $where: NetworkWhereInput) {\n    list: networks(first: $first, after: $after, last: $last, before: $before, orderBy: $order, where: $where) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { node { id nameFi nameSv nameEn kind status lastConfirmedAt memberships { totalCount } } } } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`query`,name:{kind:`Name`,value:`Nets`},variableDefinitions:[{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`first`}},type:{kind:`NamedType`,name:{kind:`Name`,value:`Int`}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`after`}},type:{kind:`NamedType`,name:{kind:`Name`,value:`Cursor`}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`last`}},type:{kind:`NamedType`,name:{kind:`Name`,value:`Int`}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`before`}},type:{kind:`NamedType`,name:{kind:`Name`,value:`Cursor`}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`order`}},type:{kind:`ListType`,type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`NetworkOrder`}}}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`where`}},type:{kind:`NamedType`,name:{kind:`Name`,value:`NetworkWhereInput`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,alias:{kind:`Name`,value:`list`},name:{kind:`Name`,value:`networks`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`first`},value:{kind:`Variable`,name:{kind:`Name`,value:`first`}}},{kind:`Argument`,name:{kind:`Name`,value:`after`},value:{kind:`Variable`,name:{kind:`Name`,value:`after`}}},{kind:`Argument`,name:{kind:`Name`,value:`last`},value:{kind:`Variable`,name:{kind:`Name`,value:`last`}}},{kind:`Argument`,name:{kind:`Name`,value:`before`},value:{kind:`Variable`,name:{kind:`Name`,value:`before`}}},{kind:`Argument`,name:{kind:`Name`,value:`orderBy`},value:{kind:`Variable`,name:{kind:`Name`,value:`order`}}},{kind:`Argument`,name:{kind:`Name`,value:`where`},value:{kind:`Variable`,name:{kind:`Name`,value:`where`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`totalCount`}},{kind:`Field`,name:{kind:`Name`,value:`pageInfo`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`hasNextPage`}},{kind:`Field`,name:{kind:`Name`,value:`hasPreviousPage`}},{kind:`Field`,name:{kind:`Name`,value:`startCursor`}},{kind:`Field`,name:{kind:`Name`,value:`endCursor`}}]}},{kind:`Field`,name:{kind:`Name`,value:`edges`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`node`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}},{kind:`Field`,name:{kind:`Name`,value:`kind`}},{kind:`Field`,name:{kind:`Name`,value:`status`}},{kind:`Field`,name:{kind:`Name`,value:`lastConfirmedAt`}},{kind:`Field`,name:{kind:`Name`,value:`memberships`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`totalCount`}}]}}]}}]}}]}}]}}]},"query Node($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on Organization { id version nameFi nameSv nameEn shortName sector services businessID email phone website address\n      addressConfidential description lastConfirmedAt\n      homeArea { id nameFi nameSv } operatingAreas { id nameFi nameSv }\n      parent { id nameFi nameSv nameEn } units { id nameFi nameSv nameEn }\n      memberships(first: 100) { edges { node { id version role status representative startDate endDate source illustrative\n        requestedBy awaiting\n        network { id nameFi nameSv nameEn kind } } } } }\n    ... on Network { id version nameFi nameSv nameEn shortName kind themes level status meetingsPerYear startedOn endedOn website\n      description lastConfirmedAt\n      areas { id nameFi nameSv } coordinator { id nameFi nameSv nameEn } parent { id nameFi nameSv nameEn }\n      subgroups { id nameFi nameSv nameEn }\n      memberships(first: 100) { edges { node { id version role status representative startDate endDate source illustrative\n        requestedBy awaiting\n        organization { id nameFi nameSv nameEn sector } } } } }\n  }\n}":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`query`,name:{kind:`Name`,value:`Node`},variableDefinitions:[{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`id`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`ID`}}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`node`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`id`},value:{kind:`Variable`,name:{kind:`Name`,value:`id`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`__typename`}},{kind:`InlineFragment`,typeCondition:{kind:`NamedType`,name:{kind:`Name`,value:`Organization`}},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`version`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}},{kind:`Field`,name:{kind:`Name`,value:`shortName`}},{kind:`Field`,name:{kind:`Name`,value:`sector`}},{kind:`Field`,name:{kind:`Name`,value:`services`}},{kind:`Field`,name:{kind:`Name`,value:`businessID`}},{kind:`Field`,name:{kind:`Name`,value:`email`}},{kind:`Field`,name:{kind:`Name`,value:`phone`}},{kind:`Field`,name:{kind:`Name`,value:`website`}},{kind:`Field`,name:{kind:`Name`,value:`address`}},{kind:`Field`,name:{kind:`Name`,value:`addressConfidential`}},{kind:`Field`,name:{kind:`Name`,value:`description`}},{kind:`Field`,name:{kind:`Name`,value:`lastConfirmedAt`}},{kind:`Field`,name:{kind:`Name`,value:`homeArea`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}}]}},{kind:`Field`,name:{kind:`Name`,value:`operatingAreas`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}}]}},{kind:`Field`,name:{kind:`Name`,value:`parent`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}}]}},{kind:`Field`,name:{kind:`Name`,value:`units`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}}]}},{kind:`Field`,name:{kind:`Name`,value:`memberships`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`first`},value:{kind:`IntValue`,value:`100`}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`edges`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`node`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`version`}},{kind:`Field`,name:{kind:`Name`,value:`role`}},{kind:`Field`,name:{kind:`Name`,value:`status`}},{kind:`Field`,name:{kind:`Name`,value:`representative`}},{kind:`Field`,name:{kind:`Name`,value:`startDate`}},{kind:`Field`,name:{kind:`Name`,value:`endDate`}},{kind:`Field`,name:{kind:`Name`,value:`source`}},{kind:`Field`,name:{kind:`Name`,value:`illustrative`}},{kind:`Field`,name:{kind:`Name`,value:`requestedBy`}},{kind:`Field`,name:{kind:`Name`,value:`awaiting`}},{kind:`Field`,name:{kind:`Name`,value:`network`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}},{kind:`Field`,name:{kind:`Name`,value:`kind`}}]}}]}}]}}]}}]}},{kind:`InlineFragment`,typeCondition:{kind:`NamedType`,name:{kind:`Name`,value:`Network`}},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`version`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}},{kind:`Field`,name:{kind:`Name`,value:`shortName`}},{kind:`Field`,name:{kind:`Name`,value:`kind`}},{kind:`Field`,name:{kind:`Name`,value:`themes`}},{kind:`Field`,name:{kind:`Name`,value:`level`}},{kind:`Field`,name:{kind:`Name`,value:`status`}},{kind:`Field`,name:{kind:`Name`,value:`meetingsPerYear`}},{kind:`Field`,name:{kind:`Name`,value:`startedOn`}},{kind:`Field`,name:{kind:`Name`,value:`endedOn`}},{kind:`Field`,name:{kind:`Name`,value:`website`}},{kind:`Field`,name:{kind:`Name`,value:`description`}},{kind:`Field`,name:{kind:`Name`,value:`lastConfirmedAt`}},{kind:`Field`,name:{kind:`Name`,value:`areas`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}}]}},{kind:`Field`,name:{kind:`Name`,value:`coordinator`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}}]}},{kind:`Field`,name:{kind:`Name`,value:`parent`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}}]}},{kind:`Field`,name:{kind:`Name`,value:`subgroups`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}}]}},{kind:`Field`,name:{kind:`Name`,value:`memberships`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`first`},value:{kind:`IntValue`,value:`100`}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`edges`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`node`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`version`}},{kind:`Field`,name:{kind:`Name`,value:`role`}},{kind:`Field`,name:{kind:`Name`,value:`status`}},{kind:`Field`,name:{kind:`Name`,value:`representative`}},{kind:`Field`,name:{kind:`Name`,value:`startDate`}},{kind:`Field`,name:{kind:`Name`,value:`endDate`}},{kind:`Field`,name:{kind:`Name`,value:`source`}},{kind:`Field`,name:{kind:`Name`,value:`illustrative`}},{kind:`Field`,name:{kind:`Name`,value:`requestedBy`}},{kind:`Field`,name:{kind:`Name`,value:`awaiting`}},{kind:`Field`,name:{kind:`Name`,value:`organization`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}},{kind:`Field`,name:{kind:`Name`,value:`sector`}}]}}]}}]}}]}}]}}]}}]}}]},"query Counties { areas(first: 30, where: {kind: WELLBEING_COUNTY}, orderBy: [{field: NAME_FI}]) { edges { node { id nameFi nameSv nameEn } } } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`query`,name:{kind:`Name`,value:`Counties`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`areas`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`first`},value:{kind:`IntValue`,value:`30`}},{kind:`Argument`,name:{kind:`Name`,value:`where`},value:{kind:`ObjectValue`,fields:[{kind:`ObjectField`,name:{kind:`Name`,value:`kind`},value:{kind:`EnumValue`,value:`WELLBEING_COUNTY`}}]}},{kind:`Argument`,name:{kind:`Name`,value:`orderBy`},value:{kind:`ListValue`,values:[{kind:`ObjectValue`,fields:[{kind:`ObjectField`,name:{kind:`Name`,value:`field`},value:{kind:`EnumValue`,value:`NAME_FI`}}]}]}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`edges`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`node`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}}]}}]}}]}}]}}]},"query Search($q: String!) { search(query: $q, first: 8) { __typename\n  ... on Organization { id version nameFi nameSv nameEn } ... on Network { id version nameFi nameSv nameEn } ... on Area { id nameFi nameSv nameEn kind } } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`query`,name:{kind:`Name`,value:`Search`},variableDefinitions:[{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`q`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`String`}}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`search`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`query`},value:{kind:`Variable`,name:{kind:`Name`,value:`q`}}},{kind:`Argument`,name:{kind:`Name`,value:`first`},value:{kind:`IntValue`,value:`8`}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`__typename`}},{kind:`InlineFragment`,typeCondition:{kind:`NamedType`,name:{kind:`Name`,value:`Organization`}},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`version`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}}]}},{kind:`InlineFragment`,typeCondition:{kind:`NamedType`,name:{kind:`Name`,value:`Network`}},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`version`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}}]}},{kind:`InlineFragment`,typeCondition:{kind:`NamedType`,name:{kind:`Name`,value:`Area`}},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}},{kind:`Field`,name:{kind:`Name`,value:`kind`}}]}}]}}]}}]},"query Country { areas(first: 1, where: {kind: COUNTRY}) { edges { node { id } } } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`query`,name:{kind:`Name`,value:`Country`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`areas`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`first`},value:{kind:`IntValue`,value:`1`}},{kind:`Argument`,name:{kind:`Name`,value:`where`},value:{kind:`ObjectValue`,fields:[{kind:`ObjectField`,name:{kind:`Name`,value:`kind`},value:{kind:`EnumValue`,value:`COUNTRY`}}]}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`edges`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`node`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}}]}}]}}]}}]}}]},"query NationalCoverage($area: ID!, $asOf: Date) { coverage(area: $area, asOf: $asOf) {\n  met atRisk missing total\n  children { area { id nameFi nameSv nameEn } met atRisk missing total } } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`query`,name:{kind:`Name`,value:`NationalCoverage`},variableDefinitions:[{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`area`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`ID`}}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`asOf`}},type:{kind:`NamedType`,name:{kind:`Name`,value:`Date`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`coverage`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`area`},value:{kind:`Variable`,name:{kind:`Name`,value:`area`}}},{kind:`Argument`,name:{kind:`Name`,value:`asOf`},value:{kind:`Variable`,name:{kind:`Name`,value:`asOf`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`met`}},{kind:`Field`,name:{kind:`Name`,value:`atRisk`}},{kind:`Field`,name:{kind:`Name`,value:`missing`}},{kind:`Field`,name:{kind:`Name`,value:`total`}},{kind:`Field`,name:{kind:`Name`,value:`children`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`area`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}}]}},{kind:`Field`,name:{kind:`Name`,value:`met`}},{kind:`Field`,name:{kind:`Name`,value:`atRisk`}},{kind:`Field`,name:{kind:`Name`,value:`missing`}},{kind:`Field`,name:{kind:`Name`,value:`total`}}]}}]}}]}}]},"query AreaCoverage($area: ID!, $asOf: Date) { coverage(area: $area, asOf: $asOf) {\n  area { id kind nameFi nameSv nameEn }\n  met atRisk missing total\n  expectations { key rule description descriptionSv descriptionEn guidance status\n    organizations { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } suggestions { id nameFi nameSv nameEn } }\n  children { area { id nameFi nameSv nameEn } met total expectations { key rule status organizations { id nameFi } } } } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`query`,name:{kind:`Name`,value:`AreaCoverage`},variableDefinitions:[{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`area`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`ID`}}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`asOf`}},type:{kind:`NamedType`,name:{kind:`Name`,value:`Date`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`coverage`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`area`},value:{kind:`Variable`,name:{kind:`Name`,value:`area`}}},{kind:`Argument`,name:{kind:`Name`,value:`asOf`},value:{kind:`Variable`,name:{kind:`Name`,value:`asOf`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`area`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`kind`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}}]}},{kind:`Field`,name:{kind:`Name`,value:`met`}},{kind:`Field`,name:{kind:`Name`,value:`atRisk`}},{kind:`Field`,name:{kind:`Name`,value:`missing`}},{kind:`Field`,name:{kind:`Name`,value:`total`}},{kind:`Field`,name:{kind:`Name`,value:`expectations`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`key`}},{kind:`Field`,name:{kind:`Name`,value:`rule`}},{kind:`Field`,name:{kind:`Name`,value:`description`}},{kind:`Field`,name:{kind:`Name`,value:`descriptionSv`}},{kind:`Field`,name:{kind:`Name`,value:`descriptionEn`}},{kind:`Field`,name:{kind:`Name`,value:`guidance`}},{kind:`Field`,name:{kind:`Name`,value:`status`}},{kind:`Field`,name:{kind:`Name`,value:`organizations`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}}]}},{kind:`Field`,name:{kind:`Name`,value:`networks`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}}]}},{kind:`Field`,name:{kind:`Name`,value:`suggestions`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}}]}}]}},{kind:`Field`,name:{kind:`Name`,value:`children`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`area`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}}]}},{kind:`Field`,name:{kind:`Name`,value:`met`}},{kind:`Field`,name:{kind:`Name`,value:`total`}},{kind:`Field`,name:{kind:`Name`,value:`expectations`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`key`}},{kind:`Field`,name:{kind:`Name`,value:`rule`}},{kind:`Field`,name:{kind:`Name`,value:`status`}},{kind:`Field`,name:{kind:`Name`,value:`organizations`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}}]}}]}}]}}]}}]}}]},"query Me { me { id email role organization { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`query`,name:{kind:`Name`,value:`Me`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`me`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`email`}},{kind:`Field`,name:{kind:`Name`,value:`role`}},{kind:`Field`,name:{kind:`Name`,value:`organization`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}}]}},{kind:`Field`,name:{kind:`Name`,value:`networks`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}}]}}]}}]}}]},"mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`mutation`,name:{kind:`Name`,value:`Login`},variableDefinitions:[{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`email`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`String`}}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`password`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`String`}}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`login`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`email`},value:{kind:`Variable`,name:{kind:`Name`,value:`email`}}},{kind:`Argument`,name:{kind:`Name`,value:`password`},value:{kind:`Variable`,name:{kind:`Name`,value:`password`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}}]}}]}}]},"mutation Logout { logout }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`mutation`,name:{kind:`Name`,value:`Logout`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`logout`}}]}}]},"query OrganizationForEdit($id: ID!) { node(id: $id) { ... on Organization {\n  id version nameFi nameSv nameEn shortName email phone website address addressConfidential description businessID } } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`query`,name:{kind:`Name`,value:`OrganizationForEdit`},variableDefinitions:[{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`id`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`ID`}}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`node`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`id`},value:{kind:`Variable`,name:{kind:`Name`,value:`id`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`InlineFragment`,typeCondition:{kind:`NamedType`,name:{kind:`Name`,value:`Organization`}},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`version`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}},{kind:`Field`,name:{kind:`Name`,value:`shortName`}},{kind:`Field`,name:{kind:`Name`,value:`email`}},{kind:`Field`,name:{kind:`Name`,value:`phone`}},{kind:`Field`,name:{kind:`Name`,value:`website`}},{kind:`Field`,name:{kind:`Name`,value:`address`}},{kind:`Field`,name:{kind:`Name`,value:`addressConfidential`}},{kind:`Field`,name:{kind:`Name`,value:`description`}},{kind:`Field`,name:{kind:`Name`,value:`businessID`}}]}}]}}]}}]},"mutation UpdateOrganization($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) {\n  updateOrganization(id: $id, version: $version, input: $input) { id version } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`mutation`,name:{kind:`Name`,value:`UpdateOrganization`},variableDefinitions:[{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`id`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`ID`}}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`version`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`Int`}}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`input`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`UpdateOrganizationInput`}}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`updateOrganization`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`id`},value:{kind:`Variable`,name:{kind:`Name`,value:`id`}}},{kind:`Argument`,name:{kind:`Name`,value:`version`},value:{kind:`Variable`,name:{kind:`Name`,value:`version`}}},{kind:`Argument`,name:{kind:`Name`,value:`input`},value:{kind:`Variable`,name:{kind:`Name`,value:`input`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`version`}}]}}]}}]},"mutation ConfirmOrganization($id: ID!) { confirmOrganization(id: $id) { id lastConfirmedAt } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`mutation`,name:{kind:`Name`,value:`ConfirmOrganization`},variableDefinitions:[{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`id`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`ID`}}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`confirmOrganization`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`id`},value:{kind:`Variable`,name:{kind:`Name`,value:`id`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`lastConfirmedAt`}}]}}]}}]},"mutation ConfirmNetwork($id: ID!) { confirmNetwork(id: $id) { id lastConfirmedAt } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`mutation`,name:{kind:`Name`,value:`ConfirmNetwork`},variableDefinitions:[{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`id`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`ID`}}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`confirmNetwork`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`id`},value:{kind:`Variable`,name:{kind:`Name`,value:`id`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`lastConfirmedAt`}}]}}]}}]},"query NetworkOptions($q: String!) { networks(first: 10, where: {nameContains: $q}) { edges { node { id nameFi nameSv nameEn } } } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`query`,name:{kind:`Name`,value:`NetworkOptions`},variableDefinitions:[{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`q`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`String`}}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`networks`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`first`},value:{kind:`IntValue`,value:`10`}},{kind:`Argument`,name:{kind:`Name`,value:`where`},value:{kind:`ObjectValue`,fields:[{kind:`ObjectField`,name:{kind:`Name`,value:`nameContains`},value:{kind:`Variable`,name:{kind:`Name`,value:`q`}}}]}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`edges`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`node`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}}]}}]}}]}}]}}]},"mutation RequestMembership($input: RequestMembershipInput!, $key: String) {\n  requestMembership(input: $input, idempotencyKey: $key) { id status } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`mutation`,name:{kind:`Name`,value:`RequestMembership`},variableDefinitions:[{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`input`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`RequestMembershipInput`}}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`key`}},type:{kind:`NamedType`,name:{kind:`Name`,value:`String`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`requestMembership`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`input`},value:{kind:`Variable`,name:{kind:`Name`,value:`input`}}},{kind:`Argument`,name:{kind:`Name`,value:`idempotencyKey`},value:{kind:`Variable`,name:{kind:`Name`,value:`key`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`status`}}]}}]}}]},"mutation ApproveMembership($id: ID!, $version: Int) { approveMembership(id: $id, version: $version) { id status } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`mutation`,name:{kind:`Name`,value:`ApproveMembership`},variableDefinitions:[{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`id`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`ID`}}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`version`}},type:{kind:`NamedType`,name:{kind:`Name`,value:`Int`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`approveMembership`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`id`},value:{kind:`Variable`,name:{kind:`Name`,value:`id`}}},{kind:`Argument`,name:{kind:`Name`,value:`version`},value:{kind:`Variable`,name:{kind:`Name`,value:`version`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`status`}}]}}]}}]},"mutation DeclineMembership($id: ID!, $reason: String!, $version: Int) {\n  declineMembership(id: $id, reason: $reason, version: $version) { id status } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`mutation`,name:{kind:`Name`,value:`DeclineMembership`},variableDefinitions:[{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`id`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`ID`}}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`reason`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`String`}}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`version`}},type:{kind:`NamedType`,name:{kind:`Name`,value:`Int`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`declineMembership`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`id`},value:{kind:`Variable`,name:{kind:`Name`,value:`id`}}},{kind:`Argument`,name:{kind:`Name`,value:`reason`},value:{kind:`Variable`,name:{kind:`Name`,value:`reason`}}},{kind:`Argument`,name:{kind:`Name`,value:`version`},value:{kind:`Variable`,name:{kind:`Name`,value:`version`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`status`}}]}}]}}]},"mutation EndMembership($id: ID!, $endDate: Date!, $version: Int) {\n  endMembership(id: $id, endDate: $endDate, version: $version) { id status endDate } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`mutation`,name:{kind:`Name`,value:`EndMembership`},variableDefinitions:[{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`id`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`ID`}}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`endDate`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`Date`}}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`version`}},type:{kind:`NamedType`,name:{kind:`Name`,value:`Int`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`endMembership`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`id`},value:{kind:`Variable`,name:{kind:`Name`,value:`id`}}},{kind:`Argument`,name:{kind:`Name`,value:`endDate`},value:{kind:`Variable`,name:{kind:`Name`,value:`endDate`}}},{kind:`Argument`,name:{kind:`Name`,value:`version`},value:{kind:`Variable`,name:{kind:`Name`,value:`version`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`status`}},{kind:`Field`,name:{kind:`Name`,value:`endDate`}}]}}]}}]},"query Pending { memberships(first: 100, where: {status: PENDING}, orderBy: [{field: CREATED_AT, direction: ASC}]) {\n  edges { node { id version role representative createdAt requestedBy awaiting\n    organization { id nameFi nameSv nameEn } network { id nameFi nameSv nameEn } } } } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`query`,name:{kind:`Name`,value:`Pending`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`memberships`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`first`},value:{kind:`IntValue`,value:`100`}},{kind:`Argument`,name:{kind:`Name`,value:`where`},value:{kind:`ObjectValue`,fields:[{kind:`ObjectField`,name:{kind:`Name`,value:`status`},value:{kind:`EnumValue`,value:`PENDING`}}]}},{kind:`Argument`,name:{kind:`Name`,value:`orderBy`},value:{kind:`ListValue`,values:[{kind:`ObjectValue`,fields:[{kind:`ObjectField`,name:{kind:`Name`,value:`field`},value:{kind:`EnumValue`,value:`CREATED_AT`}},{kind:`ObjectField`,name:{kind:`Name`,value:`direction`},value:{kind:`EnumValue`,value:`ASC`}}]}]}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`edges`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`node`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`version`}},{kind:`Field`,name:{kind:`Name`,value:`role`}},{kind:`Field`,name:{kind:`Name`,value:`representative`}},{kind:`Field`,name:{kind:`Name`,value:`createdAt`}},{kind:`Field`,name:{kind:`Name`,value:`requestedBy`}},{kind:`Field`,name:{kind:`Name`,value:`awaiting`}},{kind:`Field`,name:{kind:`Name`,value:`organization`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}}]}},{kind:`Field`,name:{kind:`Name`,value:`network`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}}]}}]}}]}}]}}]}}]},"query History($id: ID!) { changes(entity: $id, first: 50) { edges { node {\n  id at operation actorRole fields { field before after } } } } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`query`,name:{kind:`Name`,value:`History`},variableDefinitions:[{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`id`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`ID`}}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`changes`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`entity`},value:{kind:`Variable`,name:{kind:`Name`,value:`id`}}},{kind:`Argument`,name:{kind:`Name`,value:`first`},value:{kind:`IntValue`,value:`50`}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`edges`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`node`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`at`}},{kind:`Field`,name:{kind:`Name`,value:`operation`}},{kind:`Field`,name:{kind:`Name`,value:`actorRole`}},{kind:`Field`,name:{kind:`Name`,value:`fields`},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`field`}},{kind:`Field`,name:{kind:`Name`,value:`before`}},{kind:`Field`,name:{kind:`Name`,value:`after`}}]}}]}}]}}]}}]}}]},"query NetworkForEdit($id: ID!) { node(id: $id) { ... on Network {\n  id version nameFi nameSv nameEn shortName website meetingsPerYear startedOn endedOn status description } } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`query`,name:{kind:`Name`,value:`NetworkForEdit`},variableDefinitions:[{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`id`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`ID`}}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`node`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`id`},value:{kind:`Variable`,name:{kind:`Name`,value:`id`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`InlineFragment`,typeCondition:{kind:`NamedType`,name:{kind:`Name`,value:`Network`}},selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`version`}},{kind:`Field`,name:{kind:`Name`,value:`nameFi`}},{kind:`Field`,name:{kind:`Name`,value:`nameSv`}},{kind:`Field`,name:{kind:`Name`,value:`nameEn`}},{kind:`Field`,name:{kind:`Name`,value:`shortName`}},{kind:`Field`,name:{kind:`Name`,value:`website`}},{kind:`Field`,name:{kind:`Name`,value:`meetingsPerYear`}},{kind:`Field`,name:{kind:`Name`,value:`startedOn`}},{kind:`Field`,name:{kind:`Name`,value:`endedOn`}},{kind:`Field`,name:{kind:`Name`,value:`status`}},{kind:`Field`,name:{kind:`Name`,value:`description`}}]}}]}}]}}]},"mutation UpdateNetwork($id: ID!, $version: Int!, $input: UpdateNetworkInput!) {\n  updateNetwork(id: $id, version: $version, input: $input) { id version } }":{kind:`Document`,definitions:[{kind:`OperationDefinition`,operation:`mutation`,name:{kind:`Name`,value:`UpdateNetwork`},variableDefinitions:[{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`id`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`ID`}}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`version`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`Int`}}}},{kind:`VariableDefinition`,variable:{kind:`Variable`,name:{kind:`Name`,value:`input`}},type:{kind:`NonNullType`,type:{kind:`NamedType`,name:{kind:`Name`,value:`UpdateNetworkInput`}}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`updateNetwork`},arguments:[{kind:`Argument`,name:{kind:`Name`,value:`id`},value:{kind:`Variable`,name:{kind:`Name`,value:`id`}}},{kind:`Argument`,name:{kind:`Name`,value:`version`},value:{kind:`Variable`,name:{kind:`Name`,value:`version`}}},{kind:`Argument`,name:{kind:`Name`,value:`input`},value:{kind:`Variable`,name:{kind:`Name`,value:`input`}}}],selectionSet:{kind:`SelectionSet`,selections:[{kind:`Field`,name:{kind:`Name`,value:`id`}},{kind:`Field`,name:{kind:`Name`,value:`version`}}]}}]}}]}};function qt(e){return Kt[e]??{}}var j=new Wt({url:`/graphql`,exchanges:[zt,Vt],preferGetMethod:`within-url-limit`});async function Jt(e){let t=await fetch(`/map.json`+e,{credentials:`same-origin`});if(!t.ok)throw Error(`map: ${t.status}`);return await t.json()}var Yt=qt(`query Node($id: ID!) {
  node(id: $id) {
    __typename
    ... on Organization { id version nameFi nameSv nameEn shortName sector services businessID email phone website address
      addressConfidential description lastConfirmedAt
      homeArea { id nameFi nameSv } operatingAreas { id nameFi nameSv }
      parent { id nameFi nameSv nameEn } units { id nameFi nameSv nameEn }
      memberships(first: 100) { edges { node { id version role status representative startDate endDate source illustrative
        requestedBy awaiting
        network { id nameFi nameSv nameEn kind } } } } }
    ... on Network { id version nameFi nameSv nameEn shortName kind themes level status meetingsPerYear startedOn endedOn website
      description lastConfirmedAt
      areas { id nameFi nameSv } coordinator { id nameFi nameSv nameEn } parent { id nameFi nameSv nameEn }
      subgroups { id nameFi nameSv nameEn }
      memberships(first: 100) { edges { node { id version role status representative startDate endDate source illustrative
        requestedBy awaiting
        organization { id nameFi nameSv nameEn sector } } } } }
  }
}`),Xt=qt(`query Counties { areas(first: 30, where: {kind: WELLBEING_COUNTY}, orderBy: [{field: NAME_FI}]) { edges { node { id nameFi nameSv nameEn } } } }`),Zt=qt(`query Search($q: String!) { search(query: $q, first: 8) { __typename
  ... on Organization { id version nameFi nameSv nameEn } ... on Network { id version nameFi nameSv nameEn } ... on Area { id nameFi nameSv nameEn kind } } }`),Qt=[`fi`,`sv`,`en`],M={fi:{title:`Verkosto`,tagline:`Kuka tekee yhteistyötä väkivaltaa ja rikollisuutta vastaan`,language:`Kieli`,map:`Verkostokartta`,filters:`Suodattimet`,sector:`Sektori`,anySector:`Kaikki sektorit`,asOf:`Tilanne päivänä`,clearFilters:`Tyhjennä suodattimet`,loading:`Ladataan…`,loadError:`Tietojen lataaminen epäonnistui.`,retry:`Yritä uudelleen`,empty:`Suodattimilla ei löytynyt mitään.`,nodes:`solmua`,edges:`jäsenyyttä`,details:`Tiedot`,selectHint:`Valitse kartalta organisaatio tai verkosto.`,members:`Jäsenet`,memberships:`Jäsenyydet`,organization:`Organisaatio`,network:`Verkosto`,close:`Sulje`,notFound:`Kohdetta ei löytynyt.`,networkKind:`Verkoston tyyppi`,anyKind:`Kaikki tyypit`,area:`Hyvinvointialue`,anyArea:`Koko Suomi`,search:`Haku`,searchHint:`Hae organisaatiota, verkostoa tai aluetta`,noResults:`Ei hakutuloksia.`,organizations:`Organisaatiot`,networks:`Verkostot`,name:`Nimi`,lastConfirmed:`Vahvistettu`,pages:`Sivut`,previous:`Edellinen`,next:`Seuraava`,views:`Näkymät`,services:`Palvelut`,homeArea:`Kotipaikka`,operatingAreas:`Toiminta-alue`,parentOrg:`Osa organisaatiota`,units:`Yksiköt`,contact:`Yhteystiedot`,website:`Verkkosivut`,addressHidden:`Osoite ei ole julkinen`,themes:`Teemat`,level:`Taso`,status:`Tila`,areas:`Alueet`,coordinator:`Koordinoi`,meetings:`Kokouksia vuodessa`,started:`Aloitettu`,ended:`Päättynyt`,subgroups:`Alaryhmät`,parentNetwork:`Osa verkostoa`,source:`Lähde`,illustrative:`havainnollistava esimerkki`,notConfirmed:`ei vahvistettu`,focus:`Näytä valinnasta`,focusOff:`Koko verkosto`,focusOne:`Lähimmät yhteydet`,focusTwo:`Kaksi askelta`,anyTheme:`Kaikki teemat`,anyLevel:`Kaikki tasot`,membershipStatus:`Jäsenyyden tila`,currentMembers:`Nykyiset jäsenet`,pageNotFound:`Sivua ei löytynyt`,backToMap:`Takaisin verkostokarttaan`,leadRole:`Puheenjohtaja tai koordinaattori`,openFullPage:`Avaa koko sivulle (tulostettava)`,legend:`Selite`},sv:{title:`Verkosto`,tagline:`Vem samarbetar mot våld och brott`,language:`Språk`,map:`Nätverkskarta`,filters:`Filter`,sector:`Sektor`,anySector:`Alla sektorer`,asOf:`Läget den`,clearFilters:`Töm filtren`,loading:`Laddar…`,loadError:`Det gick inte att ladda uppgifterna.`,retry:`Försök igen`,empty:`Filtren gav inga träffar.`,nodes:`noder`,edges:`medlemskap`,details:`Uppgifter`,selectHint:`Välj en organisation eller ett nätverk på kartan.`,members:`Medlemmar`,memberships:`Medlemskap`,organization:`Organisation`,network:`Nätverk`,close:`Stäng`,notFound:`Objektet hittades inte.`,networkKind:`Nätverkstyp`,anyKind:`Alla typer`,area:`Välfärdsområde`,anyArea:`Hela Finland`,search:`Sök`,searchHint:`Sök organisation, nätverk eller område`,noResults:`Inga träffar.`,organizations:`Organisationer`,networks:`Nätverk`,name:`Namn`,lastConfirmed:`Bekräftad`,pages:`Sidor`,previous:`Föregående`,next:`Nästa`,views:`Vyer`,services:`Tjänster`,homeArea:`Hemort`,operatingAreas:`Verksamhetsområde`,parentOrg:`Del av organisationen`,units:`Enheter`,contact:`Kontaktuppgifter`,website:`Webbplats`,addressHidden:`Adressen är inte offentlig`,themes:`Teman`,level:`Nivå`,status:`Status`,areas:`Områden`,coordinator:`Koordineras av`,meetings:`Möten per år`,started:`Startade`,ended:`Avslutades`,subgroups:`Undergrupper`,parentNetwork:`Del av nätverket`,source:`Källa`,illustrative:`illustrativt exempel`,notConfirmed:`inte bekräftad`,focus:`Visa från valet`,focusOff:`Hela nätverket`,focusOne:`Närmaste kontakter`,focusTwo:`Två steg`,anyTheme:`Alla teman`,anyLevel:`Alla nivåer`,membershipStatus:`Medlemskapets status`,currentMembers:`Nuvarande medlemmar`,pageNotFound:`Sidan hittades inte`,backToMap:`Tillbaka till nätverkskartan`,leadRole:`Ordförande eller koordinator`,openFullPage:`Öppna som hel sida (för utskrift)`,legend:`Teckenförklaring`},en:{title:`Verkosto`,tagline:`Who works together against violence and crime`,language:`Language`,map:`Network map`,filters:`Filters`,sector:`Sector`,anySector:`All sectors`,asOf:`As of`,clearFilters:`Clear filters`,loading:`Loading…`,loadError:`Loading the data failed.`,retry:`Try again`,empty:`Nothing matches these filters.`,nodes:`nodes`,edges:`memberships`,details:`Details`,selectHint:`Choose an organisation or a network on the map.`,members:`Members`,memberships:`Memberships`,organization:`Organisation`,network:`Network`,close:`Close`,notFound:`Not found.`,networkKind:`Network kind`,anyKind:`All kinds`,area:`Wellbeing services county`,anyArea:`All of Finland`,search:`Search`,searchHint:`Find an organisation, network or area`,noResults:`No results.`,organizations:`Organisations`,networks:`Networks`,name:`Name`,lastConfirmed:`Confirmed`,pages:`Pages`,previous:`Previous`,next:`Next`,views:`Views`,services:`Services`,homeArea:`Based in`,operatingAreas:`Operates in`,parentOrg:`Part of`,units:`Units`,contact:`Contact`,website:`Website`,addressHidden:`The address is not public`,themes:`Themes`,level:`Level`,status:`Status`,areas:`Areas`,coordinator:`Coordinated by`,meetings:`Meetings a year`,started:`Started`,ended:`Ended`,subgroups:`Sub-groups`,parentNetwork:`Part of`,source:`Source`,illustrative:`illustrative example`,notConfirmed:`not confirmed`,focus:`Show around the selection`,focusOff:`The whole network`,focusOne:`Direct connections`,focusTwo:`Two steps`,anyTheme:`All themes`,anyLevel:`All levels`,membershipStatus:`Membership status`,currentMembers:`Current members`,pageNotFound:`Page not found`,backToMap:`Back to the network map`,leadRole:`Chair or coordinator`,openFullPage:`Open as a full page (printable)`,legend:`Legend`}},$t={fi:{MUNICIPALITY:`Kunta`,WELLBEING_COUNTY:`Hyvinvointialue`,POLICE:`Poliisi`,PROBATION:`Rikosseuraamus`,OTHER_STATE:`Muu valtio`,PARISH:`Seurakunta`,NGO:`Järjestö`,EDUCATION:`Oppilaitos`,BUSINESS:`Yritys`,OTHER:`Muu`},sv:{MUNICIPALITY:`Kommun`,WELLBEING_COUNTY:`Välfärdsområde`,POLICE:`Polis`,PROBATION:`Brottspåföljd`,OTHER_STATE:`Annan statlig`,PARISH:`Församling`,NGO:`Organisation`,EDUCATION:`Läroanstalt`,BUSINESS:`Företag`,OTHER:`Annan`},en:{MUNICIPALITY:`Municipality`,WELLBEING_COUNTY:`Wellbeing county`,POLICE:`Police`,PROBATION:`Probation`,OTHER_STATE:`Other state`,PARISH:`Parish`,NGO:`NGO`,EDUCATION:`Education`,BUSINESS:`Business`,OTHER:`Other`}},en={fi:{COORDINATION_GROUP:`Koordinaatioryhmä`,WORKING_GROUP:`Työryhmä`,STEERING_GROUP:`Ohjausryhmä`,MARAK:`MARAK`,ANKKURI:`Ankkuri`,SERVICE_NETWORK:`Palveluverkosto`,PROJECT:`Hanke`,FORUM:`Foorumi`,OTHER:`Muu`},sv:{COORDINATION_GROUP:`Samordningsgrupp`,WORKING_GROUP:`Arbetsgrupp`,STEERING_GROUP:`Styrgrupp`,MARAK:`MARAK`,ANKKURI:`Ankkuri`,SERVICE_NETWORK:`Servicenätverk`,PROJECT:`Projekt`,FORUM:`Forum`,OTHER:`Annat`},en:{COORDINATION_GROUP:`Coordination group`,WORKING_GROUP:`Working group`,STEERING_GROUP:`Steering group`,MARAK:`MARAK`,ANKKURI:`Ankkuri`,SERVICE_NETWORK:`Service network`,PROJECT:`Project`,FORUM:`Forum`,OTHER:`Other`}},tn=o((e=>{var t=Symbol.for(`react.transitional.element`),n=Symbol.for(`react.fragment`);function r(e,n,r){var i=null;if(r!==void 0&&(i=``+r),n.key!==void 0&&(i=``+n.key),`key`in n)for(var a in r={},n)a!==`key`&&(r[a]=n[a]);else r=n;return n=r.ref,{$$typeof:t,type:e,key:i,ref:n===void 0?null:n,props:r}}e.Fragment=n,e.jsx=r,e.jsxs=r})),nn=o(((e,t)=>{t.exports=tn()})),N=nn();function rn({lang:e,onPick:t}){let n=(0,A.useId)(),[r,i]=(0,A.useState)(``),[a,o]=(0,A.useState)(null);(0,A.useEffect)(()=>{let e=r.trim();if(!e){o(null);return}let t=!0,n=setTimeout(()=>{j.query(Zt,{q:e}).toPromise().then(e=>t&&o((e.data?.search??[]).flatMap(e=>e.__typename===`Organization`||e.__typename===`Network`||e.__typename===`Area`?[e]:[])))},150);return()=>{t=!1,clearTimeout(n)}},[r]);let s=t=>(e===`sv`?t.nameSv:e===`en`?t.nameEn:null)||t.nameFi;return(0,N.jsxs)(`div`,{className:`search`,role:`search`,children:[(0,N.jsx)(`label`,{htmlFor:n,children:M[e].search}),(0,N.jsx)(`input`,{id:n,type:`search`,value:r,placeholder:M[e].searchHint,onChange:e=>i(e.target.value),"data-testid":`search`,autoComplete:`off`}),a&&(0,N.jsxs)(`ul`,{className:`suggestions`,"aria-live":`polite`,"data-testid":`suggestions`,children:[a.length===0&&(0,N.jsx)(`li`,{children:M[e].noResults}),a.map(n=>(0,N.jsxs)(`li`,{children:[(0,N.jsx)(`button`,{type:`button`,className:`link`,onClick:()=>{t(n),i(``)},children:s(n)}),` `,(0,N.jsx)(`span`,{className:`role`,children:n.__typename===`Organization`?M[e].organization:n.__typename===`Network`?M[e].network:M[e].area})]},n.id))]})]})}var an=function(e,t){return an=Object.setPrototypeOf||{__proto__:[]}instanceof Array&&function(e,t){e.__proto__=t}||function(e,t){for(var n in t)Object.prototype.hasOwnProperty.call(t,n)&&(e[n]=t[n])},an(e,t)};function on(e,t){if(typeof t!=`function`&&t!==null)throw TypeError(`Class extends value `+String(t)+` is not a constructor or null`);an(e,t);function n(){this.constructor=e}e.prototype=t===null?Object.create(t):(n.prototype=t.prototype,new n)}var P=function(){return P=Object.assign||function(e){for(var t,n=1,r=arguments.length;n<r;n++)for(var i in t=arguments[n],t)Object.prototype.hasOwnProperty.call(t,i)&&(e[i]=t[i]);return e},P.apply(this,arguments)};function F(e,t){var n={};for(var r in e)Object.prototype.hasOwnProperty.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&typeof Object.getOwnPropertySymbols==`function`)for(var i=0,r=Object.getOwnPropertySymbols(e);i<r.length;i++)t.indexOf(r[i])<0&&Object.prototype.propertyIsEnumerable.call(e,r[i])&&(n[r[i]]=e[r[i]]);return n}function sn(e,t,n){if(n||arguments.length===2)for(var r=0,i=t.length,a;r<i;r++)(a||!(r in t))&&(a||=Array.prototype.slice.call(t,0,r),a[r]=t[r]);return e.concat(a||Array.prototype.slice.call(t))}function I(e,t){return Object.defineProperty?Object.defineProperty(e,"raw",{value:t}):e.raw=t,e}var cn=`-ms-`,ln=`-moz-`,L=`-webkit-`,un=`comm`,dn=`rule`,fn=`decl`,pn=`@import`,mn=`@namespace`,hn=`@keyframes`,gn=`@layer`,_n=Math.abs,vn=String.fromCharCode,yn=Object.assign;function bn(e,t){return wn(e,0)^45?(((t<<2^wn(e,0))<<2^wn(e,1))<<2^wn(e,2))<<2^wn(e,3):0}function xn(e){return e.trim()}function Sn(e,t){return(e=t.exec(e))?e[0]:e}function R(e,t,n){return e.replace(t,n)}function Cn(e,t,n){return e.indexOf(t,n)}function wn(e,t){return e.charCodeAt(t)|0}function Tn(e,t,n){return e.slice(t,n)}function En(e){return e.length}function Dn(e){return e.length}function On(e,t){return t.push(e),e}function kn(e,t){return e.map(t).join(``)}function An(e,t){return e.filter(function(e){return!Sn(e,t)})}var jn=1,Mn=1,Nn=0,Pn=0,Fn=0,In=``;function Ln(e,t,n,r,i,a,o,s){return{value:e,root:t,parent:n,type:r,props:i,children:a,line:jn,column:Mn,length:o,return:``,siblings:s}}function Rn(e,t){return yn(Ln(``,null,null,``,null,null,0,e.siblings),e,{length:-e.length},t)}function zn(e){for(;e.root;)e=Rn(e.root,{children:[e]});On(e,e.siblings)}function Bn(){return Fn}function Vn(){return Fn=Pn>0?wn(In,--Pn):0,Mn--,Fn===10&&(Mn=1,jn--),Fn}function Hn(){return Fn=Pn<Nn?wn(In,Pn++):0,Mn++,Fn===10&&(Mn=1,jn++),Fn}function Un(){return wn(In,Pn)}function Wn(){return Pn}function Gn(e,t){return Tn(In,e,t)}function Kn(e){switch(e){case 0:case 9:case 10:case 13:case 32:return 5;case 33:case 43:case 44:case 47:case 62:case 64:case 126:case 59:case 123:case 125:return 4;case 58:return 3;case 34:case 39:case 40:case 91:return 2;case 41:case 93:return 1}return 0}function qn(e){return jn=Mn=1,Nn=En(In=e),Pn=0,[]}function Jn(e){return In=``,e}function Yn(e){return xn(Gn(Pn-1,Qn(e===91?e+2:e===40?e+1:e)))}function Xn(e){for(;(Fn=Un())&&Fn<33;)Hn();return Kn(e)>2||Kn(Fn)>3?``:` `}function Zn(e,t){for(;--t&&Hn()&&!(Fn<48||Fn>102||Fn>57&&Fn<65||Fn>70&&Fn<97););return Gn(e,Wn()+(t<6&&Un()==32&&Hn()==32))}function Qn(e){for(;Hn();)switch(Fn){case e:return Pn;case 34:case 39:e!==34&&e!==39&&Qn(Fn);break;case 40:e===41&&Qn(e);break;case 92:Hn()}return Pn}function $n(e,t){for(;Hn()&&e+Fn!==57&&(e+Fn!==84||Un()!==47););return`/*`+Gn(t,Pn-1)+`*`+vn(e===47?e:Hn())}function er(e){for(;!Kn(Un());)Hn();return Gn(e,Pn)}function tr(e){return Jn(nr(``,null,null,null,[``],e=qn(e),0,[0],e))}function nr(e,t,n,r,i,a,o,s,c){for(var l=0,u=0,d=o,f=0,p=0,m=0,h=1,g=1,_=1,v=0,y=``,b=i,x=a,S=r,C=y;g;)switch(m=v,v=Hn()){case 40:if(m!=108&&wn(C,d-1)==58){Cn(C+=R(Yn(v),`&`,`&\f`),`&\f`,_n(l?s[l-1]:0))!=-1&&(_=-1);break}case 34:case 39:case 91:C+=Yn(v);break;case 9:case 10:case 13:case 32:C+=Xn(m);break;case 92:C+=Zn(Wn()-1,7);continue;case 47:switch(Un()){case 42:case 47:On(ir($n(Hn(),Wn()),t,n,c),c),(Kn(m||1)==5||Kn(Un()||1)==5)&&En(C)&&Tn(C,-1,void 0)!==` `&&(C+=` `);break;default:C+=`/`}break;case 123*h:s[l++]=En(C)*_;case 125*h:case 59:case 0:switch(v){case 0:case 125:g=0;case 59+u:_==-1&&(C=R(C,/\f/g,``)),p>0&&(En(C)-d||h===0&&m===47)&&On(p>32?ar(C+`;`,r,n,d-1,c):ar(R(C,` `,``)+`;`,r,n,d-2,c),c);break;case 59:C+=`;`;default:if(On(S=rr(C,t,n,l,u,i,s,y,b=[],x=[],d,a),a),v===123){if(u===0)nr(C,t,S,S,b,a,d,s,x);else{switch(f){case 99:if(wn(C,3)===110)break;case 108:if(wn(C,2)===97)break;default:u=0;case 100:case 109:case 115:}u?nr(e,S,S,r&&On(rr(e,S,S,0,0,i,s,y,i,b=[],d,x),x),i,x,d,s,r?b:x):nr(C,S,S,S,[``],x,0,s,x)}}}l=u=p=0,h=_=1,y=C=``,d=o;break;case 58:d=1+En(C),p=m;default:if(h<1){if(v==123)--h;else if(v==125&&h++==0&&Vn()==125)continue}switch(C+=vn(v),v*h){case 38:_=u>0?1:(C+=`\f`,-1);break;case 44:s[l++]=(En(C)-1)*_,_=1;break;case 64:Un()===45&&(C+=Yn(Hn())),f=Un(),u=d=En(y=C+=er(Wn())),v++;break;case 45:m===45&&En(C)==2&&(h=0)}}return a}function rr(e,t,n,r,i,a,o,s,c,l,u,d){for(var f=i-1,p=i===0?a:[``],m=Dn(p),h=0,g=0,_=0;h<r;++h)for(var v=0,y=Tn(e,f+1,f=_n(g=o[h])),b=e;v<m;++v)(b=xn(g>0?p[v]+` `+y:R(y,/&\f/g,p[v])))&&(c[_++]=b);return Ln(e,t,n,i===0?dn:s,c,l,u,d)}function ir(e,t,n,r){return Ln(e,t,n,un,vn(Bn()),Tn(e,2,-2),0,r)}function ar(e,t,n,r,i){return Ln(e,t,n,fn,Tn(e,0,r),Tn(e,r+1,-1),r,i)}function or(e,t,n){switch(bn(e,t)){case 5103:return L+`print-`+e+e;case 5737:case 4201:case 3177:case 3433:case 1641:case 4457:case 2921:case 5572:case 6356:case 5844:case 3191:case 6645:case 3005:case 4215:case 6389:case 5109:case 5365:case 5621:case 3829:case 6391:case 5879:case 5623:case 6135:case 4599:return L+e+e;case 4855:return L+e.replace(`add`,`source-over`).replace(`substract`,`source-out`).replace(`intersect`,`source-in`).replace(`exclude`,`xor`)+e;case 4789:return ln+e+e;case 5349:case 4246:case 4810:case 6968:case 2756:return L+e+ln+e+cn+e+e;case 5936:switch(wn(e,t+11)){case 114:return L+e+cn+R(e,/[svh]\w+-[tblr]{2}/,`tb`)+e;case 108:return L+e+cn+R(e,/[svh]\w+-[tblr]{2}/,`tb-rl`)+e;case 45:return L+e+cn+R(e,/[svh]\w+-[tblr]{2}/,`lr`)+e}case 6828:case 4268:case 2903:return L+e+cn+e+e;case 6165:return L+e+cn+`flex-`+e+e;case 5187:return L+e+R(e,/(\w+).+(:[^]+)/,L+`box-$1$2`+cn+`flex-$1$2`)+e;case 5443:return L+e+cn+`flex-item-`+R(e,/flex-|-self/g,``)+(Sn(e,/flex-|baseline/)?``:cn+`grid-row-`+R(e,/flex-|-self/g,``))+e;case 4675:return L+e+cn+`flex-line-pack`+R(e,/align-content|flex-|-self/g,``)+e;case 5548:return L+e+cn+R(e,`shrink`,`negative`)+e;case 5292:return L+e+cn+R(e,`basis`,`preferred-size`)+e;case 6060:return L+`box-`+R(e,`-grow`,``)+L+e+cn+R(e,`grow`,`positive`)+e;case 4554:return L+R(e,/([^-])(transform)/g,`$1`+L+`$2`)+e;case 6187:return R(R(R(e,/(zoom-|grab)/,L+`$1`),/(image-set)/,L+`$1`),e,``)+e;case 5495:case 3959:return R(e,/(image-set\([^]*)/,L+"$1$`$1");case 4968:return R(R(e,/(.+:)(flex-)?(.*)/,L+`box-pack:$3`+cn+`flex-pack:$3`),/space-between/,`justify`)+L+e+e;case 4200:if(!Sn(e,/flex-|baseline/))return cn+`grid-column-align`+Tn(e,t)+e;break;case 2592:case 3360:return cn+R(e,`template-`,``)+e;case 4384:case 3616:return n&&n.some(function(e,n){return t=n,Sn(e.props,/grid-\w+-end/)})?~Cn(e+(n=n[t].value),`span`,0)?e:cn+R(e,`-start`,``)+e+cn+`grid-row-span:`+(~Cn(n,`span`,0)?Sn(n,/\d+/):+Sn(n,/\d+/)-Sn(e,/\d+/))+`;`:cn+R(e,`-start`,``)+e;case 4896:case 4128:return n&&n.some(function(e){return Sn(e.props,/grid-\w+-start/)})?e:cn+R(R(e,`-end`,`-span`),`span `,``)+e;case 4095:case 3583:case 4068:case 2532:return R(e,/(.+)-inline(.+)/,L+`$1$2`)+e;case 8116:case 7059:case 5753:case 5535:case 5445:case 5701:case 4933:case 4677:case 5533:case 5789:case 5021:case 4765:if(En(e)-1-t>6)switch(wn(e,t+1)){case 109:if(wn(e,t+4)!==45)break;case 102:return R(e,/(.+:)(.+)-([^]+)/,`$1`+L+`$2-$3$1`+ln+(wn(e,t+3)==108?`$3`:`$2-$3`))+e;case 115:return~Cn(e,`stretch`,0)?or(R(e,`stretch`,`fill-available`),t,n)+e:e}break;case 5152:case 5920:return R(e,/(.+?):(\d+)(\s*\/\s*(span)?\s*(\d+))?(.*)/,function(t,n,r,i,a,o,s){return cn+n+`:`+r+s+(i?cn+n+`-span:`+(a?o:+o-r)+s:``)+e});case 4949:if(wn(e,t+6)===121)return R(e,`:`,`:`+L)+e;break;case 6444:switch(wn(e,wn(e,14)===45?18:11)){case 120:return R(e,/(.+:)([^;\s!]+)(;|(\s+)?!.+)?/,`$1`+L+(wn(e,14)===45?`inline-`:``)+`box$3$1`+L+`$2$3$1`+cn+`$2box$3`)+e;case 100:return R(e,`:`,`:`+cn)+e}break;case 5719:case 2647:case 2135:case 3927:case 2391:return R(e,`scroll-`,`scroll-snap-`)+e}return e}function sr(e,t){for(var n=``,r=0;r<e.length;r++)n+=t(e[r],r,e,t)||``;return n}function cr(e,t,n,r){switch(e.type){case gn:if(e.children.length)break;case pn:case mn:case fn:return e.return=e.return||e.value;case un:return``;case hn:return e.return=e.value+`{`+sr(e.children,r)+`}`;case dn:if(!En(e.value=e.props.join(`,`)))return``}return En(n=sr(e.children,r))?e.return=e.value+`{`+n+`}`:``}function lr(e){var t=Dn(e);return function(n,r,i,a){for(var o=``,s=0;s<t;s++)o+=e[s](n,r,i,a)||``;return o}}function ur(e){return function(t){t.root||(t=t.return)&&e(t)}}function dr(e,t,n,r){if(e.length>-1&&!e.return)switch(e.type){case fn:e.return=or(e.value,e.length,n);return;case hn:return sr([Rn(e,{value:R(e.value,`@`,`@`+L)})],r);case dn:if(e.length)return kn(n=e.props,function(t){switch(Sn(t,r=/(::plac\w+|:read-\w+)/)){case`:read-only`:case`:read-write`:zn(Rn(e,{props:[R(t,/:(read-\w+)/,`:`+ln+`$1`)]})),zn(Rn(e,{props:[t]})),yn(e,{props:An(n,r)});break;case`::placeholder`:zn(Rn(e,{props:[R(t,/:(plac\w+)/,`:`+L+`input-$1`)]})),zn(Rn(e,{props:[R(t,/:(plac\w+)/,`:`+ln+`$1`)]})),zn(Rn(e,{props:[R(t,/:(plac\w+)/,cn+`input-$1`)]})),zn(Rn(e,{props:[t]})),yn(e,{props:An(n,r)})}return``})}}function fr(e,...t){return Error(`An error occurred. See https://github.com/styled-components/styled-components/blob/main/packages/styled-components/src/utils/errors.md#${e} for more information.${t.length>0?` Args: ${t.join(`, `)}`:``}`)}var pr=typeof process<`u`&&({}.REACT_APP_SC_ATTR||{}.SC_ATTR)||`data-styled`,mr=`active`,hr=`data-styled-version`,gr=`6.6.0`,_r=`/*!sc*/
`,vr=typeof window<`u`&&typeof document<`u`;if(!A.createContext)throw fr(19);function yr(e){if(typeof process<`u`){let t={}[e];if(t!==void 0&&t!==``)return t!==`false`}}var br=!!(typeof SC_DISABLE_SPEEDY==`boolean`?SC_DISABLE_SPEEDY:yr(`REACT_APP_SC_DISABLE_SPEEDY`)??yr(`SC_DISABLE_SPEEDY`)??(typeof process<`u`&&!1)),xr=`sc-keyframes-`,Sr=new Map,Cr=new Map,wr=1,Tr=e=>{if(Sr.has(e))return Sr.get(e);for(;Cr.has(wr);)wr++;let t=wr++;return Sr.set(e,t),Cr.set(t,e),t},Er=e=>Cr.get(e),Dr=(e,t)=>{wr=t+1,Sr.set(e,t),Cr.set(t,e)},Or=Object.freeze([]),kr=Object.freeze({});function Ar(e,t,n=kr){return e.theme!==n.theme&&e.theme||t||n.theme}var jr=/[!"#$%&'()*+,./:;<=>?@[\\\]^`{|}~-]+/g,Mr=/(^-|-$)/g;function Nr(e){return e.replace(jr,`-`).replace(Mr,``)}var Pr=/(a)(d)/gi,Fr=e=>String.fromCharCode(e+(e>25?39:97));function Ir(e){let t,n=``;for(t=Math.abs(e);t>52;t=t/52|0)n=Fr(t%52)+n;return(Fr(t%52)+n).replace(Pr,`$1-$2`)}var Lr=5381,Rr=(e,t)=>{let n=t.length;for(;n;)e=33*e^t.charCodeAt(--n);return e},zr=e=>Rr(Lr,e);function Br(e){return Ir(zr(e)>>>0)}function Vr(e){return e.displayName||e.name||`Component`}function Hr(e){return typeof e==`string`&&!0}function Ur(e){return Hr(e)?`styled.${e}`:`Styled(${Vr(e)})`}var Wr=Symbol.for(`react.memo`),Gr=Symbol.for(`react.forward_ref`),Kr={contextType:!0,defaultProps:!0,displayName:!0,getDerivedStateFromError:!0,getDerivedStateFromProps:!0,propTypes:!0,type:!0},qr={name:!0,length:!0,prototype:!0,caller:!0,callee:!0,arguments:!0,arity:!0},Jr={$$typeof:!0,compare:!0,defaultProps:!0,displayName:!0,propTypes:!0,type:!0},Yr={[Gr]:{$$typeof:!0,render:!0,defaultProps:!0,displayName:!0,propTypes:!0},[Wr]:Jr};function Xr(e){return(`type`in(t=e)&&t.type.$$typeof)===Wr?Jr:`$$typeof`in e?Yr[e.$$typeof]:Kr;var t}var Zr=Object.defineProperty,Qr=Object.getOwnPropertyNames,$r=Object.getOwnPropertySymbols,ei=Object.getOwnPropertyDescriptor,ti=Object.getPrototypeOf,ni=Object.prototype;function ri(e,t,n){if(typeof t!=`string`){let r=ti(t);r&&r!==ni&&ri(e,r,n);let i=Qr(t).concat($r(t)),a=Xr(e),o=Xr(t);for(let r=0;r<i.length;++r){let s=i[r];if(!(s in qr||n&&n[s]||o&&s in o||a&&s in a)){let n=ei(t,s);try{Zr(e,s,n)}catch{}}}}return e}function ii(e){return typeof e==`function`}var ai=Symbol.for(`react.forward_ref`);function oi(e){return e!=null&&(typeof e==`object`||typeof e==`function`)&&e.$$typeof===ai&&`styledComponentId`in e}function si(e,t){return e&&t?e+` `+t:e||t||``}function ci(e,t){return e.join(t||``)}function li(e){return typeof e==`object`&&!!e&&e.constructor.name===Object.name&&!(`props`in e&&e.$$typeof)}function ui(e,t,n=!1){if(!n&&!li(e)&&!Array.isArray(e))return t;if(Array.isArray(t))for(let n=0;n<t.length;n++)e[n]=ui(e[n],t[n]);else if(li(t))for(let n in t)e[n]=ui(e[n],t[n]);return e}function di(e,t){Object.defineProperty(e,"toString",{value:t})}var fi=class{constructor(e){this.groupSizes=new Uint32Array(512),this.length=512,this.tag=e,this._cGroup=0,this._cIndex=0}indexOfGroup(e){if(e===this._cGroup)return this._cIndex;let t=this._cIndex;if(e>this._cGroup)for(let n=this._cGroup;n<e;n++)t+=this.groupSizes[n];else for(let n=this._cGroup-1;n>=e;n--)t-=this.groupSizes[n];return this._cGroup=e,this._cIndex=t,t}insertRules(e,t){if(e>=this.groupSizes.length){let t=this.groupSizes,n=t.length,r=n;for(;e>=r;)if(r<<=1,r<0)throw fr(16,`${e}`);this.groupSizes=new Uint32Array(r),this.groupSizes.set(t),this.length=r;for(let e=n;e<r;e++)this.groupSizes[e]=0}let n=this.indexOfGroup(e+1),r=0;for(let i=0,a=t.length;i<a;i++)this.tag.insertRule(n,t[i])&&(this.groupSizes[e]++,n++,r++);r>0&&this._cGroup>e&&(this._cIndex+=r)}clearGroup(e){if(e<this.length){let t=this.groupSizes[e],n=this.indexOfGroup(e),r=n+t;this.groupSizes[e]=0;for(let e=n;e<r;e++)this.tag.deleteRule(n);t>0&&this._cGroup>e&&(this._cIndex-=t)}}getGroup(e){let t=``;if(e>=this.length||this.groupSizes[e]===0)return t;let n=this.groupSizes[e],r=this.indexOfGroup(e),i=r+n;for(let e=r;e<i;e++)t+=this.tag.getRule(e)+_r;return t}},pi=`style[${pr}][${hr}="${gr}"]`,mi=RegExp(`^${pr}\\.g(\\d+)\\[id="([\\w\\d-]+)"\\].*?"([^"]*)`),hi=e=>typeof ShadowRoot<`u`&&e instanceof ShadowRoot||`host`in e&&e.nodeType===11,gi=e=>{if(!e)return document;if(hi(e))return e;if(`getRootNode`in e){let t=e.getRootNode();if(hi(t))return t}return document},_i=(e,t,n)=>{let r=n.split(`,`),i;for(let n=0,a=r.length;n<a;n++)(i=r[n])&&e.registerName(t,i)},vi=(e,t)=>{let n=(t.textContent??``).split(_r),r=[];for(let t=0,i=n.length;t<i;t++){let i=n[t].trim();if(!i)continue;let a=i.match(mi);if(a){let t=0|parseInt(a[1],10),n=a[2];t!==0&&(Dr(n,t),_i(e,n,a[3]),e.getTag().insertRules(t,r)),r.length=0}else r.push(i)}},yi=e=>{let t=gi(e.options.target).querySelectorAll(pi);for(let n=0,r=t.length;n<r;n++){let r=t[n];r&&r.getAttribute(pr)!==mr&&(vi(e,r),r.parentNode&&r.parentNode.removeChild(r))}},bi=!1;function xi(){if(!1!==bi)return bi;if(typeof document<`u`){let e=document.head.querySelector(`meta[property="csp-nonce"]`);if(e)return bi=e.nonce||e.getAttribute(`content`)||void 0;let t=document.head.querySelector(`meta[name="sc-nonce"]`);if(t)return bi=t.getAttribute(`content`)||void 0}return bi=typeof __webpack_nonce__<`u`?__webpack_nonce__:void 0}var Si=(e,t)=>{if(typeof document>`u`)throw fr(20);let n=document.head,r=e||n,i=document.createElement(`style`),a=(e=>{let t=Array.from(e.querySelectorAll(`style[${pr}]`));return t[t.length-1]})(r),o=a===void 0?null:a.nextSibling;i.setAttribute(pr,mr),i.setAttribute(hr,gr);let s=t||xi();return s&&i.setAttribute(`nonce`,s),r.insertBefore(i,o),i},Ci=class{constructor(e,t){this.element=Si(e,t),this.element.appendChild(document.createTextNode(``)),this.sheet=(e=>{if(e.sheet)return e.sheet;let t=e.getRootNode().styleSheets??document.styleSheets;for(let n=0,r=t.length;n<r;n++){let r=t[n];if(r.ownerNode===e)return r}throw fr(17)})(this.element),this.length=0}insertRule(e,t){try{return this.sheet.insertRule(t,e),this.length++,!0}catch{return!1}}deleteRule(e){this.sheet.deleteRule(e),this.length--}getRule(e){let t=this.sheet.cssRules[e];return t&&t.cssText?t.cssText:``}},wi=class{constructor(e,t){this.element=Si(e,t),this.nodes=this.element.childNodes,this.length=0}insertRule(e,t){if(e<=this.length&&e>=0){let n=document.createTextNode(t);return this.element.insertBefore(n,this.nodes[e]||null),this.length++,!0}return!1}deleteRule(e){this.element.removeChild(this.nodes[e]),this.length--}getRule(e){return e<this.length?this.nodes[e].textContent:``}},Ti=vr,Ei={isServer:!vr,useCSSOMInjection:!br},Di=class e{static registerId(e){return Tr(e)}constructor(e=kr,t={},n){this.options=Object.assign(Object.assign({},Ei),e),this.gs=t,this.keyframeIds=new Set,this.names=new Map(n),this.server=!!e.isServer,!this.server&&vr&&Ti&&(Ti=!1,yi(this)),di(this,()=>(e=>{let t=e.getTag(),{length:n}=t,r=``;for(let i=0;i<n;i++){let n=Er(i);if(n===void 0)continue;let a=e.names.get(n);if(a===void 0||!a.size)continue;let o=t.getGroup(i);if(o.length===0)continue;let s=pr+`.g`+i+`[id="`+n+`"]`,c=``;for(let e of a)e.length>0&&(c+=e+`,`);r+=o+s+`{content:"`+c+`"}/*!sc*/
`}return r})(this))}rehydrate(){!this.server&&vr&&yi(this)}reconstructWithOptions(t,n=!0){let r=new e(Object.assign(Object.assign({},this.options),t),this.gs,n&&this.names||void 0);return r.keyframeIds=new Set(this.keyframeIds),!this.server&&vr&&t.target!==this.options.target&&gi(this.options.target)!==gi(t.target)&&yi(r),r}allocateGSInstance(e){return this.gs[e]=(this.gs[e]||0)+1}getTag(){return this.tag||=(e=(({useCSSOMInjection:e,target:t,nonce:n})=>e?new Ci(t,n):new wi(t,n))(this.options),new fi(e));var e}hasNameForId(e,t){var n;return(n=this.names.get(e)?.has(t))!=null&&n}registerName(e,t){Tr(e),e.startsWith(xr)&&this.keyframeIds.add(e);let n=this.names.get(e);n?n.add(t):this.names.set(e,new Set([t]))}insertRules(e,t,n){this.registerName(e,t),this.getTag().insertRules(Tr(e),n)}clearNames(e){this.names.has(e)&&this.names.get(e).clear()}clearRules(e){this.getTag().clearGroup(Tr(e)),this.clearNames(e)}clearTag(){this.tag=void 0}},Oi=new WeakSet,ki={animationIterationCount:1,aspectRatio:1,borderImageOutset:1,borderImageSlice:1,borderImageWidth:1,columnCount:1,columns:1,flex:1,flexGrow:1,flexShrink:1,gridRow:1,gridRowEnd:1,gridRowSpan:1,gridRowStart:1,gridColumn:1,gridColumnEnd:1,gridColumnSpan:1,gridColumnStart:1,fontWeight:1,lineHeight:1,opacity:1,order:1,orphans:1,scale:1,tabSize:1,widows:1,zIndex:1,zoom:1,WebkitLineClamp:1,fillOpacity:1,floodOpacity:1,stopOpacity:1,strokeDasharray:1,strokeDashoffset:1,strokeMiterlimit:1,strokeOpacity:1,strokeWidth:1};function Ai(e,t){return t==null||typeof t==`boolean`||t===``?``:typeof t!=`number`||t===0||e in ki||e.startsWith(`--`)?String(t).trim():t+`px`}var ji=47;function Mi(e){if(e.charCodeAt(0)===45&&e.charCodeAt(1)===45)return e;let t=``;for(let n=0;n<e.length;n++){let r=e.charCodeAt(n);t+=r>=65&&r<=90?`-`+String.fromCharCode(r+32):e[n]}return t.startsWith(`ms-`)?`-`+t:t}var Ni=Symbol.for(`sc-keyframes`);function Pi(e){return typeof e==`object`&&!!e&&Ni in e}function Fi(e){return ii(e)&&!(e.prototype&&e.prototype.isReactComponent)}var Ii=e=>e==null||!1===e||e===``,Li=Symbol.for(`react.client.reference`);function Ri(e){return e.$$typeof===Li}function zi(e,t){for(let n in e){let r=e[n];e.hasOwnProperty(n)&&!Ii(r)&&(Array.isArray(r)&&Oi.has(r)||ii(r)?t.push(Mi(n)+`:`,r,`;`):li(r)?(t.push(n+` {`),zi(r,t),t.push(`}`)):t.push(Mi(n)+`: `+Ai(n,r)+`;`))}}function Bi(e,t,n,r,i=[]){if(Ii(e))return i;let a=typeof e;if(a===`string`)return i.push(e),i;if(a===`function`)return Ri(e)?i:Fi(e)&&t?Bi(e(t),t,n,r,i):(i.push(e),i);if(Array.isArray(e)){for(let a=0;a<e.length;a++)Bi(e[a],t,n,r,i);return i}return oi(e)?(i.push(`.${e.styledComponentId}`),i):Pi(e)?(n?(e.inject(n,r),i.push(e.getName(r))):i.push(e),i):Ri(e)?i:li(e)&&e.toString===Object.prototype.toString?(zi(e,i),i):(i.push(e.toString()),i)}var Vi=zr(gr),Hi=class{constructor(e,t,n){this.rules=e,this.componentId=t,this.baseHash=Rr(Vi,t),this.baseStyle=n,Di.registerId(t)}generateAndInjectStyles(e,t,n){let r=this.baseStyle?this.baseStyle.generateAndInjectStyles(e,t,n):``;{let i=``;for(let r=0;r<this.rules.length;r++){let a=this.rules[r];if(typeof a==`string`)i+=a;else if(a){if(Fi(a)){let r=a(e);typeof r==`string`?i+=r:r!=null&&!1!==r&&(i+=ci(Bi(r,e,t,n)))}else i+=ci(Bi(a,e,t,n))}}if(i){this.dynamicNameCache||=new Map;let e=n.hash?n.hash+i:i,a=this.dynamicNameCache.get(e);if(!a){if(a=Ir(Rr(Rr(this.baseHash,n.hash),i)>>>0),this.dynamicNameCache.size>=200){let e=this.dynamicNameCache.keys().next().value;e!==void 0&&this.dynamicNameCache.delete(e)}this.dynamicNameCache.set(e,a)}if(!t.hasNameForId(this.componentId,a)){let e=n(i,`.`+a,void 0,this.componentId);t.insertRules(this.componentId,a,e)}r=si(r,a)}}return r}},Ui=/&/g;function Wi(e,t){let n=0;for(;--t>=0&&e.charCodeAt(t)===92;)n++;return!(1&~n)}function Gi(e){let t=e.length,n=``,r=0,i=0,a=0,o=!1,s=!1;for(let c=0;c<t;c++){let l=e.charCodeAt(c);if(a!==0||o||l!==ji||e.charCodeAt(c+1)!==42){if(o)l===42&&e.charCodeAt(c+1)===ji&&(o=!1,c++);else if(l!==34&&l!==39||Wi(e,c)){if(a===0){if(l===123)i++;else if(l===125){if(i--,i<0){s=!0;let n=c+1;for(;n<t;){let t=e.charCodeAt(n);if(t===59||t===10)break;n++}n<t&&e.charCodeAt(n)===59&&n++,i=0,c=n-1,r=n;continue}i===0&&(n+=e.substring(r,c+1),r=c+1)}else l===59&&i===0&&(n+=e.substring(r,c+1),r=c+1)}}else a===0?a=l:a===l&&(a=0)}else o=!0,c++}return s||i!==0||a!==0?(r<t&&i===0&&a===0&&(n+=e.substring(r)),n):e}function Ki(e,t){let n=t+` `,r=`,`+n;for(let i=0;i<e.length;i++){let a=e[i];if(a.type===`rule`){a.value=(n+a.value).replaceAll(`,`,r);let e=a.props,t=[];for(let r=0;r<e.length;r++)t[r]=n+e[r];a.props=t}Array.isArray(a.children)&&a.type!==`@keyframes`&&Ki(a.children,t)}return e}function qi({options:e=kr,plugins:t=Or}=kr){let n,r,i,a=(e,t,i)=>i.startsWith(r)&&i.endsWith(r)&&i.replaceAll(r,``).length>0?`.${n}`:e,o=t.slice();o.push(e=>{e.type===`rule`&&e.value.includes(`&`)&&(i||=RegExp(`\\${r}\\b`,`g`),e.props[0]=e.props[0].replace(Ui,r).replace(i,a))}),e.prefix&&o.push(dr),o.push(cr);let s=[],c=lr(o.concat(ur(e=>s.push(e)))),l=(t,a=``,o=``,l=`&`)=>{n=l,r=a,i=void 0;let u=function(e){let t=e.indexOf(`//`)!==-1,n=e.indexOf(`}`)!==-1;if(!t&&!n)return e;if(!t)return Gi(e);let r=e.length,i=``,a=0,o=0,s=0,c=0,l=0,u=!1;for(;o<r;){let t=e.charCodeAt(o);if(t!==34&&t!==39||Wi(e,o)){if(s===0){if(t===ji&&o+1<r&&e.charCodeAt(o+1)===42){for(o+=2;o+1<r&&(e.charCodeAt(o)!==42||e.charCodeAt(o+1)!==ji);)o++;o+=2}else if(t!==40){if(t!==41){if(c>0)o++;else if(t===42&&o+1<r&&e.charCodeAt(o+1)===ji)i+=e.substring(a,o),o+=2,a=o,u=!0;else if(t===ji&&o+1<r&&e.charCodeAt(o+1)===ji){for(i+=e.substring(a,o);o<r&&e.charCodeAt(o)!==10;)o++;a=o,u=!0}else t===123?l++:t===125&&l--,o++}else c>0&&c--,o++}else c++,o++}else o++}else s===0?s=t:s===t&&(s=0),o++}return u?(a<r&&(i+=e.substring(a)),l===0?i:Gi(i)):l===0?e:Gi(e)}(t),d=tr(o||a?o+` `+a+` { `+u+` }`:u);return e.namespace&&(d=Ki(d,e.namespace)),s=[],sr(d,c),s},u=e,d=Lr;for(let e=0;e<t.length;e++)t[e].name||fr(15),d=Rr(d,t[e].name);return u!=null&&u.namespace&&(d=Rr(d,u.namespace)),u!=null&&u.prefix&&(d=Rr(d,`p`)),l.hash=d===Lr?``:d.toString(),l}var Ji=new Di,Yi=qi(),Xi=A.createContext({shouldForwardProp:void 0,styleSheet:Ji,stylis:Yi,stylisPlugins:void 0});Xi.Consumer;function Zi(){return A.useContext(Xi)}var Qi=A.createContext(void 0);Qi.Consumer;var $i={};function ea(e,t){let n=typeof e==`string`?Nr(e):`sc`;$i[n]=($i[n]||0)+1;let r=n+`-`+Br(gr+n+$i[n]);return t?t+`-`+r:r}function ta(e,t,n){let r=oi(e),i=e,a=!Hr(e),{attrs:o=Or,componentId:s=ea(t.displayName,t.parentComponentId),displayName:c=Ur(e)}=t,l=t.displayName&&t.componentId?Nr(t.displayName)+`-`+t.componentId:t.componentId||s,u=r&&i.attrs?i.attrs.concat(o).filter(Boolean):o,{shouldForwardProp:d}=t;if(r&&i.shouldForwardProp){let e=i.shouldForwardProp;if(t.shouldForwardProp){let n=t.shouldForwardProp;d=(t,r)=>e(t,r)&&n(t,r)}else d=e}let f=new Hi(n,l,r?i.componentStyle:void 0);function p(e,t){return function(e,t,n){let{attrs:r,componentStyle:i,defaultProps:a,foldedComponentIds:o,styledComponentId:s,target:c}=e,l=A.useContext(Qi),u=Zi(),d=e.shouldForwardProp||u.shouldForwardProp,f=Ar(t,l,a)||kr,[p,m]=function(e,t,n){let r=Object.assign(Object.assign({},t),{className:void 0,theme:n}),i=null,a=e.length>1;for(let t=0;t<e.length;t++){let n=e[t],o=ii(n)?n(a?Object.assign({},r):r):n;for(let e in o)e===`className`?r.className=si(r.className,o[e]):e===`style`?r.style=Object.assign(Object.assign({},r.style),o[e]):o[e]===void 0?e in r&&(r[e]!==void 0&&(i||=[]).push(e),r[e]=void 0):r[e]=o[e]}return`className`in t&&typeof t.className==`string`&&(r.className=si(r.className,t.className)),[r,i]}(r,t,f),h=i.generateAndInjectStyles(p,u.styleSheet,u.stylis),g=p.as||c,_=Hr(g),v=function(e,t,n,r,i,a){let o={};for(let s in e)s[0]===`$`||s===`as`||s===`theme`&&e.theme===n||(s===`forwardedAs`?e.forwardedAs!==void 0&&(o.as=e.forwardedAs):e[s]===void 0?s===`className`||i||a!==null&&a.indexOf(s)!==-1||r&&!r(s,t)||(o[s]=void 0):r&&!r(s,t)||(o[s]=e[s]));return o}(p,g,f,d,_,m),y=si(o,s);return h&&(y+=` `+h),p.className&&(y+=` `+p.className),v[_&&g.includes(`-`)?`class`:`className`]=y,n&&(v.ref=n),(0,A.createElement)(g,v)}(m,e,t)}p.displayName=c;let m=A.forwardRef(p);return m.attrs=u,m.componentStyle=f,m.displayName=c,m.shouldForwardProp=d,m.foldedComponentIds=r?si(i.foldedComponentIds,i.styledComponentId):``,m.styledComponentId=l,m.target=r?i.target:e,Object.defineProperty(m,"defaultProps",{get(){return this._foldedDefaultProps},set(e){this._foldedDefaultProps=r?function(e,...t){for(let n of t)ui(e,n,!0);return e}({},i.defaultProps,e):e}}),di(m,()=>`.${m.styledComponentId}`),a&&ri(m,e,{attrs:!0,componentStyle:!0,displayName:!0,foldedComponentIds:!0,shouldForwardProp:!0,styledComponentId:!0,target:!0}),m}var na=new Set(`a.abbr.address.area.article.aside.audio.b.bdi.bdo.blockquote.body.button.br.canvas.caption.cite.code.col.colgroup.data.datalist.dd.del.details.dfn.dialog.div.dl.dt.em.embed.fieldset.figcaption.figure.footer.form.h1.h2.h3.h4.h5.h6.header.hgroup.hr.html.i.iframe.img.input.ins.kbd.label.legend.li.main.map.mark.menu.meter.nav.object.ol.optgroup.option.output.p.picture.pre.progress.q.rp.rt.ruby.s.samp.search.section.select.slot.small.span.strong.sub.summary.sup.table.tbody.td.template.textarea.tfoot.th.thead.time.tr.u.ul.var.video.wbr.circle.clipPath.defs.ellipse.feBlend.feColorMatrix.feComponentTransfer.feComposite.feConvolveMatrix.feDiffuseLighting.feDisplacementMap.feDistantLight.feDropShadow.feFlood.feFuncA.feFuncB.feFuncG.feFuncR.feGaussianBlur.feImage.feMerge.feMergeNode.feMorphology.feOffset.fePointLight.feSpecularLighting.feSpotLight.feTile.feTurbulence.filter.foreignObject.g.image.line.linearGradient.marker.mask.path.pattern.polygon.polyline.radialGradient.rect.stop.svg.switch.symbol.text.textPath.tspan.use`.split(`.`));function ra(e,t){let n=[e[0]];for(let r=0,i=t.length;r<i;r+=1)n.push(t[r],e[r+1]);return n}var ia=e=>(Oi.add(e),e);function z(e,...t){if(ii(e)||li(e))return ia(Bi(ra(Or,[e,...t])));let n=e;return t.length===0&&n.length===1&&typeof n[0]==`string`?Bi(n):ia(Bi(ra(n,t)))}function B(e,t,n=kr){if(!t)throw fr(1,t);let r=(r,...i)=>e(t,n,z(r,...i));return r.attrs=r=>B(e,t,Object.assign(Object.assign({},n),{attrs:Array.prototype.concat(n.attrs,r).filter(Boolean)})),r.withConfig=r=>B(e,t,Object.assign(Object.assign({},n),r)),r}var aa=e=>B(ta,e),V=aa;na.forEach(e=>{V[e]=aa(e)}),`${pr}`,`${pr}`,`${pr}`;var oa=o(((e,t)=>{(function(){var e={}.hasOwnProperty;function n(){for(var t=[],r=0;r<arguments.length;r++){var i=arguments[r];if(i){var a=typeof i;if(a===`string`||a===`number`)t.push(i);else if(Array.isArray(i)){if(i.length){var o=n.apply(null,i);o&&t.push(o)}}else if(a===`object`){if(i.toString!==Object.prototype.toString&&!i.toString.toString().includes(`[native code]`)){t.push(i.toString());continue}for(var s in i)e.call(i,s)&&i[s]&&t.push(s)}}}return t.join(` `)}t!==void 0&&t.exports?(n.default=n,t.exports=n):typeof define==`function`&&typeof define.amd==`object`&&define.amd?define(`classnames`,[],function(){return n}):window.classNames=n})()})),sa={log:function(){},warn:function(){},error:function(){}};function ca(){return sa}function la(){return!!(typeof window<`u`&&window.document&&window.document.createElement)}var ua=la()?A.useLayoutEffect:A.useEffect,da=function(e){if(e!==null&&e.current!==null){var t=e.current;return la()?t?t.ownerDocument:document:null}return null};function fa(e,t){return e&&e&&t?Object.fromEntries(Object.entries(e).filter(function(e){var n=e[0];return!Object.prototype.hasOwnProperty.call(t,n)})):{}}var pa=function(){var e=[...arguments];return function(t){e.forEach(function(e){if(typeof e==`function`)e(t);else if(e)try{e.current=t}catch{ca().error(`Cannot assign element ${t} to ref ${e}`)}})}},ma=(0,A.createContext)({}),ha=function(){return(0,A.useContext)(ma)},ga=0,_a=!1,va=function(e){return ga+=1,e?`${e}-${ga}`:ga},ya=function(e,t){var n=e||(_a?va():null),r=(0,A.useState)(n),i=r[0],a=r[1];return ua(function(){i===null&&a(va(t))},[]),(0,A.useEffect)(function(){_a||=!0},[]),i==null?void 0:String(i)},ba=function(e){var t=e.id,n=e.children,r=ha().idPrefix;return n(ya(t,r)||``)},xa=o((e=>{e.__esModule=!0,e.suomifiDesignTokens=void 0,e.suomifiDesignTokens={colors:{whiteBase:`hsl(0, 0%, 100%)`,blackBase:`hsl(0, 0%, 13%)`,blackLight1:`hsl(0, 0%, 42%)`,brandBase:`hsl(214, 100%, 24%)`,depthDark1:`hsl(202, 7%, 40%)`,depthDark2:`hsl(201, 7%, 46%)`,depthDark3:`hsl(201, 7%, 58%)`,depthBase:`hsl(202, 7%, 67%)`,depthLight3:`hsl(202, 7%, 97%)`,depthLight2:`hsl(202, 7%, 93%)`,depthLight1:`hsl(202, 7%, 80%)`,depthSecondaryDark1:`hsl(215, 100%, 95%)`,depthSecondary:`hsl(215, 100%, 97%)`,highlightDark1:`hsl(212, 63%, 37%)`,highlightBase:`hsl(212, 63%, 45%)`,highlightLight1:`hsl(212, 63%, 49%)`,highlightLight2:`hsl(212, 63%, 90%)`,highlightLight3:`hsl(212, 63%, 95%)`,highlightLight4:`hsl(212, 63%, 98%)`,accentBase:`hsl(23, 82%, 50%)`,accentSecondary:`hsl(196, 77%, 44%)`,accentSecondaryLight1:`hsl(196, 77%, 97%)`,accentTertiaryDark1:`hsl(284, 36%, 45%)`,accentTertiary:`hsl(284, 36%, 53%)`,accentTertiaryLight1:`hsl(284, 35%, 94%)`,successDark1:`hsl(165, 90%, 27%)`,successBase:`hsl(166, 90%, 34%)`,successSecondary:`hsl(166, 54%, 80%)`,warningBase:`hsl(42, 93%, 50%)`,warningLight1:`hsl(42, 100%, 94%)`,alertBase:`hsl(3, 59%, 43%)`,alertLight1:`hsl(0, 59%, 96%)`,infoBase:`hsl(215, 86%, 51%)`,infoLight1:`hsl(216, 100%, 96%)`},typography:{bodyText:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 18px; line-height: 1.5; font-weight: 400;`,bodySemiBold:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 18px; line-height: 1.5; font-weight: 600;`,actionElementInnerText:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 16px; line-height: 1.5; font-weight: 400;`,actionElementInnerTextSmallScreen:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 16px; line-height: 1.5; font-weight: 400;`,actionElementInnerTextBold:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 16px; line-height: 1.5; font-weight: 600;`,actionElementInnerTextBoldSmallScreen:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 16px; line-height: 1.5; font-weight: 600;`,bodyTextSmall:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 16px; line-height: 1.5; font-weight: 400;`,bodySemiBoldSmall:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 16px; line-height: 1.5; font-weight: 600;`,leadText:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 22px; line-height: 1.5; font-weight: 400;`,leadTextSmallScreen:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 20px; line-height: 1.5; font-weight: 400;`,heading1Hero:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 40px; line-height: 48px; font-weight: 600;`,heading1HeroSmallScreen:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 32px; line-height: 38px; font-weight: 600;`,heading1:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 40px; line-height: 48px; font-weight: 300;`,heading1SmallScreen:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 32px; line-height: 38px; font-weight: 300;`,heading2:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 28px; line-height: 34px; font-weight: 600;`,heading2SmallScreen:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 26px; line-height: 32px; font-weight: 600;`,heading3:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 22px; line-height: 28px; font-weight: 600;`,heading3SmallScreen:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 20px; line-height: 26px; font-weight: 600;`,heading4:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 18px; line-height: 24px; font-weight: 600;`,heading4SmallScreen:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 16px; line-height: 20px; font-weight: 600;`,heading5:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 16px; line-height: 20px; font-weight: 600;`,heading5SmallScreen:`font-family: 'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif; font-size: 16px; line-height: 20px; font-weight: 600;`},spacing:{xxs:`5px`,xs:`10px`,s:`15px`,m:`20px`,l:`25px`,xl:`30px`,xxl:`40px`,xxxl:`60px`,xxxxl:`80px`,insetXxs:`2px`,insetXs:`4px`,insetS:`6px`,insetM:`8px`,insetL:`10px`,insetXl:`16px`,insetXxl:`20px`},radiuses:{basic:`2px`,focus:`2px`,modal:`4px`},transitions:{basicTime:`50ms`,basicTimingFunction:`cubic-bezier(0.28, 0.84, 0.42, 1)`},breakpoints:{xxl:`1400px`,xl:`1200px`,l:`900px`,m:`768px`,s:`576px`},gradients:{highlightBaseToHighlightDark1:`linear-gradient(0deg, hsl(212, 63%, 37%) 0%, hsl(212, 63%, 45%) 100%)`,highlightLight1ToHighlightBase:`linear-gradient(0deg, hsl(212, 63%, 45%) 0%, hsl(212, 63%, 49%) 100%)`,depthLight1ToDepthBase:`linear-gradient(0deg, hsl(202, 7%, 67%) 0%, hsl(202, 7%, 80%) 100%)`,whiteBaseNegative:`linear-gradient(-180deg, hsla(0, 0%, 100%, 0.1) 0%, hsla(0, 0%, 100%, 0) 100%)`,whiteBaseToDepthLight2:`linear-gradient(-180deg, hsl(202, 7%, 93%) 0%, hsla(0, 0%, 100%, 0) 100%)`,whiteBaseToDepthLight1:`linear-gradient(-180deg, hsl(202, 7%, 80%) 0%, hsla(0, 0%, 100%, 0) 100%)`,highlightLight3ToHighlightLight2:`linear-gradient(0deg, hsl(212, 63%, 90%), hsl(212, 63%, 95%))`,depthLight3ToDepthLight2:`linear-gradient(0deg, hsl(202, 7%, 93%), hsl(202, 7%, 97%))`,depthSecondaryToDepthSecondaryDark1:`linear-gradient(0deg, hsl(215, 100%, 95%), hsl(215, 100%, 97%))`,highlightLight4ToDepthSecondary:`linear-gradient(0deg, hsl(215, 100%, 97%), hsl(212, 63%, 98%))`},shadows:{invertTextShadow:`0 1px 1px hsla(214, 100%, 24%, 0.5)`,menuShadow:`0 2px 3px 0 hsla(0, 0%, 13%, 0.2)`,panelShadow:`0 1px 2px 0 hsla(0, 0%, 13%, 0.14), 0 1px 5px 0 hsla(0, 0%, 13%, 0.12)`,actionElementBoxShadow:`0 1px 2px 0 hsla(214, 100%, 24%, 0.1) inset`,wideBoxShadow:`0px 4px 8px 0px hsla(0, 0%, 13%, 0.14)`},focuses:{absoluteFocus:`content: '';position: absolute;pointer-events: none;top: -2px;right: -2px;bottom: -2px;left: -2px;border-radius: 2px;background-color: transparent;border: 0px solid hsl(0, 0%, 100%);box-sizing: border-box;box-shadow: 0 0 0 2px hsl(196, 77%, 44%);z-index: 9999;`,boxShadowFocus:`border-radius: 2px;box-shadow: 0 0 0 2px hsl(196, 77%, 44%);outline: 0;`,highContrastFocus:`outline: 3px solid transparent;`,noMouseFocus:`:not(:focus-visible) {outline: 0;&:after { content: none;}}`},values:{colors:{whiteBase:{hsl:`hsl(0, 0%, 100%)`,h:0,s:0,l:100},blackBase:{hsl:`hsl(0, 0%, 13%)`,h:0,s:0,l:13},blackLight1:{hsl:`hsl(0, 0%, 42%)`,h:0,s:0,l:42},brandBase:{hsl:`hsl(214, 100%, 24%)`,h:214,s:100,l:24},depthDark1:{hsl:`hsl(202, 7%, 40%)`,h:202,s:7,l:40},depthDark2:{hsl:`hsl(201, 7%, 46%)`,h:201,s:7,l:46},depthDark3:{hsl:`hsl(201, 7%, 58%)`,h:201,s:7,l:58},depthBase:{hsl:`hsl(202, 7%, 67%)`,h:202,s:7,l:67},depthLight3:{hsl:`hsl(202, 7%, 97%)`,h:202,s:7,l:97},depthLight2:{hsl:`hsl(202, 7%, 93%)`,h:202,s:7,l:93},depthLight1:{hsl:`hsl(202, 7%, 80%)`,h:202,s:7,l:80},depthSecondaryDark1:{hsl:`hsl(215, 100%, 95%)`,h:215,s:100,l:95},depthSecondary:{hsl:`hsl(215, 100%, 97%)`,h:215,s:100,l:97},highlightDark1:{hsl:`hsl(212, 63%, 37%)`,h:212,s:63,l:37},highlightBase:{hsl:`hsl(212, 63%, 45%)`,h:212,s:63,l:45},highlightLight1:{hsl:`hsl(212, 63%, 49%)`,h:212,s:63,l:49},highlightLight2:{hsl:`hsl(212, 63%, 90%)`,h:212,s:63,l:90},highlightLight3:{hsl:`hsl(212, 63%, 95%)`,h:212,s:63,l:95},highlightLight4:{hsl:`hsl(212, 63%, 98%)`,h:212,s:63,l:98},accentBase:{hsl:`hsl(23, 82%, 50%)`,h:23,s:82,l:50},accentSecondary:{hsl:`hsl(196, 77%, 44%)`,h:196,s:77,l:44},accentSecondaryLight1:{hsl:`hsl(196, 77%, 97%)`,h:196,s:77,l:97},accentTertiaryDark1:{hsl:`hsl(284, 36%, 45%)`,h:284,s:36,l:45},accentTertiary:{hsl:`hsl(284, 36%, 53%)`,h:284,s:36,l:53},accentTertiaryLight1:{hsl:`hsl(284, 35%, 94%)`,h:284,s:35,l:94},successDark1:{hsl:`hsl(165, 90%, 27%)`,h:165,s:90,l:27},successBase:{hsl:`hsl(166, 90%, 34%)`,h:166,s:90,l:34},successSecondary:{hsl:`hsl(166, 54%, 80%)`,h:166,s:54,l:80},warningBase:{hsl:`hsl(42, 93%, 50%)`,h:42,s:93,l:50},warningLight1:{hsl:`hsl(42, 100%, 94%)`,h:42,s:100,l:94},alertBase:{hsl:`hsl(3, 59%, 43%)`,h:3,s:59,l:43},alertLight1:{hsl:`hsl(0, 59%, 96%)`,h:0,s:59,l:96},infoBase:{hsl:`hsl(215, 86%, 51%)`,h:215,s:86,l:51},infoLight1:{hsl:`hsl(216, 100%, 96%)`,h:216,s:100,l:96}},typography:{bodyText:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:18,unit:`px`},lineHeight:{value:1.5,unit:null},fontWeight:400},bodySemiBold:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:18,unit:`px`},lineHeight:{value:1.5,unit:null},fontWeight:600},actionElementInnerText:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:16,unit:`px`},lineHeight:{value:1.5,unit:null},fontWeight:400},actionElementInnerTextSmallScreen:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:16,unit:`px`},lineHeight:{value:1.5,unit:null},fontWeight:400},actionElementInnerTextBold:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:16,unit:`px`},lineHeight:{value:1.5,unit:null},fontWeight:600},actionElementInnerTextBoldSmallScreen:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:16,unit:`px`},lineHeight:{value:1.5,unit:null},fontWeight:600},bodyTextSmall:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:16,unit:`px`},lineHeight:{value:1.5,unit:null},fontWeight:400},bodySemiBoldSmall:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:16,unit:`px`},lineHeight:{value:1.5,unit:null},fontWeight:600},leadText:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:22,unit:`px`},lineHeight:{value:1.5,unit:null},fontWeight:400},leadTextSmallScreen:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:20,unit:`px`},lineHeight:{value:1.5,unit:null},fontWeight:400},heading1Hero:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:40,unit:`px`},lineHeight:{value:48,unit:`px`},fontWeight:600},heading1HeroSmallScreen:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:32,unit:`px`},lineHeight:{value:38,unit:`px`},fontWeight:600},heading1:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:40,unit:`px`},lineHeight:{value:48,unit:`px`},fontWeight:300},heading1SmallScreen:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:32,unit:`px`},lineHeight:{value:38,unit:`px`},fontWeight:300},heading2:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:28,unit:`px`},lineHeight:{value:34,unit:`px`},fontWeight:600},heading2SmallScreen:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:26,unit:`px`},lineHeight:{value:32,unit:`px`},fontWeight:600},heading3:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:22,unit:`px`},lineHeight:{value:28,unit:`px`},fontWeight:600},heading3SmallScreen:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:20,unit:`px`},lineHeight:{value:26,unit:`px`},fontWeight:600},heading4:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:18,unit:`px`},lineHeight:{value:24,unit:`px`},fontWeight:600},heading4SmallScreen:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:16,unit:`px`},lineHeight:{value:20,unit:`px`},fontWeight:600},heading5:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:16,unit:`px`},lineHeight:{value:20,unit:`px`},fontWeight:600},heading5SmallScreen:{fontFamily:`'Source Sans 3', 'Helvetica Neue', 'Arial', sans-serif`,fontSize:{value:16,unit:`px`},lineHeight:{value:20,unit:`px`},fontWeight:600}},spacing:{xxs:{value:5,unit:`px`},xs:{value:10,unit:`px`},s:{value:15,unit:`px`},m:{value:20,unit:`px`},l:{value:25,unit:`px`},xl:{value:30,unit:`px`},xxl:{value:40,unit:`px`},xxxl:{value:60,unit:`px`},xxxxl:{value:80,unit:`px`},insetXxs:{value:2,unit:`px`},insetXs:{value:4,unit:`px`},insetS:{value:6,unit:`px`},insetM:{value:8,unit:`px`},insetL:{value:10,unit:`px`},insetXl:{value:16,unit:`px`},insetXxl:{value:20,unit:`px`}},radiuses:{basic:{value:2,unit:`px`},focus:{value:2,unit:`px`},modal:{value:4,unit:`px`}},transitions:{basicTime:{value:`50ms`},basicTimingFunction:{value:`cubic-bezier(0.28, 0.84, 0.42, 1)`}},breakpoints:{xxl:{value:1400,unit:`px`},xl:{value:1200,unit:`px`},l:{value:900,unit:`px`},m:{value:768,unit:`px`},s:{value:576,unit:`px`}},gradients:{highlightBaseToHighlightDark1:{value:`linear-gradient(0deg, hsl(212, 63%, 37%) 0%, hsl(212, 63%, 45%) 100%)`},highlightLight1ToHighlightBase:{value:`linear-gradient(0deg, hsl(212, 63%, 45%) 0%, hsl(212, 63%, 49%) 100%)`},depthLight1ToDepthBase:{value:`linear-gradient(0deg, hsl(202, 7%, 67%) 0%, hsl(202, 7%, 80%) 100%)`},whiteBaseNegative:{value:`linear-gradient(-180deg, hsla(0, 0%, 100%, 0.1) 0%, hsla(0, 0%, 100%, 0) 100%)`},whiteBaseToDepthLight2:{value:`linear-gradient(-180deg, hsl(202, 7%, 93%) 0%, hsla(0, 0%, 100%, 0) 100%)`},whiteBaseToDepthLight1:{value:`linear-gradient(-180deg, hsl(202, 7%, 80%) 0%, hsla(0, 0%, 100%, 0) 100%)`},highlightLight3ToHighlightLight2:{value:`linear-gradient(0deg, hsl(212, 63%, 90%), hsl(212, 63%, 95%))`},depthLight3ToDepthLight2:{value:`linear-gradient(0deg, hsl(202, 7%, 93%), hsl(202, 7%, 97%))`},depthSecondaryToDepthSecondaryDark1:{value:`linear-gradient(0deg, hsl(215, 100%, 95%), hsl(215, 100%, 97%))`},highlightLight4ToDepthSecondary:{value:`linear-gradient(0deg, hsl(215, 100%, 97%), hsl(212, 63%, 98%))`}},shadows:{invertTextShadow:{value:`0 1px 1px hsla(214, 100%, 24%, 0.5)`},menuShadow:{value:`0 2px 3px 0 hsla(0, 0%, 13%, 0.2)`},panelShadow:{value:`0 1px 2px 0 hsla(0, 0%, 13%, 0.14), 0 1px 5px 0 hsla(0, 0%, 13%, 0.12)`},actionElementBoxShadow:{value:`0 1px 2px 0 hsla(214, 100%, 24%, 0.1) inset`},wideBoxShadow:{value:`0px 4px 8px 0px hsla(0, 0%, 13%, 0.14)`}},focuses:{absoluteFocus:{content:`''`,position:`absolute`,pointerEvents:`none`,top:{value:-2,unit:`px`},right:{value:-2,unit:`px`},bottom:{value:-2,unit:`px`},left:{value:-2,unit:`px`},borderRadius:`2px`,backgroundColor:`transparent`,border:`0px solid hsl(0, 0%, 100%)`,boxSizing:`border-box`,boxShadow:`0 0 0 2px hsl(196, 77%, 44%)`,zIndex:`9999`},boxShadowFocus:{borderRadius:`2px`,boxShadow:`0 0 0 2px hsl(196, 77%, 44%)`,outline:`0`},highContrastFocus:{outline:`3px solid transparent`},noMouseFocus:{wrapper:`:not(:focus-visible)`,outline:`0`,after:`content: none;`}}}}})),Sa={menu:888,focus:9999},Ca=xa(),wa={zindexes:Sa,shadows:Ca.suomifiDesignTokens.shadows,focuses:Ca.suomifiDesignTokens.focuses,transitions:Ca.suomifiDesignTokens.transitions,radiuses:Ca.suomifiDesignTokens.radiuses,colors:Ca.suomifiDesignTokens.colors,spacing:Ca.suomifiDesignTokens.spacing,typography:Ca.suomifiDesignTokens.typography,gradients:Ca.suomifiDesignTokens.gradients,values:Ca.suomifiDesignTokens.values,breakpoints:Ca.suomifiDesignTokens.breakpoints},Ta=P({},wa),Ea=A.createContext({suomifiTheme:Ta}).Consumer,Da=A.createContext({margins:{}}).Consumer,Oa={html:`line-height: 1.15; -ms-text-size-adjust: 100%; -webkit-text-size-adjust: 100%;`,h1:`font-size: 2em; margin: 0.67em 0;`,"dl dl":`margin: 0;`,"dl ol":`margin: 0;`,"dl ul":`margin: 0;`,"ol dl":`margin: 0;`,"ul dl":`margin: 0;`,"ol ol":`margin: 0;`,"ol ul":`margin: 0;`,"ul ol":`margin: 0;`,"ul ul":`margin: 0;`,hr:`box-sizing: content-box; height: 0; overflow: visible;`,main:`display: block;`,pre:`font-family: monospace, monospace; font-size: 1em;`,a:`background-color: transparent;`,"abbr[title]":`text-decoration: underline; text-decoration: underline dotted;`,b:`font-weight: bolder;`,strong:`font-weight: bolder;`,code:`font-family: monospace, monospace; font-size: 1em;`,kbd:`font-family: monospace, monospace; font-size: 1em;`,samp:`font-family: monospace, monospace; font-size: 1em;`,small:`font-size: 80%;`,audio:`display: inline-block;`,video:`display: inline-block;`,"audio:not([controls])":`display: none; height: 0;`,img:`border-style: none;`,"svg:not(:root)":`overflow: hidden;`,button:`margin: 0;overflow: visible; text-transform: none;-webkit-appearance: button;`,input:`margin: 0;overflow: visible;`,select:`margin: 0;text-transform: none;`,'[type="button"]':`-webkit-appearance: button;`,'[type="reset"]':`-webkit-appearance: button;`,'[type="submit"]':`-webkit-appearance: button;`,fieldset:`padding: 0.35em 0.75em 0.625em;`,legend:`box-sizing: border-box; color: inherit; display: table; max-width: 100%; white-space: normal;`,progress:`display: inline-block; vertical-align: baseline;`,textarea:`margin: 0; overflow: auto;`,'[type="checkbox"]':`box-sizing: border-box; padding: 0;`,'[type="radio"]':`box-sizing: border-box; padding: 0;`,'[type="search"]':`-webkit-appearance: textfield; outline-offset: -2px;`,"::-webkit-inner-spin-button":`height: auto;`,"::-webkit-outer-spin-button":`height: auto;`,"::-webkit-input-placeholder":`color: inherit; opacity: 0.54;`,"::-webkit-search-decoration":`-webkit-appearance: none;`,"::-webkit-file-upload-button":`-webkit-appearance: button; font: inherit;`,"::-moz-focus-inner":`border-style: none; padding: 0;`,":-moz-focusring":`outline: 1px dotted ButtonText;`,":-moz-ui-invalid":`box-shadow: none;`,details:`display: block;`,dialog:`background-color: white; border: solid; color: black; display: block; height: -moz-fit-content; height: -webkit-fit-content; height: fit-content; left: 0; margin: auto; padding: 1em; position: absolute; right: 0; width: -moz-fit-content; width: -webkit-fit-content; width: fit-content;`,"dialog:not([open])":`display: none;`,summary:`display: list-item;`,canvas:`display: inline-block;`,template:`display: none;`,"[hidden]":`display: none;`},ka={normalize:Oa,common:z(Na||=I([`
  margin: 0;
  padding: 0;
  border: 0;
  box-sizing: border-box;
  font: 100% inherit;
  line-height: 1;
  text-align: left;
  text-decoration: none;
  vertical-align: baseline;
  color: inherit;
  background: none;
  cursor: inherit;

  ::before,
  ::after {
    box-sizing: border-box;
  }
`],[`
  margin: 0;
  padding: 0;
  border: 0;
  box-sizing: border-box;
  font: 100% inherit;
  line-height: 1;
  text-align: left;
  text-decoration: none;
  vertical-align: baseline;
  color: inherit;
  background: none;
  cursor: inherit;

  ::before,
  ::after {
    box-sizing: border-box;
  }
`]))},Aa=function(e,t){return`&${e} {
    ${t}
  }`},ja=function(e){var t=!!Oa&&Oa[e];return t?Aa(e,t):``},Ma=function(e){return Array.isArray(e)&&e.length>0?`
      ${e.map(function(e){return ja(e)}).join(``)}
    `:typeof e==`string`?ja(e):``},Na;function Pa(){return Pa=Object.assign?Object.assign.bind():function(e){for(var t=1;t<arguments.length;t++){var n=arguments[t];for(var r in n)({}).hasOwnProperty.call(n,r)&&(e[r]=n[r])}return e},Pa.apply(null,arguments)}function Fa(e){if(e===void 0)throw ReferenceError(`this hasn't been initialised - super() hasn't been called`);return e}function Ia(e,t){return Ia=Object.setPrototypeOf?Object.setPrototypeOf.bind():function(e,t){return e.__proto__=t,e},Ia(e,t)}function La(e,t){e.prototype=Object.create(t.prototype),e.prototype.constructor=e,Ia(e,t)}function Ra(e){return Ra=Object.setPrototypeOf?Object.getPrototypeOf.bind():function(e){return e.__proto__||Object.getPrototypeOf(e)},Ra(e)}function za(e){try{return Function.toString.call(e).indexOf(`[native code]`)!==-1}catch{return typeof e==`function`}}function Ba(){try{var e=!Boolean.prototype.valueOf.call(Reflect.construct(Boolean,[],function(){}))}catch{}return(Ba=function(){return!!e})()}function Va(e,t,n){if(Ba())return Reflect.construct.apply(null,arguments);var r=[null];r.push.apply(r,t);var i=new(e.bind.apply(e,r));return n&&Ia(i,n.prototype),i}function Ha(e){var t=typeof Map==`function`?new Map:void 0;return Ha=function(e){if(e===null||!za(e))return e;if(typeof e!=`function`)throw TypeError(`Super expression must either be null or a function`);if(t!==void 0){if(t.has(e))return t.get(e);t.set(e,n)}function n(){return Va(e,arguments,Ra(this).constructor)}return n.prototype=Object.create(e.prototype,{constructor:{value:n,enumerable:!1,writable:!0,configurable:!0}}),Ia(n,e)},Ha(e)}function Ua(){var e=arguments.length-1;return e<0||arguments.length<=e?void 0:arguments[e]}function Wa(e){return-e}function Ga(e,t){return e+t}function Ka(e,t){return e-t}function qa(e,t){return e*t}function Ja(e,t){return e/t}function Ya(){return Math.max.apply(Math,arguments)}function Xa(){return Math.min.apply(Math,arguments)}function Za(){return Array.of.apply(Array,arguments)}var Qa={symbols:{"*":{infix:{symbol:`*`,f:qa,notation:`infix`,precedence:4,rightToLeft:0,argCount:2},symbol:`*`,regSymbol:`\\*`},"/":{infix:{symbol:`/`,f:Ja,notation:`infix`,precedence:4,rightToLeft:0,argCount:2},symbol:`/`,regSymbol:`/`},"+":{infix:{symbol:`+`,f:Ga,notation:`infix`,precedence:2,rightToLeft:0,argCount:2},prefix:{symbol:`+`,f:Ua,notation:`prefix`,precedence:3,rightToLeft:0,argCount:1},symbol:`+`,regSymbol:`\\+`},"-":{infix:{symbol:`-`,f:Ka,notation:`infix`,precedence:2,rightToLeft:0,argCount:2},prefix:{symbol:`-`,f:Wa,notation:`prefix`,precedence:3,rightToLeft:0,argCount:1},symbol:`-`,regSymbol:`-`},",":{infix:{symbol:`,`,f:Za,notation:`infix`,precedence:1,rightToLeft:0,argCount:2},symbol:`,`,regSymbol:`,`},"(":{prefix:{symbol:`(`,f:Ua,notation:`prefix`,precedence:0,rightToLeft:0,argCount:1},symbol:`(`,regSymbol:`\\(`},")":{postfix:{symbol:`)`,f:void 0,notation:`postfix`,precedence:0,rightToLeft:0,argCount:1},symbol:`)`,regSymbol:`\\)`},min:{func:{symbol:`min`,f:Xa,notation:`func`,precedence:0,rightToLeft:0,argCount:1},symbol:`min`,regSymbol:`min\\b`},max:{func:{symbol:`max`,f:Ya,notation:`func`,precedence:0,rightToLeft:0,argCount:1},symbol:`max`,regSymbol:`max\\b`}}},$a=function(e){La(t,e);function t(t){return Fa(e.call(this,`An error occurred. See https://github.com/styled-components/polished/blob/main/src/internalHelpers/errors.md#`+t+` for more information.`)||this)}return t}(Ha(Error)),eo=/((?!\w)a|na|hc|mc|dg|me[r]?|xe|ni(?![a-zA-Z])|mm|cp|tp|xp|q(?!s)|hv|xamv|nimv|wv|sm|s(?!\D|$)|ged|darg?|nrut)/g;function to(e){var t={};return t.symbols=e?Pa({},Qa.symbols,e.symbols):Pa({},Qa.symbols),t}function no(e,t){var n,r=e.pop();return t.push(r.f.apply(r,(n=[]).concat.apply(n,t.splice(-r.argCount)))),r.precedence}function ro(e,t){var n=to(t),r,i=[n.symbols[`(`].prefix],a=[],o=RegExp(`\\d+(?:\\.\\d+)?|`+Object.keys(n.symbols).map(function(e){return n.symbols[e]}).sort(function(e,t){return t.symbol.length-e.symbol.length}).map(function(e){return e.regSymbol}).join(`|`)+`|(\\S)`,`g`);o.lastIndex=0;var s=!1;do{r=o.exec(e);var c=r||[`)`,void 0],l=c[0],u=c[1],d=n.symbols[l],f=d&&!d.prefix&&!d.func,p=!d||!d.postfix&&!d.infix;if(u||(s?p:f))throw new $a(37,r?r.index:e.length,e);if(s){var m=d.postfix||d.infix;do{var h=i[i.length-1];if((m.precedence-h.precedence||h.rightToLeft)>0)break}while(no(i,a));s=m.notation===`postfix`,m.symbol!==`)`&&(i.push(m),s&&no(i,a))}else if(d){if(i.push(d.prefix||d.func),d.func&&(r=o.exec(e),!r||r[0]!==`(`))throw new $a(38,r?r.index:e.length,e)}else a.push(+l),s=!0}while(r&&i.length);if(i.length)throw new $a(39,r?r.index:e.length,e);if(r)throw new $a(40,r?r.index:e.length,e);return a.pop()}function io(e){return e.split(``).reverse().join(``)}function ao(e,t){var n=io(e),r=n.match(eo);if(r&&!r.every(function(e){return e===r[0]}))throw new $a(41);return``+ro(io(n.replace(eo,``)),t)+(r?io(r[0]):``)}function oo(e){return Math.round(e*255)}function so(e,t,n){return oo(e)+`,`+oo(t)+`,`+oo(n)}function co(e,t,n,r){if(r===void 0&&(r=so),t===0)return r(n,n,n);var i=(e%360+360)%360/60,a=(1-Math.abs(2*n-1))*t,o=a*(1-Math.abs(i%2-1)),s=0,c=0,l=0;i>=0&&i<1?(s=a,c=o):i>=1&&i<2?(s=o,c=a):i>=2&&i<3?(c=a,l=o):i>=3&&i<4?(c=o,l=a):i>=4&&i<5?(s=o,l=a):i>=5&&i<6&&(s=a,l=o);var u=n-a/2,d=s+u,f=c+u,p=l+u;return r(d,f,p)}var lo={aliceblue:`f0f8ff`,antiquewhite:`faebd7`,aqua:`00ffff`,aquamarine:`7fffd4`,azure:`f0ffff`,beige:`f5f5dc`,bisque:`ffe4c4`,black:`000`,blanchedalmond:`ffebcd`,blue:`0000ff`,blueviolet:`8a2be2`,brown:`a52a2a`,burlywood:`deb887`,cadetblue:`5f9ea0`,chartreuse:`7fff00`,chocolate:`d2691e`,coral:`ff7f50`,cornflowerblue:`6495ed`,cornsilk:`fff8dc`,crimson:`dc143c`,cyan:`00ffff`,darkblue:`00008b`,darkcyan:`008b8b`,darkgoldenrod:`b8860b`,darkgray:`a9a9a9`,darkgreen:`006400`,darkgrey:`a9a9a9`,darkkhaki:`bdb76b`,darkmagenta:`8b008b`,darkolivegreen:`556b2f`,darkorange:`ff8c00`,darkorchid:`9932cc`,darkred:`8b0000`,darksalmon:`e9967a`,darkseagreen:`8fbc8f`,darkslateblue:`483d8b`,darkslategray:`2f4f4f`,darkslategrey:`2f4f4f`,darkturquoise:`00ced1`,darkviolet:`9400d3`,deeppink:`ff1493`,deepskyblue:`00bfff`,dimgray:`696969`,dimgrey:`696969`,dodgerblue:`1e90ff`,firebrick:`b22222`,floralwhite:`fffaf0`,forestgreen:`228b22`,fuchsia:`ff00ff`,gainsboro:`dcdcdc`,ghostwhite:`f8f8ff`,gold:`ffd700`,goldenrod:`daa520`,gray:`808080`,green:`008000`,greenyellow:`adff2f`,grey:`808080`,honeydew:`f0fff0`,hotpink:`ff69b4`,indianred:`cd5c5c`,indigo:`4b0082`,ivory:`fffff0`,khaki:`f0e68c`,lavender:`e6e6fa`,lavenderblush:`fff0f5`,lawngreen:`7cfc00`,lemonchiffon:`fffacd`,lightblue:`add8e6`,lightcoral:`f08080`,lightcyan:`e0ffff`,lightgoldenrodyellow:`fafad2`,lightgray:`d3d3d3`,lightgreen:`90ee90`,lightgrey:`d3d3d3`,lightpink:`ffb6c1`,lightsalmon:`ffa07a`,lightseagreen:`20b2aa`,lightskyblue:`87cefa`,lightslategray:`789`,lightslategrey:`789`,lightsteelblue:`b0c4de`,lightyellow:`ffffe0`,lime:`0f0`,limegreen:`32cd32`,linen:`faf0e6`,magenta:`f0f`,maroon:`800000`,mediumaquamarine:`66cdaa`,mediumblue:`0000cd`,mediumorchid:`ba55d3`,mediumpurple:`9370db`,mediumseagreen:`3cb371`,mediumslateblue:`7b68ee`,mediumspringgreen:`00fa9a`,mediumturquoise:`48d1cc`,mediumvioletred:`c71585`,midnightblue:`191970`,mintcream:`f5fffa`,mistyrose:`ffe4e1`,moccasin:`ffe4b5`,navajowhite:`ffdead`,navy:`000080`,oldlace:`fdf5e6`,olive:`808000`,olivedrab:`6b8e23`,orange:`ffa500`,orangered:`ff4500`,orchid:`da70d6`,palegoldenrod:`eee8aa`,palegreen:`98fb98`,paleturquoise:`afeeee`,palevioletred:`db7093`,papayawhip:`ffefd5`,peachpuff:`ffdab9`,peru:`cd853f`,pink:`ffc0cb`,plum:`dda0dd`,powderblue:`b0e0e6`,purple:`800080`,rebeccapurple:`639`,red:`f00`,rosybrown:`bc8f8f`,royalblue:`4169e1`,saddlebrown:`8b4513`,salmon:`fa8072`,sandybrown:`f4a460`,seagreen:`2e8b57`,seashell:`fff5ee`,sienna:`a0522d`,silver:`c0c0c0`,skyblue:`87ceeb`,slateblue:`6a5acd`,slategray:`708090`,slategrey:`708090`,snow:`fffafa`,springgreen:`00ff7f`,steelblue:`4682b4`,tan:`d2b48c`,teal:`008080`,thistle:`d8bfd8`,tomato:`ff6347`,turquoise:`40e0d0`,violet:`ee82ee`,wheat:`f5deb3`,white:`fff`,whitesmoke:`f5f5f5`,yellow:`ff0`,yellowgreen:`9acd32`};function uo(e){if(typeof e!=`string`)return e;var t=e.toLowerCase();return lo[t]?`#`+lo[t]:e}var fo=/^#[a-fA-F0-9]{6}$/,po=/^#[a-fA-F0-9]{8}$/,mo=/^#[a-fA-F0-9]{3}$/,ho=/^#[a-fA-F0-9]{4}$/,go=/^rgb\(\s*(\d{1,3})\s*(?:,)?\s*(\d{1,3})\s*(?:,)?\s*(\d{1,3})\s*\)$/i,_o=/^rgb(?:a)?\(\s*(\d{1,3})\s*(?:,)?\s*(\d{1,3})\s*(?:,)?\s*(\d{1,3})\s*(?:,|\/)\s*([-+]?\d*[.]?\d+[%]?)\s*\)$/i,vo=/^hsl\(\s*(\d{0,3}[.]?[0-9]+(?:deg)?)\s*(?:,)?\s*(\d{1,3}[.]?[0-9]?)%\s*(?:,)?\s*(\d{1,3}[.]?[0-9]?)%\s*\)$/i,yo=/^hsl(?:a)?\(\s*(\d{0,3}[.]?[0-9]+(?:deg)?)\s*(?:,)?\s*(\d{1,3}[.]?[0-9]?)%\s*(?:,)?\s*(\d{1,3}[.]?[0-9]?)%\s*(?:,|\/)\s*([-+]?\d*[.]?\d+[%]?)\s*\)$/i;function bo(e){if(typeof e!=`string`)throw new $a(3);var t=uo(e);if(t.match(fo))return{red:parseInt(``+t[1]+t[2],16),green:parseInt(``+t[3]+t[4],16),blue:parseInt(``+t[5]+t[6],16)};if(t.match(po)){var n=parseFloat((parseInt(``+t[7]+t[8],16)/255).toFixed(2));return{red:parseInt(``+t[1]+t[2],16),green:parseInt(``+t[3]+t[4],16),blue:parseInt(``+t[5]+t[6],16),alpha:n}}if(t.match(mo))return{red:parseInt(``+t[1]+t[1],16),green:parseInt(``+t[2]+t[2],16),blue:parseInt(``+t[3]+t[3],16)};if(t.match(ho)){var r=parseFloat((parseInt(``+t[4]+t[4],16)/255).toFixed(2));return{red:parseInt(``+t[1]+t[1],16),green:parseInt(``+t[2]+t[2],16),blue:parseInt(``+t[3]+t[3],16),alpha:r}}var i=go.exec(t);if(i)return{red:parseInt(``+i[1],10),green:parseInt(``+i[2],10),blue:parseInt(``+i[3],10)};var a=_o.exec(t.substring(0,50));if(a)return{red:parseInt(``+a[1],10),green:parseInt(``+a[2],10),blue:parseInt(``+a[3],10),alpha:parseFloat(``+a[4])>1?parseFloat(``+a[4])/100:parseFloat(``+a[4])};var o=vo.exec(t);if(o){var s=`rgb(`+co(parseInt(``+o[1],10),parseInt(``+o[2],10)/100,parseInt(``+o[3],10)/100)+`)`,c=go.exec(s);if(!c)throw new $a(4,t,s);return{red:parseInt(``+c[1],10),green:parseInt(``+c[2],10),blue:parseInt(``+c[3],10)}}var l=yo.exec(t.substring(0,50));if(l){var u=`rgb(`+co(parseInt(``+l[1],10),parseInt(``+l[2],10)/100,parseInt(``+l[3],10)/100)+`)`,d=go.exec(u);if(!d)throw new $a(4,t,u);return{red:parseInt(``+d[1],10),green:parseInt(``+d[2],10),blue:parseInt(``+d[3],10),alpha:parseFloat(``+l[4])>1?parseFloat(``+l[4])/100:parseFloat(``+l[4])}}throw new $a(5)}var xo=function(e){return e.length===7&&e[1]===e[2]&&e[3]===e[4]&&e[5]===e[6]?`#`+e[1]+e[3]+e[5]:e};function So(e){var t=e.toString(16);return t.length===1?`0`+t:t}function Co(e){return So(Math.round(e*255))}function wo(e,t,n){return xo(`#`+Co(e)+Co(t)+Co(n))}function To(e,t,n){return co(e,t,n,wo)}function Eo(e,t,n){if(typeof e==`number`&&typeof t==`number`&&typeof n==`number`)return To(e,t,n);if(typeof e==`object`&&t===void 0&&n===void 0)return To(e.hue,e.saturation,e.lightness);throw new $a(1)}function Do(e,t,n,r){if(typeof e==`number`&&typeof t==`number`&&typeof n==`number`&&typeof r==`number`)return r>=1?To(e,t,n):`rgba(`+co(e,t,n)+`,`+r+`)`;if(typeof e==`object`&&t===void 0&&n===void 0&&r===void 0)return e.alpha>=1?To(e.hue,e.saturation,e.lightness):`rgba(`+co(e.hue,e.saturation,e.lightness)+`,`+e.alpha+`)`;throw new $a(2)}function Oo(e,t,n){if(typeof e==`number`&&typeof t==`number`&&typeof n==`number`)return xo(`#`+So(e)+So(t)+So(n));if(typeof e==`object`&&t===void 0&&n===void 0)return xo(`#`+So(e.red)+So(e.green)+So(e.blue));throw new $a(6)}function ko(e,t,n,r){if(typeof e==`string`&&typeof t==`number`){var i=bo(e);return`rgba(`+i.red+`,`+i.green+`,`+i.blue+`,`+t+`)`}if(typeof e==`number`&&typeof t==`number`&&typeof n==`number`&&typeof r==`number`)return r>=1?Oo(e,t,n):`rgba(`+e+`,`+t+`,`+n+`,`+r+`)`;if(typeof e==`object`&&t===void 0&&n===void 0&&r===void 0)return e.alpha>=1?Oo(e.red,e.green,e.blue):`rgba(`+e.red+`,`+e.green+`,`+e.blue+`,`+e.alpha+`)`;throw new $a(7)}var Ao=function(e){return typeof e.red==`number`&&typeof e.green==`number`&&typeof e.blue==`number`&&(typeof e.alpha!=`number`||e.alpha===void 0)},jo=function(e){return typeof e.red==`number`&&typeof e.green==`number`&&typeof e.blue==`number`&&typeof e.alpha==`number`},Mo=function(e){return typeof e.hue==`number`&&typeof e.saturation==`number`&&typeof e.lightness==`number`&&(typeof e.alpha!=`number`||e.alpha===void 0)},No=function(e){return typeof e.hue==`number`&&typeof e.saturation==`number`&&typeof e.lightness==`number`&&typeof e.alpha==`number`};function Po(e){if(typeof e!=`object`)throw new $a(8);if(jo(e))return ko(e);if(Ao(e))return Oo(e);if(No(e))return Do(e);if(Mo(e))return Eo(e);throw new $a(8)}function Fo(e,t,n){return function(){var r=n.concat(Array.prototype.slice.call(arguments));return r.length>=t?e.apply(this,r):Fo(e,t,r)}}function Io(e){return Fo(e,e.length,[])}function Lo(e,t,n){return Math.max(e,Math.min(t,n))}function Ro(e,t){if(t===`transparent`)return t;var n=bo(t),r=typeof n.alpha==`number`?n.alpha:1;return ko(Pa({},n,{alpha:Lo(0,1,(r*100-parseFloat(e)*100).toFixed(2)/100)}))}var zo=Io(Ro),Bo=z(H||=I([`
  `,`
  `,`
  `,`
  `,`
  display: inline-block;
  max-width: 100%;
  cursor: pointer;
`],[`
  `,`
  `,`
  `,`
  `,`
  display: inline-block;
  max-width: 100%;
  cursor: pointer;
`]),ka.normalize.html,ka.normalize.button,Ma([`:-moz-focusring`,`::-moz-focus-inner`,`::-webkit-file-upload-button`,`::-webkit-inner-spin-button`,`::-webkit-outer-spin-button`,`[type='button']`,`[type='submit']`]),ka.common),Vo=V(function(e){var t=e.forwardedRef,n=e.type,r=F(e,[`forwardedRef`,`type`]);return A.createElement(`button`,P({},r,{ref:t,type:n||`button`}))}).withConfig({componentId:`sc-104agys-0`})(Ho||=I([`
  `,`
`],[`
  `,`
`]),Bo),H,Ho,Uo=z(Ko||=I([`
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
`]),ka.normalize.html,ka.common),Wo=V(function(e){return A.createElement(`div`,P({},e))}).withConfig({componentId:`sc-9fbwu8-0`})(qo||=I([`
  `,`
`],[`
  `,`
`]),Uo),Go=V(function(e){var t=e.forwardedRef,n=e.asProp,r=n===void 0?`div`:n,i=F(e,[`forwardedRef`,`asProp`]);return A.createElement(r,P({ref:t},i))}).withConfig({componentId:`sc-9fbwu8-1`})(Jo||=I([`
  `,`
`],[`
  `,`
`]),Uo),Ko,qo,Jo,Yo=z(Zo||=I([`
  `,`
  `,`
  max-width: 100%;
`],[`
  `,`
  `,`
  max-width: 100%;
`]),ka.normalize.html,ka.common),Xo=V(function(e){return A.createElement(`fieldset`,P({},e))}).withConfig({componentId:`sc-1fimn2v-0`})(Qo||=I([`
  `,`
`],[`
  `,`
`]),Yo),Zo,Qo,$o=z(ns||=I([`
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
`]),ka.normalize.html,ka.common),es=V.h1.withConfig({componentId:`sc-6tmfx8-0`})(rs||=I([`
  `,`
`],[`
  `,`
`]),$o),ts=function(e){var t=e.forwardedRef,n=e.children,r=F(e,[`forwardedRef`,`children`]);return A.createElement(es,P({ref:t},r),n)},ns,rs,is=z(os||=I([`
  `,`
  `,`
  `,`
  `,`
  display: inline-block;
  max-width: 100%;
`],[`
  `,`
  `,`
  `,`
  `,`
  display: inline-block;
  max-width: 100%;
`]),ka.normalize.html,ka.normalize.input,Ma([`::-webkit-input-placeholder`]),ka.common),as=V(function(e){var t=e.type,n=e.forwardedRef,r=F(e,[`type`,`forwardedRef`]);return A.createElement(`input`,P({},r,{type:t||`text`,ref:n}))}).withConfig({componentId:`sc-fkzflm-0`})(ss||=I([`
  `,`
`],[`
  `,`
`]),is),os,ss,cs=z(us||=I([`
  `,`
  `,`
  max-width: 100%;
`],[`
  `,`
  `,`
  max-width: 100%;
`]),ka.normalize.html,ka.common),ls=V(function(e){return A.createElement(`label`,P({},e))}).withConfig({componentId:`sc-190rfa1-0`})(ds||=I([`
  `,`
`],[`
  `,`
`]),cs),us,ds,fs=z(ms||=I([`
  `,`
  `,`
  max-width: 100%;
`],[`
  `,`
  `,`
  max-width: 100%;
`]),ka.normalize.html,ka.common),ps=V(function(e){return A.createElement(`legend`,P({},e))}).withConfig({componentId:`sc-l026dr-0`})(hs||=I([`
  `,`
`],[`
  `,`
`]),fs),ms,hs,gs=z(vs||=I([`
  `,`
  `,`
  display: list-item;
`],[`
  `,`
  `,`
  display: list-item;
`]),ka.normalize.html,ka.common),_s=V(function(e){var t=e.forwardedRef,n=F(e,[`forwardedRef`]);return A.createElement(`li`,P({ref:t},n))}).withConfig({componentId:`sc-4xpi16-0`})(ys||=I([`
  `,`
`],[`
  `,`
`]),gs),vs,ys,bs=z(Ss||=I([`
  `,`
  `,`
  display: inline;
  max-width: 100%;
  word-wrap: normal;
  word-break: normal;
  white-space: normal;
`],[`
  `,`
  `,`
  display: inline;
  max-width: 100%;
  word-wrap: normal;
  word-break: normal;
  white-space: normal;
`]),ka.normalize.html,ka.common),xs=V(function(e){var t=e.forwardedRef,n=e.asProp,r=n===void 0?`span`:n,i=F(e,[`forwardedRef`,`asProp`]);return A.createElement(r,P({ref:t},i))}).withConfig({componentId:`sc-1c2dd3r-0`})(Cs||=I([`
  `,`
`],[`
  `,`
`]),bs),Ss,Cs,ws=z(Es||=I([`
  `,`
  `,`
  `,`
  `,`
  display: inline-block;
  max-width: 100%;
`],[`
  `,`
  `,`
  `,`
  `,`
  display: inline-block;
  max-width: 100%;
`]),ka.normalize.html,ka.normalize.textarea,Ma([`::-webkit-input-placeholder`]),ka.common),Ts=V(function(e){var t=e.forwardedRef,n=F(e,[`forwardedRef`]);return A.createElement(`textarea`,P({},n,{ref:t}))}).withConfig({componentId:`sc-vdx405-0`})(Ds||=I([`
  `,`
`],[`
  `,`
`]),ws),Es,Ds,Os=z(As||=I([`
  `,`
  `,`
  display: block;
  list-style-type: decimal;
  margin-top: 1em;
  margin-bottom: 1em;
  margin-left: 0;
  margin-right: 0;
  padding-left: 40px;
`],[`
  `,`
  `,`
  display: block;
  list-style-type: decimal;
  margin-top: 1em;
  margin-bottom: 1em;
  margin-left: 0;
  margin-right: 0;
  padding-left: 40px;
`]),ka.normalize.html,ka.common);V(function(e){return A.createElement(`ul`,P({},e))}).withConfig({componentId:`sc-1jq8ne1-0`})(js||=I([`
  `,`
`],[`
  `,`
`]),Os);var ks=V(function(e){var t=e.forwardRef,n=F(e,[`forwardRef`]);return A.createElement(`ul`,P({},n,{ref:t}))}).withConfig({componentId:`sc-1jq8ne1-1`})(Ms||=I([`
  `,`
`],[`
  `,`
`]),Os),As,js,Ms,Ns=function(e){return z(zs||=I([`
  color: `,`;
`],[`
  color: `,`;
`]),e.colors.blackBase)},Ps=z(Bs||=I([`
  letter-spacing: 0;
  text-decoration: none;
  word-break: break-word;
  overflow-wrap: break-word;
  -webkit-font-smoothing: antialiased;
`],[`
  letter-spacing: 0;
  text-decoration: none;
  word-break: break-word;
  overflow-wrap: break-word;
  -webkit-font-smoothing: antialiased;
`])),U=function(e){return function(t){return z(Vs||=I([`
    `,`
    `,`
  `],[`
    `,`
    `,`
  `]),Ps,e.typography[t])}},Fs=function(e){return z(Hs||=I([`
  `,`
  `,`
  min-width: 245px;
  max-width: 100%;
  padding: `,` `,`;
  border: 1px solid `,`;
  border-radius: `,`;
  line-height: 1;
`],[`
  `,`
  `,`
  min-width: 245px;
  max-width: 100%;
  padding: `,` `,`;
  border: 1px solid `,`;
  border-radius: `,`;
  line-height: 1;
`]),Ns(e),U(e)(`actionElementInnerText`),e.spacing.insetM,e.spacing.insetXl,e.colors.depthLight1,e.radiuses.basic)},Is=function(e){return z(Us||=I([`
  > input:focus {
    /* For IE/Edge */
    outline-color: `,`;
    outline-width: 2px;
    outline-offset: 2px;
    outline-style: solid;
  }
  &:focus-within {
    > input:focus {
      outline: none;
    }
  }
`],[`
  > input:focus {
    /* For IE/Edge */
    outline-color: `,`;
    outline-width: 2px;
    outline-offset: 2px;
    outline-style: solid;
  }
  &:focus-within {
    > input:focus {
      outline: none;
    }
  }
`]),e.colors.accentSecondary)},Ls=function(){return z(Ws||=I([`
  & .fi-label,
  & .fi-hint-text,
  & .fi-status-text {
    margin: 0;
  }
`],[`
  & .fi-label,
  & .fi-hint-text,
  & .fi-status-text {
    margin: 0;
  }
`]))},Rs=function(e){return z(Gs||=I([`
  `,`
  `,`
  font-size: 14px;
  line-height: 20px;
`],[`
  `,`
  `,`
  font-size: 14px;
  line-height: 20px;
`]),Ns(e),U(e)(`actionElementInnerTextBold`))},zs,Bs,Vs,Hs,Us,Ws,Gs,Ks=Math.min,qs=Math.max,Js=Math.round,Ys=Math.floor,Xs=e=>({x:e,y:e}),Zs={left:`right`,right:`left`,bottom:`top`,top:`bottom`};function Qs(e,t,n){return qs(e,Ks(t,n))}function $s(e,t){return typeof e==`function`?e(t):e}function ec(e){return e.split(`-`)[0]}function tc(e){return e.split(`-`)[1]}function nc(e){return e===`x`?`y`:`x`}function rc(e){return e===`y`?`height`:`width`}function ic(e){let t=e[0];return t===`t`||t===`b`?`y`:`x`}function ac(e){return nc(ic(e))}function oc(e,t,n){n===void 0&&(n=!1);let r=tc(e),i=ac(e),a=rc(i),o=i===`x`?r===(n?`end`:`start`)?`right`:`left`:r===`start`?`bottom`:`top`;return t.reference[a]>t.floating[a]&&(o=hc(o)),[o,hc(o)]}function sc(e){let t=hc(e);return[cc(e),t,cc(t)]}function cc(e){return e.includes(`start`)?e.replace(`start`,`end`):e.replace(`end`,`start`)}var lc=[`left`,`right`],uc=[`right`,`left`],dc=[`top`,`bottom`],fc=[`bottom`,`top`];function pc(e,t,n){switch(e){case`top`:case`bottom`:return n?t?uc:lc:t?lc:uc;case`left`:case`right`:return t?dc:fc;default:return[]}}function mc(e,t,n,r){let i=tc(e),a=pc(ec(e),n===`start`,r);return i&&(a=a.map(e=>e+`-`+i),t&&(a=a.concat(a.map(cc)))),a}function hc(e){let t=ec(e);return Zs[t]+e.slice(t.length)}function gc(e){return{top:e.top??0,right:e.right??0,bottom:e.bottom??0,left:e.left??0}}function _c(e){return typeof e==`number`?{top:e,right:e,bottom:e,left:e}:gc(e)}function vc(e){let{x:t,y:n,width:r,height:i}=e;return{width:r,height:i,top:n,left:t,right:t+r,bottom:n+i,x:t,y:n}}function yc(e,t,n){let{reference:r,floating:i}=e,a=ic(t),o=ac(t),s=rc(o),c=ec(t),l=a===`y`,u=r.x+r.width/2-i.width/2,d=r.y+r.height/2-i.height/2,f=r[s]/2-i[s]/2,p;switch(c){case`top`:p={x:u,y:r.y-i.height};break;case`bottom`:p={x:u,y:r.y+r.height};break;case`right`:p={x:r.x+r.width,y:d};break;case`left`:p={x:r.x-i.width,y:d};break;default:p={x:r.x,y:r.y}}let m=tc(t);return m&&(p[o]+=f*(m===`end`?1:-1)*(n&&l?-1:1)),p}async function bc(e,t){t===void 0&&(t={});let{x:n,y:r,platform:i,rects:a,elements:o,strategy:s}=e,{boundary:c=`clippingAncestors`,rootBoundary:l=`viewport`,elementContext:u=`floating`,altBoundary:d=!1,padding:f=0}=$s(t,e),p=_c(f),m=o[d?u===`floating`?`reference`:`floating`:u],h=vc(await i.getClippingRect({element:await(i.isElement==null?void 0:i.isElement(m))??!0?m:m.contextElement||await(i.getDocumentElement==null?void 0:i.getDocumentElement(o.floating)),boundary:c,rootBoundary:l,strategy:s})),g=u===`floating`?{x:n,y:r,width:a.floating.width,height:a.floating.height}:a.reference,_=await(i.getOffsetParent==null?void 0:i.getOffsetParent(o.floating)),v=await(i.isElement==null?void 0:i.isElement(_))&&await(i.getScale==null?void 0:i.getScale(_))||{x:1,y:1},y=vc(i.convertOffsetParentRelativeRectToViewportRelativeRect?await i.convertOffsetParentRelativeRectToViewportRelativeRect({elements:o,rect:g,offsetParent:_,strategy:s}):g);return{top:(h.top-y.top+p.top)/v.y,bottom:(y.bottom-h.bottom+p.bottom)/v.y,left:(h.left-y.left+p.left)/v.x,right:(y.right-h.right+p.right)/v.x}}var xc=50,Sc=async(e,t,n)=>{let{placement:r=`bottom`,strategy:i=`absolute`,middleware:a=[],platform:o}=n,s=o.detectOverflow?o:{...o,detectOverflow:bc},c=await(o.isRTL==null?void 0:o.isRTL(t)),l=await o.getElementRects({reference:e,floating:t,strategy:i}),{x:u,y:d}=yc(l,r,c),f=r,p=0,m={};for(let n=0;n<a.length;n++){let h=a[n];if(!h)continue;let{name:g,fn:_}=h,{x:v,y,data:b,reset:x}=await _({x:u,y:d,initialPlacement:r,placement:f,strategy:i,middlewareData:m,rects:l,platform:s,elements:{reference:e,floating:t}});u=v??u,d=y??d,m[g]={...m[g],...b},x&&p<xc&&(p++,typeof x==`object`&&(x.placement&&(f=x.placement),x.rects&&(l=x.rects===!0?await o.getElementRects({reference:e,floating:t,strategy:i}):x.rects),{x:u,y:d}=yc(l,f,c)),n=-1)}return{x:u,y:d,placement:f,strategy:i,middlewareData:m}},Cc=function(e){return e===void 0&&(e={}),{name:`flip`,options:e,async fn(t){var n;let{placement:r,middlewareData:i,rects:a,initialPlacement:o,platform:s,elements:c}=t,{mainAxis:l=!0,crossAxis:u=!0,fallbackPlacements:d,fallbackStrategy:f=`bestFit`,fallbackAxisSideDirection:p=`none`,flipAlignment:m=!0,...h}=$s(e,t);if((n=i.arrow)!=null&&n.alignmentOffset)return{};let g=ec(r),_=ic(o),v=ec(o)===o,y=await(s.isRTL==null?void 0:s.isRTL(c.floating)),b=d||(v||!m?[hc(o)]:sc(o)),x=p!==`none`;!d&&x&&b.push(...mc(o,m,p,y));let S=[o,...b],C=await s.detectOverflow(t,h),w=[],T=i.flip?.overflows||[];if(l&&w.push(C[g]),u){let e=oc(r,a,y);w.push(C[e[0]],C[e[1]])}if(T=[...T,{placement:r,overflows:w}],!w.every(e=>e<=0)){let e=(i.flip?.index||0)+1,t=S[e];if(t&&(u!==`alignment`||_===ic(t)||T.every(e=>ic(e.placement)!==_||e.overflows[0]>0)))return{data:{index:e,overflows:T},reset:{placement:t}};let n=T.filter(e=>e.overflows[0]<=0).sort((e,t)=>e.overflows[1]-t.overflows[1])[0]?.placement;if(!n)switch(f){case`bestFit`:{let e=T.filter(e=>{if(x){let t=ic(e.placement);return t===_||t===`y`}return!0}).map(e=>[e.placement,e.overflows.filter(e=>e>0).reduce((e,t)=>e+t,0)]).sort((e,t)=>e[1]-t[1])[0]?.[0];e&&(n=e);break}case`initialPlacement`:n=o}if(r!==n)return{reset:{placement:n}}}return{}}}},wc=function(e){return e===void 0&&(e={}),{name:`shift`,options:e,async fn(t){let{x:n,y:r,placement:i,platform:a}=t,{mainAxis:o=!0,crossAxis:s=!1,limiter:c={fn:e=>{let{x:t,y:n}=e;return{x:t,y:n}}},...l}=$s(e,t),u={x:n,y:r},d=await a.detectOverflow(t,l),f=ic(i),p=nc(f),m=u[p],h=u[f],g=(e,t)=>Qs(t+d[e===`y`?`top`:`left`],t,t-d[e===`y`?`bottom`:`right`]);o&&(m=g(p,m)),s&&(h=g(f,h));let _=c.fn({...t,[p]:m,[f]:h});return{..._,data:{x:_.x-n,y:_.y-r,enabled:{[p]:o,[f]:s}}}}}},Tc=function(e){return e===void 0&&(e={}),{name:`size`,options:e,async fn(t){let{placement:n,rects:r,platform:i,elements:a}=t,{apply:o=()=>{},...s}=$s(e,t),c=await i.detectOverflow(t,s),l=ec(n),u=tc(n),d=ic(n)===`y`,{width:f,height:p}=r.floating,m,h;l===`top`||l===`bottom`?(m=l,h=u===(await(i.isRTL==null?void 0:i.isRTL(a.floating))?`start`:`end`)?`left`:`right`):(h=l,m=u===`end`?`top`:`bottom`);let g=p-c.top-c.bottom,_=f-c.left-c.right,v=Ks(p-c[m],g),y=Ks(f-c[h],_),b=t.middlewareData.shift,x=!b,S=v,C=y;b!=null&&b.enabled.x&&(C=_),b!=null&&b.enabled.y&&(S=g),x&&!u&&(d?C=f-2*qs(c.left,c.right):S=p-2*qs(c.top,c.bottom)),await o({...t,availableWidth:C,availableHeight:S});let w=await i.getDimensions(a.floating);return f!==w.width||p!==w.height?{reset:{rects:!0}}:{}}}};function Ec(){return typeof window<`u`}function Dc(e){return Ac(e)?(e.nodeName||``).toLowerCase():`#document`}function Oc(e){var t;return(e==null||(t=e.ownerDocument)==null?void 0:t.defaultView)||window}function kc(e){return((Ac(e)?e.ownerDocument:e.document)||window.document)?.documentElement}function Ac(e){return Ec()?e instanceof Node||e instanceof Oc(e).Node:!1}function jc(e){return Ec()?e instanceof Element||e instanceof Oc(e).Element:!1}function Mc(e){return Ec()?e instanceof HTMLElement||e instanceof Oc(e).HTMLElement:!1}function Nc(e){return!Ec()||typeof ShadowRoot>`u`?!1:e instanceof ShadowRoot||e instanceof Oc(e).ShadowRoot}function Pc(e){let{overflow:t,overflowX:n,overflowY:r,display:i}=Gc(e);return/auto|scroll|overlay|hidden|clip/.test(t+r+n)&&i!==`inline`&&i!==`contents`}function Fc(e){return/^(table|td|th)$/.test(Dc(e))}function Ic(e){try{if(e.matches(`:popover-open`))return!0}catch{}try{return e.matches(`:modal`)}catch{return!1}}var Lc=/transform|translate|scale|rotate|perspective|filter/,Rc=/paint|layout|strict|content/,zc=e=>!!e&&e!==`none`,Bc;function Vc(e){let t=jc(e)?Gc(e):e;return zc(t.transform)||zc(t.translate)||zc(t.scale)||zc(t.rotate)||zc(t.perspective)||!Uc()&&(zc(t.backdropFilter)||zc(t.filter))||Lc.test(t.willChange||``)||Rc.test(t.contain||``)}function Hc(e){let t=qc(e);for(;Mc(t)&&!Wc(t);){if(Vc(t))return t;if(Ic(t))return null;t=qc(t)}return null}function Uc(){return Bc??=typeof CSS<`u`&&CSS.supports&&CSS.supports(`-webkit-backdrop-filter`,`none`),Bc}function Wc(e){return/^(html|body|#document)$/.test(Dc(e))}function Gc(e){return Oc(e).getComputedStyle(e)}function Kc(e){return jc(e)?{scrollLeft:e.scrollLeft,scrollTop:e.scrollTop}:{scrollLeft:e.scrollX,scrollTop:e.scrollY}}function qc(e){if(Dc(e)===`html`)return e;let t=e.assignedSlot||e.parentNode||Nc(e)&&e.host||kc(e);return Nc(t)?t.host:t}function Jc(e){let t=qc(e);return Wc(t)?(e.ownerDocument||e).body:Mc(t)&&Pc(t)?t:Jc(t)}function Yc(e,t,n){t===void 0&&(t=[]),n===void 0&&(n=!0);let r=Jc(e),i=r===e.ownerDocument?.body,a=Oc(r);if(i){let e=Xc(a);return t.concat(a,a.visualViewport||[],Pc(r)?r:[],e&&n?Yc(e):[])}return t.concat(r,Yc(r,[],n))}function Xc(e){return e.parent&&Object.getPrototypeOf(e.parent)?e.frameElement:null}function Zc(e){let t=Gc(e),n=parseFloat(t.width)||0,r=parseFloat(t.height)||0,i=Mc(e),a=i?e.offsetWidth:n,o=i?e.offsetHeight:r,s=Js(n)!==a||Js(r)!==o;return s&&(n=a,r=o),{width:n,height:r,$:s}}function Qc(e){return jc(e)?e:e.contextElement}function $c(e){let t=Qc(e);if(!Mc(t))return Xs(1);let n=t.getBoundingClientRect(),{width:r,height:i,$:a}=Zc(t),o=(a?Js(n.width):n.width)/r,s=(a?Js(n.height):n.height)/i;return o&&Number.isFinite(o)||(o=1),s&&Number.isFinite(s)||(s=1),{x:o,y:s}}var el=Xs(0);function tl(e){let t=Oc(e);return!Uc()||!t.visualViewport?el:{x:t.visualViewport.offsetLeft,y:t.visualViewport.offsetTop}}function nl(e,t,n){return t===void 0&&(t=!1),!!n&&t&&n===Oc(e)}function rl(e,t,n,r){t===void 0&&(t=!1),n===void 0&&(n=!1);let i=e.getBoundingClientRect(),a=Qc(e),o=Xs(1);t&&(r?jc(r)&&(o=$c(r)):o=$c(e));let s=nl(a,n,r)?tl(a):Xs(0),c=(i.left+s.x)/o.x,l=(i.top+s.y)/o.y,u=i.width/o.x,d=i.height/o.y;if(a&&r){let e=Oc(a),t=jc(r)?Oc(r):r,n=e,i=Xc(n);for(;i&&t!==n;){let e=$c(i),t=i.getBoundingClientRect(),r=Gc(i),a=t.left+(i.clientLeft+parseFloat(r.paddingLeft))*e.x,o=t.top+(i.clientTop+parseFloat(r.paddingTop))*e.y;c*=e.x,l*=e.y,u*=e.x,d*=e.y,c+=a,l+=o,n=Oc(i),i=Xc(n)}}return vc({width:u,height:d,x:c,y:l})}function il(e,t){let n=Kc(e).scrollLeft;return t?t.left+n:rl(kc(e)).left+n}function al(e,t){let n=e.getBoundingClientRect();return{x:n.left+t.scrollLeft-il(e,n),y:n.top+t.scrollTop}}function ol(e){let{elements:t,rect:n,offsetParent:r,strategy:i}=e,a=i===`fixed`,o=kc(r),s=t?Ic(t.floating):!1;if(r===o||s&&a)return n;let c={scrollLeft:0,scrollTop:0},l=Xs(1),u=Xs(0),d=Mc(r);if((d||!a)&&((Dc(r)!==`body`||Pc(o))&&(c=Kc(r)),d)){let e=rl(r);l=$c(r),u.x=e.x+r.clientLeft,u.y=e.y+r.clientTop}let f=o&&!d&&!a?al(o,c):Xs(0);return{width:n.width*l.x,height:n.height*l.y,x:n.x*l.x-c.scrollLeft*l.x+u.x+f.x,y:n.y*l.y-c.scrollTop*l.y+u.y+f.y}}function sl(e){return e.getClientRects?Array.from(e.getClientRects()):[]}function cl(e){let t=Kc(e),n=e.ownerDocument.body,r=qs(e.scrollWidth,e.clientWidth,n.scrollWidth,n.clientWidth),i=qs(e.scrollHeight,e.clientHeight,n.scrollHeight,n.clientHeight),a=-t.scrollLeft+il(e),o=-t.scrollTop;return Gc(n).direction===`rtl`&&(a+=qs(e.clientWidth,n.clientWidth)-r),{width:r,height:i,x:a,y:o}}var ll=25;function ul(e,t,n){n===void 0&&(n=`viewport`);let r=n===`layoutViewport`,i=Oc(e),a=kc(e),o=i.visualViewport,s=a.clientWidth,c=a.clientHeight,l=0,u=0;if(o){let e=!Uc()||t===`fixed`;r?e||(l=-o.offsetLeft,u=-o.offsetTop):(s=o.width,c=o.height,e&&(l=o.offsetLeft,u=o.offsetTop))}if(il(a)<=0){let e=a.ownerDocument,t=e.body,n=getComputedStyle(t),r=e.compatMode===`CSS1Compat`&&parseFloat(n.marginLeft)+parseFloat(n.marginRight)||0,i=Math.abs(a.clientWidth-t.clientWidth-r),o=getComputedStyle(a).scrollbarGutter===`stable both-edges`?i/2:i;o<=ll&&(s-=o)}return{width:s,height:c,x:l,y:u}}function dl(e,t){let n=rl(e,!0,t===`fixed`),r=n.top+e.clientTop,i=n.left+e.clientLeft,a=$c(e);return{width:e.clientWidth*a.x,height:e.clientHeight*a.y,x:i*a.x,y:r*a.y}}function fl(e,t,n){let r;if(t===`viewport`||t===`layoutViewport`)r=ul(e,n,t);else if(t===`document`)r=cl(kc(e));else if(jc(t))r=dl(t,n);else{let n=tl(e);r={x:t.x-n.x,y:t.y-n.y,width:t.width,height:t.height}}return vc(r)}function pl(e,t){let n=t.get(e);if(n)return n;let r=Yc(e,[],!1).filter(e=>jc(e)&&Dc(e)!==`body`),i=null,a=Gc(e).position===`fixed`,o=a?qc(e):e;for(;jc(o)&&!Wc(o);){let e=Gc(o),t=Vc(o),n=i?i.position:a?`fixed`:``;!t&&(n===`fixed`||n===`absolute`&&e.position===`static`)?r=r.filter(e=>e!==o):i=e,o=qc(o)}return t.set(e,r),r}function ml(e){let{element:t,boundary:n,rootBoundary:r,strategy:i}=e,a=[...n===`clippingAncestors`?Ic(t)?[]:pl(t,this._c):[].concat(n),r],o=fl(t,a[0],i),s=o.top,c=o.right,l=o.bottom,u=o.left;for(let e=1;e<a.length;e++){let n=fl(t,a[e],i);s=qs(n.top,s),c=Ks(n.right,c),l=Ks(n.bottom,l),u=qs(n.left,u)}return{width:c-u,height:l-s,x:u,y:s}}function hl(e){let{width:t,height:n}=Zc(e);return{width:t,height:n}}function gl(e,t,n){let r=Mc(t),i=kc(t),a=n===`fixed`,o=rl(e,!0,a,t),s={scrollLeft:0,scrollTop:0},c=Xs(0);if((r||!a)&&((Dc(t)!==`body`||Pc(i))&&(s=Kc(t)),r)){let e=rl(t,!0,a,t);c.x=e.x+t.clientLeft,c.y=e.y+t.clientTop}!r&&i&&(c.x=il(i));let l=i&&!r&&!a?al(i,s):Xs(0);return{x:o.left+s.scrollLeft-c.x-l.x,y:o.top+s.scrollTop-c.y-l.y,width:o.width,height:o.height}}function _l(e){return Gc(e).position===`static`}function vl(e,t){if(!Mc(e)||Gc(e).position===`fixed`)return null;if(t)return t(e);let n=e.offsetParent;return kc(e)===n&&(n=n.ownerDocument.body),n}function yl(e,t){let n=Oc(e);if(Ic(e))return n;if(!Mc(e)){let t=qc(e);for(;t&&!Wc(t);){if(jc(t)&&!_l(t))return t;t=qc(t)}return n}let r=vl(e,t);for(;r&&Fc(r)&&_l(r);)r=vl(r,t);return r&&Wc(r)&&_l(r)&&!Vc(r)?n:r||Hc(e)||n}var bl=async function(e){let t=this.getOffsetParent||yl,n=this.getDimensions,r=await n(e.floating);return{reference:gl(e.reference,await t(e.floating),e.strategy),floating:{x:0,y:0,width:r.width,height:r.height}}};function xl(e){return Gc(e).direction===`rtl`}var Sl={convertOffsetParentRelativeRectToViewportRelativeRect:ol,getDocumentElement:kc,getClippingRect:ml,getOffsetParent:yl,getElementRects:bl,getClientRects:sl,getDimensions:hl,getScale:$c,isElement:jc,isRTL:xl};function Cl(e,t){return e.x===t.x&&e.y===t.y&&e.width===t.width&&e.height===t.height}function wl(e,t,n){let r=null,i,a=kc(e);function o(){var e;clearTimeout(i),(e=r)==null||e.disconnect(),r=null}function s(n,c){n===void 0&&(n=!1),c===void 0&&(c=1),o();let l=e.getBoundingClientRect(),{left:u,top:d,width:f,height:p}=l;if(n||t(),!f||!p)return;let m=Ys(d),h=Ys(a.clientWidth-(u+f)),g=Ys(a.clientHeight-(d+p)),_=Ys(u),v={rootMargin:-m+`px `+-h+`px `+-g+`px `+-_+`px`,threshold:qs(0,Ks(1,c))||1},y=!0;function b(t){let n=t[0].intersectionRatio;if(!Cl(l,e.getBoundingClientRect()))return s();if(n!==c){if(!y)return s();n?s(!1,n):i=setTimeout(()=>{s(!1,1e-7)},1e3)}y=!1}try{r=new IntersectionObserver(b,{...v,root:a.ownerDocument})}catch{r=new IntersectionObserver(b,v)}r.observe(e)}let c=Oc(e),l=()=>s(n);return c.addEventListener(`resize`,l),s(!0),()=>{c.removeEventListener(`resize`,l),o()}}function Tl(e,t,n,r){r===void 0&&(r={});let{ancestorScroll:i=!0,ancestorResize:a=!0,elementResize:o=typeof ResizeObserver==`function`,layoutShift:s=typeof IntersectionObserver==`function`,animationFrame:c=!1}=r,l=Qc(e),u=i||a?[...l?Yc(l):[],...t?Yc(t):[]]:[];u.forEach(e=>{i&&e.addEventListener(`scroll`,n),a&&e.addEventListener(`resize`,n)});let d=l&&s?wl(l,n,a):null,f=-1,p=null;o&&(p=new ResizeObserver(e=>{let[r]=e;r&&r.target===l&&p&&t&&(p.unobserve(t),cancelAnimationFrame(f),f=requestAnimationFrame(()=>{var e;(e=p)==null||e.observe(t)})),n()}),l&&!c&&p.observe(l),t&&p.observe(t));let m,h=c?rl(e):null;c&&g();function g(){let t=rl(e);h&&!Cl(h,t)&&n(),h=t,m=requestAnimationFrame(g)}return n(),()=>{var e;u.forEach(e=>{i&&e.removeEventListener(`scroll`,n),a&&e.removeEventListener(`resize`,n)}),d?.(),(e=p)==null||e.disconnect(),p=null,c&&cancelAnimationFrame(m)}}var El=wc,Dl=Cc,Ol=Tc,kl=(e,t,n)=>{let r=new Map,i=n??{},a={...Sl,...i.platform,_c:r};return Sc(e,t,{...i,platform:a})},Al=c(m(),1),jl=typeof document<`u`?A.useLayoutEffect:A.useEffect;function Ml(e,t){if(e===t)return!0;if(typeof e!=typeof t)return!1;if(typeof e==`function`&&e.toString()===t.toString())return!0;let n,r,i;if(e&&t&&typeof e==`object`){if(Array.isArray(e)){if(n=e.length,n!==t.length)return!1;for(r=n;r--!==0;)if(!Ml(e[r],t[r]))return!1;return!0}if(i=Object.keys(e),n=i.length,n!==Object.keys(t).length)return!1;for(r=n;r--!==0;)if(!{}.hasOwnProperty.call(t,i[r]))return!1;for(r=n;r--!==0;){let n=i[r];if(!(n===`_owner`&&e.$$typeof)&&!Ml(e[n],t[n]))return!1}return!0}return e!==e&&t!==t}function Nl(e){return typeof window>`u`?1:(e.ownerDocument.defaultView||window).devicePixelRatio||1}function Pl(e,t){let n=Nl(e);return Math.round(t*n)/n}function Fl(e){let t=A.useRef(e);return jl(()=>{t.current=e}),t}function Il(e){e===void 0&&(e={});let{placement:t=`bottom`,strategy:n=`absolute`,middleware:r=[],platform:i,elements:{reference:a,floating:o}={},transform:s=!0,whileElementsMounted:c,open:l}=e,[u,d]=A.useState({x:0,y:0,strategy:n,placement:t,middlewareData:{},isPositioned:!1}),[f,p]=A.useState(r);Ml(f,r)||p(r);let[m,h]=A.useState(null),[g,_]=A.useState(null),v=A.useCallback(e=>{e!==S.current&&(S.current=e,h(e))},[]),y=A.useCallback(e=>{e!==C.current&&(C.current=e,_(e))},[]),b=a||m,x=o||g,S=A.useRef(null),C=A.useRef(null),w=A.useRef(u),T=c!=null,E=Fl(c),D=Fl(i),ee=Fl(l),te=A.useCallback(()=>{if(!S.current||!C.current)return;let e={placement:t,strategy:n,middleware:f};D.current&&(e.platform=D.current),kl(S.current,C.current,e).then(e=>{let t={...e,isPositioned:ee.current!==!1};ne.current&&!Ml(w.current,t)&&(w.current=t,Al.flushSync(()=>{d(t)}))})},[f,t,n,D,ee]);jl(()=>{l===!1&&w.current.isPositioned&&(w.current.isPositioned=!1,d(e=>({...e,isPositioned:!1})))},[l]);let ne=A.useRef(!1);jl(()=>(ne.current=!0,()=>{ne.current=!1}),[]),jl(()=>{if(b&&(S.current=b),x&&(C.current=x),b&&x){if(E.current)return E.current(b,x,te);te()}},[b,x,te,E,T]);let re=A.useMemo(()=>({reference:S,floating:C,setReference:v,setFloating:y}),[v,y]),ie=A.useMemo(()=>({reference:b,floating:x}),[b,x]),ae=A.useMemo(()=>{let e={position:n,left:0,top:0};if(!ie.floating)return e;let t=Pl(ie.floating,u.x),r=Pl(ie.floating,u.y);return s?{...e,transform:`translate(`+t+`px, `+r+`px)`,...Nl(ie.floating)>=1.5&&{willChange:`transform`}}:{position:n,left:t,top:r}},[n,s,ie.floating,u.x,u.y]);return A.useMemo(()=>({...u,update:te,refs:re,elements:ie,floatingStyles:ae}),[u,te,re,ie,ae])}var Ll=(e,t)=>({...El(e),options:[e,t]}),Rl=(e,t)=>({...Dl(e),options:[e,t]}),zl=(e,t)=>({...Ol(e),options:[e,t]}),Bl=function(e){return function(t){return Po(P(P({},bo(t)),{alpha:e}))}},Vl=function(e){return function(t){return t===`0`?`0`:t?e.spacing[t]:``}},Hl=function(e,t){return e?Object.entries(e).map(function(e){var n=e[0],r=e[1];return Wl(Ta,n,r,t)}).join(``):``},Ul={margin:`margin`,mt:`margin-top`,mr:`margin-right`,mb:`margin-bottom`,ml:`margin-left`,padding:`padding`,pt:`padding-top`,pr:`padding-right`,pb:`padding-bottom`,pl:`padding-left`},Wl=function(e,t,n,r){r===void 0&&(r=!1);var i=Vl(e)(n),a=r?`!important`:``;switch(t){case`mx`:return`margin-right: ${i} ${a}; margin-left: ${i} ${a};`;case`my`:return`margin-top: ${i} ${a}; margin-bottom: ${i} ${a};`;case`px`:return`padding-right: ${i} ${a}; padding-left: ${i} ${a};`;case`py`:return`padding-top: ${i} ${a}; padding-bottom: ${i} ${a};`;default:return`${Ul[t]}: ${i} ${a};`}},W=function(e){var t=e.margin,n=e.my,r=e.mx,i=e.mt,a=e.mr,o=e.mb,s=e.ml,c=F(e,[`margin`,`my`,`mx`,`mt`,`mr`,`mb`,`ml`]);return[P(P(P(P(P(P(P({},t!==void 0&&{margin:t}),n!==void 0&&{my:n}),r!==void 0&&{mx:r}),i!==void 0&&{mt:i}),a!==void 0&&{mr:a}),o!==void 0&&{mb:o}),s!==void 0&&{ml:s}),c]},Gl=function(e){return z(Zl||=I([`
  &.fi-button--inverted {
    background: none;
    background-color: `,`;
    border: 1px solid `,`;
    text-shadow: none;

    &:hover {
      background: `,`;
    }

    &:active {
      background: none;
      background-color: `,`;
    }

    &.fi-button--disabled,
    &[disabled],
    &:disabled {
      opacity: 0.41;
      background: none;
      background-color: none;
    }
  }
`],[`
  &.fi-button--inverted {
    background: none;
    background-color: `,`;
    border: 1px solid `,`;
    text-shadow: none;

    &:hover {
      background: `,`;
    }

    &:active {
      background: none;
      background-color: `,`;
    }

    &.fi-button--disabled,
    &[disabled],
    &:disabled {
      opacity: 0.41;
      background: none;
      background-color: none;
    }
  }
`]),e.colors.highlightBase,e.colors.whiteBase,e.gradients.whiteBaseNegative,e.colors.highlightBase)},Kl=function(e){return z(Ql||=I([`
  color: `,`;
  background: none;
  background-color: `,`;
  border: 1px solid `,`;
  text-shadow: none;

  &:hover {
    background: `,`;
  }

  &:active {
    background: none;
    background-color: `,`;
  }

  &.fi-button--disabled,
  &[disabled],
  &:disabled {
    color: `,`;
    text-shadow: none;
    background: none;
    background-color: `,`;
    border-color: `,`;
  }

  .fi-button_loading-icon {
    .fi-icon-component-brand-fill {
      fill: `,`;
    }
  }
`],[`
  color: `,`;
  background: none;
  background-color: `,`;
  border: 1px solid `,`;
  text-shadow: none;

  &:hover {
    background: `,`;
  }

  &:active {
    background: none;
    background-color: `,`;
  }

  &.fi-button--disabled,
  &[disabled],
  &:disabled {
    color: `,`;
    text-shadow: none;
    background: none;
    background-color: `,`;
    border-color: `,`;
  }

  .fi-button_loading-icon {
    .fi-icon-component-brand-fill {
      fill: `,`;
    }
  }
`]),e.colors.highlightBase,e.colors.whiteBase,e.colors.highlightBase,e.gradients.whiteBaseToDepthLight2,e.colors.depthLight2,e.colors.depthBase,e.colors.highlightLight4,e.colors.depthBase,e.colors.depthBase)},ql=function(e){return z($l||=I([`
  &.fi-button--secondary {
    `,`
  }
`],[`
  &.fi-button--secondary {
    `,`
  }
`]),Kl(e))},Jl=function(e){return z(eu||=I([`
  &.fi-button--secondary-noborder {
    `,`
    border: none;
    padding: `,` `,`;
    background-color: transparent;

    &.fi-button--icon-only {
      padding: `,` 12px;
    }

    .fi-button_loading-icon {
      .fi-icon-component-brand-fill {
        fill: `,`;
      }
    }
  }
`],[`
  &.fi-button--secondary-noborder {
    `,`
    border: none;
    padding: `,` `,`;
    background-color: transparent;

    &.fi-button--icon-only {
      padding: `,` 12px;
    }

    .fi-button_loading-icon {
      .fi-icon-component-brand-fill {
        fill: `,`;
      }
    }
  }
`]),Kl(e),e.spacing.insetL,e.spacing.insetXxl,e.spacing.insetS,e.colors.depthBase)},Yl=function(e){return z(tu||=I([`
  &.fi-button--secondary-light {
    color: `,`;
    `,`
    background: `,`;
    padding: `,` `,`;
    border: none;

    &.fi-button--icon-only {
      padding: `,` 12px;
    }

    &:hover {
      background: `,`;
    }

    &:active {
      background: `,`;
    }

    &.fi-button--disabled,
    &[disabled],
    &:disabled {
      color: `,`;
      background: none;
      background-color: `,`;
    }

    .fi-button_loading-icon {
      .fi-icon-component-brand-fill {
        fill: `,`;
      }
    }
  }
`],[`
  &.fi-button--secondary-light {
    color: `,`;
    `,`
    background: `,`;
    padding: `,` `,`;
    border: none;

    &.fi-button--icon-only {
      padding: `,` 12px;
    }

    &:hover {
      background: `,`;
    }

    &:active {
      background: `,`;
    }

    &.fi-button--disabled,
    &[disabled],
    &:disabled {
      color: `,`;
      background: none;
      background-color: `,`;
    }

    .fi-button_loading-icon {
      .fi-icon-component-brand-fill {
        fill: `,`;
      }
    }
  }
`]),e.colors.highlightBase,Kl(e),e.gradients.depthSecondaryToDepthSecondaryDark1,e.spacing.insetL,e.spacing.insetXxl,e.spacing.insetS,e.gradients.highlightLight4ToDepthSecondary,e.gradients.depthLight3ToDepthLight2,e.colors.depthBase,e.colors.depthLight3,e.colors.depthBase)},Xl=function(e,t,n){return z(nu||=I([`
  `,`
  `,`
  `,`
  padding: 9px `,`;
  min-height: 40px;
  color: `,`;
  background: `,`;
  border-radius: `,`;
  text-align: center;
  text-shadow: `,`;
  cursor: pointer;
  border: 1px solid transparent; /* For high contrast mode */

  &:focus {
    position: relative;
    `,` /* For high contrast mode */

    &::after {
      `,`
    }
  }

  &:hover {
    background: `,`;
    outline: 2px solid transparent; /* For high contrast mode */
  }

  &:active {
    background: `,`;
  }

  &.fi-button--disabled,
  &[disabled],
  &:disabled {
    text-shadow: 0 1px 1px `,`;
    background: `,`;
    user-select: none;
    cursor: not-allowed;
  }

  &.fi-button--disabled:not([aria-disabled='true'])::after {
    border: none;
    box-shadow: none;
  }

  &.fi-button--fullwidth {
    display: block;
    width: 100%;
  }

  `,`
  `,`
  `,`

  `,`
  
  & > .fi-button_icon > .fi-icon {
    width: 16px;
    height: 16px;
    margin-right: `,`;
    vertical-align: middle;
    transform: translateY(-0.1em);
  }

  & > .fi-button_icon--right > .fi-icon {
    margin-right: 0;
    margin-left: `,`;
  }

  &.fi-button--icon-only {
    padding: `,` 11px;
    & > .fi-button_icon > .fi-icon {
      margin-right: 0;
    }
    & > .fi-button_icon--right > .fi-icon {
      margin-left: 0;
    }
  }

  &.fi-button--disabled > .fi-button_icon {
    cursor: not-allowed;
  }

  .fi-button_loading-icon {
    display: inline-block;
    width: 20px;
    height: 20px;
    margin-right: `,`;
    animation: rotation 1.5s infinite linear;

    .fi-icon-component-brand-fill {
      fill: `,`;
    }
  }

  @keyframes rotation {
    from {
      transform: rotate(0deg);
    }
    to {
      transform: rotate(359deg);
    }
  }
  @media (prefers-reduced-motion) {
    &.fi-loadingSpinner.fi-loadingSpinner--loading {
      .fi-loadingSpinner_icon {
        animation: rotation 10s infinite linear;
      }
    }
  }

  &.fi-button--loading {
    display: flex;
    align-items: center;
  }

  &.fi-button--loading-icon-only {
    .fi-button_loading-icon {
      margin-right: 0;
    }
  }
`],[`
  `,`
  `,`
  `,`
  padding: 9px `,`;
  min-height: 40px;
  color: `,`;
  background: `,`;
  border-radius: `,`;
  text-align: center;
  text-shadow: `,`;
  cursor: pointer;
  border: 1px solid transparent; /* For high contrast mode */

  &:focus {
    position: relative;
    `,` /* For high contrast mode */

    &::after {
      `,`
    }
  }

  &:hover {
    background: `,`;
    outline: 2px solid transparent; /* For high contrast mode */
  }

  &:active {
    background: `,`;
  }

  &.fi-button--disabled,
  &[disabled],
  &:disabled {
    text-shadow: 0 1px 1px `,`;
    background: `,`;
    user-select: none;
    cursor: not-allowed;
  }

  &.fi-button--disabled:not([aria-disabled='true'])::after {
    border: none;
    box-shadow: none;
  }

  &.fi-button--fullwidth {
    display: block;
    width: 100%;
  }

  `,`
  `,`
  `,`

  `,`
  
  & > .fi-button_icon > .fi-icon {
    width: 16px;
    height: 16px;
    margin-right: `,`;
    vertical-align: middle;
    transform: translateY(-0.1em);
  }

  & > .fi-button_icon--right > .fi-icon {
    margin-right: 0;
    margin-left: `,`;
  }

  &.fi-button--icon-only {
    padding: `,` 11px;
    & > .fi-button_icon > .fi-icon {
      margin-right: 0;
    }
    & > .fi-button_icon--right > .fi-icon {
      margin-left: 0;
    }
  }

  &.fi-button--disabled > .fi-button_icon {
    cursor: not-allowed;
  }

  .fi-button_loading-icon {
    display: inline-block;
    width: 20px;
    height: 20px;
    margin-right: `,`;
    animation: rotation 1.5s infinite linear;

    .fi-icon-component-brand-fill {
      fill: `,`;
    }
  }

  @keyframes rotation {
    from {
      transform: rotate(0deg);
    }
    to {
      transform: rotate(359deg);
    }
  }
  @media (prefers-reduced-motion) {
    &.fi-loadingSpinner.fi-loadingSpinner--loading {
      .fi-loadingSpinner_icon {
        animation: rotation 10s infinite linear;
      }
    }
  }

  &.fi-button--loading {
    display: flex;
    align-items: center;
  }

  &.fi-button--loading-icon-only {
    .fi-button_loading-icon {
      margin-right: 0;
    }
  }
`]),Rs(e),Hl(t),Hl(n,!0),e.spacing.insetXxl,e.colors.whiteBase,e.gradients.highlightBaseToHighlightDark1,e.radiuses.basic,e.shadows.invertTextShadow,e.focuses.highContrastFocus,e.focuses.absoluteFocus,e.gradients.highlightLight1ToHighlightBase,e.colors.highlightDark1,Bl(.5)(e.colors.blackBase),e.gradients.depthLight1ToDepthBase,Gl(e),ql(e),Jl(e),Yl(e),e.spacing.insetM,e.spacing.insetM,e.spacing.insetS,e.spacing.insetM,e.colors.whiteBase)},Zl,Ql,$l,eu,tu,nu;function ru(e,t){var n={};for(var r in e)Object.prototype.hasOwnProperty.call(e,r)&&t.indexOf(r)<0&&(n[r]=e[r]);if(e!=null&&typeof Object.getOwnPropertySymbols==`function`)for(var i=0,r=Object.getOwnPropertySymbols(e);i<r.length;i++)t.indexOf(r[i])<0&&Object.prototype.propertyIsEnumerable.call(e,r[i])&&(n[r[i]]=e[r[i]]);return n}var iu={exports:{}};(function(e){(function(){var t={}.hasOwnProperty;function n(){for(var e=[],r=0;r<arguments.length;r++){var i=arguments[r];if(i){var a=typeof i;if(a===`string`||a===`number`)e.push(i);else if(Array.isArray(i)){if(i.length){var o=n.apply(null,i);o&&e.push(o)}}else if(a===`object`){if(i.toString!==Object.prototype.toString&&!i.toString.toString().includes(`[native code]`)){e.push(i.toString());continue}for(var s in i)t.call(i,s)&&i[s]&&e.push(s)}}}return e.join(` `)}e.exports?(n.default=n,e.exports=n):window.classNames=n})()})(iu);var G=iu.exports,au=({color:e,fill:t})=>{let n=t??e??`currentColor`;return z`
    vertical-align: baseline;
    &.fi-icon {
      display: inline-block;
    }
    .fi-icon-base-fill {
      fill: ${n};
    }
    .fi-icon-base-stroke {
      stroke: ${n};
    }
    &.fi-icon--cursor-pointer {
      cursor: pointer;
      & * {
        cursor: inherit;
      }
    }
  `},ou=({highlightColor:e,baseColor:t})=>z`
  vertical-align: baseline;
  &.fi-static-icon {
    display: inline-block;
  }
  &.fi-icon--cursor-pointer {
    cursor: pointer;
    & * {
      cursor: inherit;
    }
  }
  ${!!e&&`.fi-icon-illustrative-highlight-fill {
    fill: ${e};
  }
  .fi-icon-illustrative-highlight-stroke {
    stroke: ${e}
  }
  `}
  ${!!t&&`.fi-icon-illustrative-base-fill {
    fill: ${t};
  }
  .fi-icon-illustrative-base-stroke {
    stroke: ${t}
  }
  `}
`,su=`fi-icon`,cu=`${su}--cursor-pointer`,lu=e=>!!e||e===``,uu=e=>lu(e)?{"aria-label":e,role:`img`}:{"aria-hidden":!0},du=e=>lu(e)?{}:{focusable:!1},fu=e=>A.createElement(`svg`,Object.assign({viewBox:`0 0 20 20`,xmlns:`http://www.w3.org/2000/svg`,width:`1em`,height:`1em`},e),A.createElement(`path`,{d:`M19.447 5.384 8 17.42a1.82 1.82 0 0 1-2.667 0L.552 12.394a2.059 2.059 0 0 1 0-2.805 1.822 1.822 0 0 1 2.666 0l3.449 3.625L16.78 2.581a1.82 1.82 0 0 1 2.666 0 2.053 2.053 0 0 1 0 2.803`,fill:`#222`,fillRule:`evenodd`,className:`fi-icon-base-fill`})),pu=V(e=>{let{className:t,mousePointer:n,ariaLabel:r,color:i,fill:a,baseColor:o,highlightColor:s}=e,c=ru(e,[`className`,`mousePointer`,`ariaLabel`,`color`,`fill`,`baseColor`,`highlightColor`]);return A.createElement(fu,Object.assign({className:G(su,t,{[cu]:!!n})},c,uu(r),du(r)))})`
  ${au}
`,mu=e=>A.createElement(pu,Object.assign({},e));mu.displayName=`Icon`;var hu=e=>A.createElement(`svg`,Object.assign({viewBox:`0 0 24 24`,xmlns:`http://www.w3.org/2000/svg`,width:`1em`,height:`1em`},e),A.createElement(`path`,{d:`M12 0c6.617 0 12 5.383 12 12s-5.383 12-12 12S0 18.617 0 12 5.383 0 12 0Zm5.65 8.24a1 1 0 0 0-1.41.11l-5.296 6.18-2.237-2.237a1 1 0 1 0-1.414 1.414l3 3a1 1 0 0 0 1.466-.056l6-7a1 1 0 0 0-.108-1.41Z`,fill:`#222`,fillRule:`evenodd`,className:`fi-icon-base-fill`})),gu=V(e=>{let{className:t,mousePointer:n,ariaLabel:r,color:i,fill:a,baseColor:o,highlightColor:s}=e,c=ru(e,[`className`,`mousePointer`,`ariaLabel`,`color`,`fill`,`baseColor`,`highlightColor`]);return A.createElement(hu,Object.assign({className:G(su,t,{[cu]:!!n})},c,uu(r),du(r)))})`
  ${au}
`,_u=e=>A.createElement(gu,Object.assign({},e));_u.displayName=`Icon`;var vu=e=>A.createElement(`svg`,Object.assign({viewBox:`0 0 24 24`,xmlns:`http://www.w3.org/2000/svg`,width:`1em`,height:`1em`},e),A.createElement(`path`,{d:`M12 0c6.617 0 12 5.383 12 12s-5.383 12-12 12S0 18.617 0 12 5.383 0 12 0Zm.71 17.29c-.38-.37-1.05-.37-1.42 0-.181.19-.29.44-.29.71 0 .26.109.52.29.71.189.18.45.29.71.29.26 0 .52-.11.71-.29.18-.19.29-.45.29-.71 0-.27-.11-.52-.29-.71ZM12 5a1 1 0 0 0-1 1v8a1 1 0 1 0 2 0V6a1 1 0 0 0-1-1Z`,fill:`#222`,fillRule:`evenodd`,className:`fi-icon-base-fill`})),yu=V(e=>{let{className:t,mousePointer:n,ariaLabel:r,color:i,fill:a,baseColor:o,highlightColor:s}=e,c=ru(e,[`className`,`mousePointer`,`ariaLabel`,`color`,`fill`,`baseColor`,`highlightColor`]);return A.createElement(vu,Object.assign({className:G(su,t,{[cu]:!!n})},c,uu(r),du(r)))})`
  ${au}
`,bu=e=>A.createElement(yu,Object.assign({},e));bu.displayName=`Icon`;var xu=e=>A.createElement(`svg`,Object.assign({viewBox:`0 0 24 24`,xmlns:`http://www.w3.org/2000/svg`,width:`1em`,height:`1em`},e),A.createElement(`path`,{d:`M12 0c6.617 0 12 5.383 12 12s-5.383 12-12 12S0 18.617 0 12 5.383 0 12 0Zm0 2C6.486 2 2 6.486 2 12s4.486 10 10 10 10-4.486 10-10S17.514 2 12 2Zm.71 15.29c.18.19.29.44.29.71 0 .26-.11.52-.29.71-.19.18-.45.29-.71.29-.26 0-.521-.11-.71-.29-.181-.19-.29-.45-.29-.71 0-.27.109-.52.29-.71.37-.37 1.04-.37 1.42 0ZM12 5a1 1 0 0 1 1 1v8a1 1 0 1 1-2 0V6a1 1 0 0 1 1-1Z`,fill:`#222`,fillRule:`evenodd`,className:`fi-icon-base-fill`})),Su=V(e=>{let{className:t,mousePointer:n,ariaLabel:r,color:i,fill:a,baseColor:o,highlightColor:s}=e,c=ru(e,[`className`,`mousePointer`,`ariaLabel`,`color`,`fill`,`baseColor`,`highlightColor`]);return A.createElement(xu,Object.assign({className:G(su,t,{[cu]:!!n})},c,uu(r),du(r)))})`
  ${au}
`,Cu=e=>A.createElement(Su,Object.assign({},e));Cu.displayName=`Icon`;var wu=e=>A.createElement(`svg`,Object.assign({viewBox:`0 0 24 24`,xmlns:`http://www.w3.org/2000/svg`,width:`1em`,height:`1em`},e),A.createElement(`path`,{d:`m12.876 1.48 10.915 19.844a1 1 0 0 1-.771 1.637H1a1 1 0 0 1-.876-1.482l11-20c.35-.639 1.401-.639 1.752 0ZM12 4.035 2.691 20.961h18.617L12 4.036Zm.712 13.215c.18.19.29.45.29.71a1.009 1.009 0 0 1-1 1c-.27 0-.52-.11-.71-.29-.19-.19-.29-.45-.29-.71 0-.26.1-.52.29-.71.37-.37 1.05-.37 1.42 0ZM12 8.961a1 1 0 0 1 1 1v5a1 1 0 0 1-2 0v-5a1 1 0 0 1 1-1Z`,fill:`#222`,fillRule:`evenodd`,className:`fi-icon-base-fill`})),Tu=V(e=>{let{className:t,mousePointer:n,ariaLabel:r,color:i,fill:a,baseColor:o,highlightColor:s}=e,c=ru(e,[`className`,`mousePointer`,`ariaLabel`,`color`,`fill`,`baseColor`,`highlightColor`]);return A.createElement(wu,Object.assign({className:G(su,t,{[cu]:!!n})},c,uu(r),du(r)))})`
  ${au}
`,Eu=e=>A.createElement(Tu,Object.assign({},e));Eu.displayName=`Icon`;var Du=e=>A.createElement(`svg`,Object.assign({viewBox:`0 0 40 40`,width:`1em`,height:`1em`},e),A.createElement(`path`,{d:`M20 0v3C10.611 3 3 10.611 3 20s7.611 17 17 17c9.28 0 16.825-7.437 16.997-16.677L37 20h3c0 11.046-8.954 20-20 20S0 31.046 0 20C0 9.07 8.769.187 19.656.003L20 0Z`,fill:`#00347A`,className:`fi-icon-component-brand-fill`})),Ou=V(e=>{let{className:t,mousePointer:n,ariaLabel:r,color:i,fill:a,baseColor:o,highlightColor:s}=e,c=ru(e,[`className`,`mousePointer`,`ariaLabel`,`color`,`fill`,`baseColor`,`highlightColor`]);return A.createElement(Du,Object.assign({className:G(su,t,{[cu]:!!n})},c,uu(r),du(r)))})`
  ${ou}
`,ku=e=>A.createElement(Ou,Object.assign({},e));ku.displayName=`Icon`;var K=c(oa()),Au=`fi-visually-hidden`,ju=V(function(e){var t=e.forwardedRef,n=F(e,[`forwardedRef`]);return A.createElement(xs,P({forwardedRef:t},n))}).withConfig({componentId:`sc-1s98eq1-0`})(Nu||=I([`
  position: absolute;
  clip: rect(0 0 0 0);
  height: 1px;
  width: 1px;
  margin: -1px;
  padding: 0;
  border: 0;
  overflow: hidden;
`],[`
  position: absolute;
  clip: rect(0 0 0 0);
  height: 1px;
  width: 1px;
  margin: -1px;
  padding: 0;
  border: 0;
  overflow: hidden;
`])),Mu=(0,A.forwardRef)(function(e,t){var n=e.className,r=F(e,[`className`]);return A.createElement(ju,P({forwardedRef:t},r,{className:(0,K.default)(Au,n)}))});Mu.displayName=`VisuallyHidden`;var Nu,Pu=`fi-button`,Fu=`${Pu}--disabled`,Iu=`${Pu}_icon`,Lu=`${Pu}--icon-only`,Ru=`${Pu}_icon--right`,zu=`${Pu}--fullwidth`,Bu=`${Pu}--loading`,Vu=`${Pu}--loading-icon-only`,Hu=`${Pu}_loading-icon`,Uu=function(e){on(t,e);function t(){return e!==null&&e.apply(this,arguments)||this}return t.prototype.render=function(){var e,t=this.props,n=t.fullWidth,r=t.variant,i=r===void 0?`default`:r,a=t.className,o=t.loading,s=t.ariaLoadingText,c=t.disabled,l=t.onClick,u=t[`aria-disabled`],d=u===void 0?o||!1:u,f=t.icon,p=t.iconRight,m=t.forwardedRef,h=t.children,g=t.style,_=W(F(t,[`fullWidth`,`variant`,`className`,`loading`,`ariaLoadingText`,`disabled`,`onClick`,`aria-disabled`,`icon`,`iconRight`,`forwardedRef`,`children`,`style`]))[1],v=c||d?null:{onClick:l};return A.createElement(A.Fragment,null,A.createElement(Mu,{"aria-live":`polite`},o&&s),A.createElement(Vo,P({},_,v,c?{}:{tabIndex:0},{"aria-disabled":!!d||!!c,forwardedRef:m,disabled:!!c,className:(0,K.default)(Pu,a,(e={},e[Fu]=!!c||!!d,e[`${Pu}--inverted`]=i===`inverted`,e[`${Pu}--secondary`]=i===`secondary`,e[`${Pu}--secondary-noborder`]=i===`secondaryNoBorder`,e[`${Pu}--secondary-light`]=i===`secondaryLight`,e[zu]=n,e[Lu]=(!!f||!!p)&&!h,e[Bu]=o,e[Vu]=o&&!h,e)),style:g}),o&&A.createElement(ku,{className:Hu}),!!f&&!o&&A.createElement(xs,{className:Iu},f),h,!!p&&!o&&A.createElement(xs,{className:(0,K.default)(Iu,Ru)},p)))},t}(A.Component),Wu=V(function(e){e.theme,e.globalMargins;var t=F(e,[`theme`,`globalMargins`]);return A.createElement(Uu,P({},t))}).withConfig({componentId:`sc-1ykxrn9-0`})(Ku||=I([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme,n=e.globalMargins,r=W(F(e,[`theme`,`globalMargins`]))[0];return Xl(t,fa(n.button,r),r)}),Gu=(0,A.forwardRef)(function(e,t){return A.createElement(Da,null,function(n){var r=n.margins;return A.createElement(Ea,null,function(n){var i=n.suomifiTheme;return A.createElement(Wu,P({theme:i,forwardedRef:t,globalMargins:r},e))})})});Gu.displayName=`Button`;var Ku,qu=function(e,t){var n,r=t.filter(function(e){return!!e});if(r.length>0){var i=r.join(` `).trim();return n={},n[e]=i,n}return{}},Ju=function(e,t,n){return z(Yu||=I(`
  &.fi-inline-alert {
    ,
    ,
    ,
  ,
    width: 100%;
    padding: 5px 0px 4px 0px;
    border: 1px solid;

    & .fi-inline-alert_style-wrapper {
      display: flex;
      align-items: flex-start;
    }

    & .fi-inline-alert_icon {
      margin-left: ,;
      margin-top: ,;
      min-height: 24px;
      min-width: 24px;
      height: 24px;
      width: 24px;
    }

    & .fi-inline-alert_text-content-wrapper {
      display: flex;
      flex-direction: column;
      width: 100%;
      padding: 0 ,;
      margin: , 0;

      & .fi-inline-alert_label {
        ,
        margin-bottom: ,;
      }

      & .fi-inline-alert_content {
        ,
        vertical-align: middle;
      }
    }

    &.fi-inline-alert--neutral {
      background-color: ,;
      border-color: ,;
      border-left: 4px solid ,;

      & .fi-inline-alert_text-content-wrapper {
        padding-left: ,;
      }
    }

    &.fi-inline-alert--error {
      background-color: ,;
      border-color: ,;
      border-left: 4px solid ,;

      & .fi-inline-alert_icon--error {
        & .fi-icon-base-fill {
          fill: ,;
        }
      }
    }

    &.fi-inline-alert--warning {
      background-color: ,;
      border-color: ,;
      border-left: 4px solid ,;

      & .fi-inline-alert_icon--warning {
        & .fi-icon-base-fill {
          fill: ,;
        }
      }
    }

    &.fi-inline-alert--small-screen {
      & .fi-inline-alert_icon {
        margin-left: ,;
      }
      & .fi-inline-alert_text-content-wrapper {
        padding: 0 , 0 ,;
      }
    }
  }
`.split(`,`),`
  &.fi-inline-alert {
    ,
    ,
    ,
  ,
    width: 100%;
    padding: 5px 0px 4px 0px;
    border: 1px solid;

    & .fi-inline-alert_style-wrapper {
      display: flex;
      align-items: flex-start;
    }

    & .fi-inline-alert_icon {
      margin-left: ,;
      margin-top: ,;
      min-height: 24px;
      min-width: 24px;
      height: 24px;
      width: 24px;
    }

    & .fi-inline-alert_text-content-wrapper {
      display: flex;
      flex-direction: column;
      width: 100%;
      padding: 0 ,;
      margin: , 0;

      & .fi-inline-alert_label {
        ,
        margin-bottom: ,;
      }

      & .fi-inline-alert_content {
        ,
        vertical-align: middle;
      }
    }

    &.fi-inline-alert--neutral {
      background-color: ,;
      border-color: ,;
      border-left: 4px solid ,;

      & .fi-inline-alert_text-content-wrapper {
        padding-left: ,;
      }
    }

    &.fi-inline-alert--error {
      background-color: ,;
      border-color: ,;
      border-left: 4px solid ,;

      & .fi-inline-alert_icon--error {
        & .fi-icon-base-fill {
          fill: ,;
        }
      }
    }

    &.fi-inline-alert--warning {
      background-color: ,;
      border-color: ,;
      border-left: 4px solid ,;

      & .fi-inline-alert_icon--warning {
        & .fi-icon-base-fill {
          fill: ,;
        }
      }
    }

    &.fi-inline-alert--small-screen {
      & .fi-inline-alert_icon {
        margin-left: ,;
      }
      & .fi-inline-alert_text-content-wrapper {
        padding: 0 , 0 ,;
      }
    }
  }
`.split(`,`)),Ns(e),U(e)(`bodyTextSmall`),Hl(t),Hl(n,!0),e.spacing.m,e.spacing.insetXl,e.spacing.s,e.spacing.s,U(e)(`bodySemiBold`),e.spacing.xxs,U(e)(`bodyTextSmall`),e.colors.infoLight1,zo(.8,e.colors.infoBase),e.colors.infoBase,e.spacing.m,e.colors.alertLight1,zo(.8,e.colors.alertBase),e.colors.alertBase,e.colors.blackBase,e.colors.warningLight1,zo(.8,e.colors.warningBase),e.colors.warningBase,e.colors.blackBase,e.spacing.s,e.spacing.xs,e.spacing.xs)},Yu,Xu=`fi-inline-alert`,Zu={styleWrapper:`${Xu}_style-wrapper`,content:`${Xu}_content`,label:`${Xu}_label`,textContentWrapper:`${Xu}_text-content-wrapper`,icon:`${Xu}_icon`,smallScreen:`${Xu}--small-screen`},Qu=function(e){on(t,e);function t(){return e!==null&&e.apply(this,arguments)||this}return t.prototype.render=function(){var e,t,n,r=this.props,i=r.className,a=r.status,o=a===void 0?`neutral`:a,s=r.labelText,c=r.children,l=r.smallScreen,u=r.id;r.forwardedRef;var d=W(F(r,[`className`,`status`,`labelText`,`children`,`smallScreen`,`id`,`forwardedRef`]))[1];return A.createElement(Go,P({asProp:`section`},d,{className:(0,K.default)(Xu,i,(e={},e[`${Xu}--${o}`]=!!o,e[Zu.smallScreen]=!!l,e)),style:P({},d?.style)}),A.createElement(Wo,{className:Zu.styleWrapper},o===`warning`&&A.createElement(Eu,{className:(0,K.default)(Zu.icon,(t={},t[`${Zu.icon}--${o}`]=!!o,t))}),o===`error`&&A.createElement(Cu,{className:(0,K.default)(Zu.icon,(n={},n[`${Zu.icon}--${o}`]=!!o,n))}),A.createElement(Wo,{className:Zu.textContentWrapper,id:u},s&&A.createElement(Wo,{className:Zu.label},s),A.createElement(Wo,{className:Zu.content},c))))},t}(A.Component),q=V(function(e){e.theme,e.globalMargins;var t=F(e,[`theme`,`globalMargins`]);return A.createElement(Qu,P({},t))}).withConfig({componentId:`sc-oiv9xc-0`})(Y||=I([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme,n=e.globalMargins,r=W(F(e,[`theme`,`globalMargins`]))[0];return Ju(t,fa(n.inlineAlert,r),r)}),J=(0,A.forwardRef)(function(e,t){var n=e.id,r=F(e,[`id`]);return A.createElement(Da,null,function(e){var i=e.margins;return A.createElement(Ea,null,function(e){var a=e.suomifiTheme;return A.createElement(ba,{id:n},function(e){return A.createElement(q,P({forwardedRef:t,theme:a,globalMargins:i,id:e},r))})})})});J.displayName=`InlineAlert`;var Y,X=function(e,t,n,r){return z(Z||=I([`
  `,`
  `,`
  `,`
  `,`
  color: `,`;

  &.fi-heading {
    &--h1hero {
      `,`
    }
    &--h1 {
      `,`
    }
    &--h2 {
      `,`
    }
    &--h3 {
      `,`
    }
    &--h4 {
      `,`
    }
    &--h5 {
      `,`
    }
    &--h6 {
      `,`
    }
    &--small-screen {
      `,`
      &.fi-heading {
        &--h1hero {
          `,`
        }
        &--h1 {
          `,`
        }
        &--h2 {
          `,`
        }
        &--h3 {
          `,`
        }
        &--h4 {
          `,`
        }
        &--h5 {
          `,`
        }
        &--h6 {
          `,`
        }
      }
    }
  }
`],[`
  `,`
  `,`
  `,`
  `,`
  color: `,`;

  &.fi-heading {
    &--h1hero {
      `,`
    }
    &--h1 {
      `,`
    }
    &--h2 {
      `,`
    }
    &--h3 {
      `,`
    }
    &--h4 {
      `,`
    }
    &--h5 {
      `,`
    }
    &--h6 {
      `,`
    }
    &--small-screen {
      `,`
      &.fi-heading {
        &--h1hero {
          `,`
        }
        &--h1 {
          `,`
        }
        &--h2 {
          `,`
        }
        &--h3 {
          `,`
        }
        &--h4 {
          `,`
        }
        &--h5 {
          `,`
        }
        &--h6 {
          `,`
        }
      }
    }
  }
`]),Ns(e),U(e)(`bodyText`),Hl(n),Hl(r,!0),t&&t in e.colors?e.colors[t]:e.colors.blackBase,U(e)(`heading1Hero`),U(e)(`heading1`),U(e)(`heading2`),U(e)(`heading3`),U(e)(`heading4`),U(e)(`heading5`),U(e)(`heading5`),U(e)(`heading1SmallScreen`),U(e)(`heading1HeroSmallScreen`),U(e)(`heading1SmallScreen`),U(e)(`heading2SmallScreen`),U(e)(`heading3SmallScreen`),U(e)(`heading4SmallScreen`),U(e)(`heading5SmallScreen`),U(e)(`heading5SmallScreen`))},Z,$u=`fi-heading`,ed=`${$u}--small-screen`,td=function(e){return e===`h1hero`?`h1`:e},nd=V(function(e){var t,n=e.smallScreen,r=e.className;e.globalMargins,e.theme;var i=e.variant;e.color;var a=e.asProp,o=W(F(e,[`smallScreen`,`className`,`globalMargins`,`theme`,`variant`,`color`,`asProp`]))[1];return A.createElement(ts,P({},o,{className:(0,K.default)($u,r,[`${$u}--${i}`],(t={},t[ed]=n,t)),as:a||td(i),style:P({},o?.style)}))}).withConfig({componentId:`sc-6ha6oi-0`})(id||=I([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme,n=e.color,r=e.globalMargins,i=W(F(e,[`theme`,`color`,`globalMargins`]))[0];return X(t,n,fa(r.heading,i),i)}),rd=(0,A.forwardRef)(function(e,t){var n=e.as,r=e.variant,i=F(e,[`as`,`variant`]);return r?A.createElement(Da,null,function(e){var a=e.margins;return A.createElement(Ea,null,function(e){var o=e.suomifiTheme;return A.createElement(nd,P({theme:o,globalMargins:a,forwardedRef:t,asProp:n},i,{variant:r}))})}):(ca().warn(`Does not contain heading level (variant): ${i.children}`),null)});rd.displayName=`Heading`;var id,ad=function(e){on(t,e);function t(){var t=e!==null&&e.apply(this,arguments)||this;return t.timeout=null,t.debouncer=function(e,n){if(e){if(!t.props.waitFor)e(n);else{t.cancelTimeout();var r=t.props.waitFor;t.timeout=setTimeout(function(){e(n)},r)}}},t.cancelDebounce=function(){t.cancelTimeout()},t}return t.prototype.componentWillUnmount=function(){this.cancelTimeout()},t.prototype.cancelTimeout=function(){this.timeout!==null&&(clearTimeout(this.timeout),this.timeout=null)},t.prototype.render=function(){var e=this.props.children;return e?e(this.debouncer,this.cancelDebounce):null},t}(A.Component),od=function(e,t,n){return z(sd||=I([`
  `,`
  `,`

  &.fi-label {
    & .fi-label_label-span {
      `,`;
      display: inline-block;
      vertical-align: middle;
      color: `,`;

      & .fi-label_optional-text {
        `,`;
      }
      & .fi-tooltip {
        margin-left: `,`;
      }
    }
  }
`],[`
  `,`
  `,`

  &.fi-label {
    & .fi-label_label-span {
      `,`;
      display: inline-block;
      vertical-align: middle;
      color: `,`;

      & .fi-label_optional-text {
        `,`;
      }
      & .fi-tooltip {
        margin-left: `,`;
      }
    }
  }
`]),Hl(t),Hl(n,!0),U(e)(`actionElementInnerTextBold`),e.colors.blackBase,e.typography.bodyTextSmall,e.spacing.insetS)},sd,cd=`fi-label`,ld={labelSpan:`${cd}_label-span`,optionalText:`${cd}_optional-text`},ud=V(function(e){var t=e.className,n=e.contentStyle,r=e.contentClassName;e.theme;var i=e.labelMode,a=i===void 0?`visible`:i,o=e.style,s=e.children,c=e.asProp,l=c===void 0?`label`:c;e.globalMargins;var u=e.optionalText,d=e.tooltipComponent,f=e.forceTooltipRerender,p=f!==void 0&&f,m=W(F(e,[`className`,`contentStyle`,`contentClassName`,`theme`,`labelMode`,`style`,`children`,`asProp`,`globalMargins`,`optionalText`,`tooltipComponent`,`forceTooltipRerender`]))[1],h=A.useRef(null);function g(e){return(0,A.isValidElement)(e)?(0,A.cloneElement)(e,{anchorElement:h.current,key:p?Date.now():null}):null}return A.createElement(Go,{className:(0,K.default)(t,cd),forwardedRef:function(e){h.current=e},style:o},a===`hidden`?A.createElement(Mu,P({asProp:l},m),s,u&&`(${u})`):A.createElement(A.Fragment,null,A.createElement(xs,P({as:l,style:n?P({},n):{}},m,{className:(0,K.default)(ld.labelSpan,r)}),s,u&&A.createElement(xs,{className:ld.optionalText},` (${u})`)),!!d&&g(d)))}).withConfig({componentId:`sc-cooxd2-0`})(fd||=I([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme,n=e.globalMargins,r=W(F(e,[`theme`,`globalMargins`]))[0];return od(t,fa(n.label,r),r)}),dd=function(e){return A.createElement(Da,null,function(t){var n=t.margins;return A.createElement(Ea,null,function(t){var r=t.suomifiTheme;return A.createElement(ud,P({globalMargins:n,theme:r},e))})})};dd.displayName=`Label`;var fd,pd=function(e,t,n){return z(md||=I([`
  `,`;
  color: `,`;
  font-size: 14px;
  line-height: 20px;
  `,`
  `,`;

  &.fi-status-text {
    display: block;
    &.fi-status-text--error {
      color: `,`;
    }
    & .fi-icon {
      vertical-align: middle;
      transform: translateY(-0.1em);
      margin-right: `,`;
    }
    &.fi-status-text--success .fi-icon-base-fill {
      fill: `,`;
    }
  }
`],[`
  `,`;
  color: `,`;
  font-size: 14px;
  line-height: 20px;
  `,`
  `,`;

  &.fi-status-text {
    display: block;
    &.fi-status-text--error {
      color: `,`;
    }
    & .fi-icon {
      vertical-align: middle;
      transform: translateY(-0.1em);
      margin-right: `,`;
    }
    &.fi-status-text--success .fi-icon-base-fill {
      fill: `,`;
    }
  }
`]),U(e)(`bodySemiBoldSmall`),e.colors.blackBase,Hl(t),Hl(n,!0),e.colors.alertBase,e.spacing.xxs,e.colors.successBase)},md,hd=`fi-status-text`,gd={error:`${hd}--error`,success:`${hd}--success`},_d=function(e){if(e===void 0||e==="default")return null;if(e===`error`)return A.createElement(bu,{"aria-hidden":`true`});if(e===`success`)return A.createElement(_u,{"aria-hidden":`true`})},vd=V(function(e){var t,n=e.className;e.globalMargins;var r=e.children,i=e.disabled,a=e.status;e.theme;var o=e.ariaLiveMode,s=o===void 0?`polite`:o,c=W(F(e,[`className`,`globalMargins`,`children`,`disabled`,`status`,`theme`,`ariaLiveMode`]))[1],l=i?{"aria-live":`off`}:{"aria-live":s};return A.createElement(xs,P({},c,l,{className:(0,K.default)(n,hd,(t={},t[gd.error]=a===`error`,t[gd.success]=a===`success`,t)),"aria-atomic":`true`,style:P({},c?.style)}),!!r&&_d(a),r)}).withConfig({componentId:`sc-18fcmym-0`})(bd||=I([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme,n=e.globalMargins,r=W(F(e,[`theme`,`globalMargins`]))[0];return pd(t,fa(n.statusText,r),r)}),yd=(0,A.forwardRef)(function(e,t){var n=e.children,r=F(e,[`children`]);return A.createElement(Da,null,function(e){var i=e.margins;return A.createElement(Ea,null,function(e){var a=e.suomifiTheme;return A.createElement(vd,P({forwardedRef:t,globalMargins:i,theme:a},r),n)})})});yd.displayName=`StatusText`;var bd,xd=function(e,t,n){return z(Sd||=I([`
  color: `,`;
  `,`;
  `,`
  `,`

  &.fi-hint-text {
    display: block;
  }
`],[`
  color: `,`;
  `,`;
  `,`
  `,`

  &.fi-hint-text {
    display: block;
  }
`]),e.colors.blackBase,U(e)(`bodyTextSmall`),Hl(t),Hl(n,!0))},Sd,Cd=`fi-hint-text`,wd=V(function(e){var t=e.className;e.globalMargins,e.theme;var n=e.children,r=W(F(e,[`className`,`globalMargins`,`theme`,`children`]))[1];return A.createElement(xs,P({},r,{className:(0,K.default)(t,Cd,{}),style:P({},r?.style)}),n)}).withConfig({componentId:`sc-ketar6-0`})(Ed||=I([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme,n=e.globalMargins,r=W(F(e,[`theme`,`globalMargins`]))[0];return xd(t,fa(n.hintText,r),r)}),Td=(0,A.forwardRef)(function(e,t){var n=e.children,r=F(e,[`children`]);return n?A.createElement(Da,null,function(e){var i=e.margins;return A.createElement(Ea,null,function(e){var a=e.suomifiTheme;return A.createElement(wd,P({forwardedRef:t,theme:a,globalMargins:i},r),n)})}):null});Td.displayName=`HintText`;var Ed,Dd=function(e,t,n){return z(Od||=I(`
  width: 290px;
  ,
  ,
  line-height: 0;
  ,

  & .fi-text-input_character-counter {
    ,;
    color: ,;
    font-size: 14px;
    line-height: 20px;
    flex: none;
    margin-top: ,;

    &.fi-text-input_character-counter--error {
      color: ,;
      ,;
      font-size: 14px;
      line-height: 20px;
    }
  }

  & .fi-text-input_bottom-wrapper {
    display: flex;
    justify-content: space-between;
  }

  & .fi-text-input_wrapper {
    width: 100%;
    display: inline-block;

    & .fi-text-input_label--visible {
      margin-bottom: ,;
    }

    & .fi-hint-text {
      margin-bottom: ,;
    }

    & .fi-text-input_statusText--has-content {
      margin-top: ,;
    }
  }

  & .fi-text-input_input-element-container {
    ,

    &:focus-within {
      position: relative;
      ,

      &::after {
        ,
      }
    }
  }

  &.fi-text-input--full-width {
    width: 100%;
  }

  & .fi-text-input_input {
    ,
    background-color: ,;
    min-width: 40px;
    width: 100%;
    min-height: 40px;
    padding-left: ,;
    border-color: ,;

    &::placeholder {
      font-style: italic;
      color: ,;
      opacity: 1;
    }
    &::-ms-clear {
      display: none;
      width: 0;
      height: 0;
    }
    &::-ms-reveal {
      display: none;
      width: 0;
      height: 0;
    }
  }

  &.fi-text-input_with-icon {
    & .fi-text-input_input-element-container {
      position: relative;
    }

    & .fi-text-input_input {
      padding-right: ,;
    }

    & .fi-icon {
      position: absolute;
      width: 18px;
      height: 18px;
      top: ,;
      right: ,;
    }
  }

  &.fi-text-input--error {
    & .fi-text-input_input {
      border: 2px solid ,;
      padding-left: 9px;
      padding-top: 7px;
      padding-bottom: 7px;
    }
  }
  &.fi-text-input--success {
    & .fi-text-input_input {
      border: 2px solid ,;
      padding-left: 9px;
      padding-top: 7px;
      padding-bottom: 7px;
    }
  }
  &.fi-text-input--disabled {
    & .fi-text-input_input {
      color: ,;
      background-color: ,;
    }
    & .fi-icon-base-fill {
      fill: ,;
    }
  }
`.split(`,`),`
  width: 290px;
  ,
  ,
  line-height: 0;
  ,

  & .fi-text-input_character-counter {
    ,;
    color: ,;
    font-size: 14px;
    line-height: 20px;
    flex: none;
    margin-top: ,;

    &.fi-text-input_character-counter--error {
      color: ,;
      ,;
      font-size: 14px;
      line-height: 20px;
    }
  }

  & .fi-text-input_bottom-wrapper {
    display: flex;
    justify-content: space-between;
  }

  & .fi-text-input_wrapper {
    width: 100%;
    display: inline-block;

    & .fi-text-input_label--visible {
      margin-bottom: ,;
    }

    & .fi-hint-text {
      margin-bottom: ,;
    }

    & .fi-text-input_statusText--has-content {
      margin-top: ,;
    }
  }

  & .fi-text-input_input-element-container {
    ,

    &:focus-within {
      position: relative;
      ,

      &::after {
        ,
      }
    }
  }

  &.fi-text-input--full-width {
    width: 100%;
  }

  & .fi-text-input_input {
    ,
    background-color: ,;
    min-width: 40px;
    width: 100%;
    min-height: 40px;
    padding-left: ,;
    border-color: ,;

    &::placeholder {
      font-style: italic;
      color: ,;
      opacity: 1;
    }
    &::-ms-clear {
      display: none;
      width: 0;
      height: 0;
    }
    &::-ms-reveal {
      display: none;
      width: 0;
      height: 0;
    }
  }

  &.fi-text-input_with-icon {
    & .fi-text-input_input-element-container {
      position: relative;
    }

    & .fi-text-input_input {
      padding-right: ,;
    }

    & .fi-icon {
      position: absolute;
      width: 18px;
      height: 18px;
      top: ,;
      right: ,;
    }
  }

  &.fi-text-input--error {
    & .fi-text-input_input {
      border: 2px solid ,;
      padding-left: 9px;
      padding-top: 7px;
      padding-bottom: 7px;
    }
  }
  &.fi-text-input--success {
    & .fi-text-input_input {
      border: 2px solid ,;
      padding-left: 9px;
      padding-top: 7px;
      padding-bottom: 7px;
    }
  }
  &.fi-text-input--disabled {
    & .fi-text-input_input {
      color: ,;
      background-color: ,;
    }
    & .fi-icon-base-fill {
      fill: ,;
    }
  }
`.split(`,`)),Hl(t),Hl(n,!0),Ls(),U(e)(`bodyTextSmall`),e.colors.blackBase,e.spacing.xxs,e.colors.alertBase,U(e)(`bodySemiBoldSmall`),e.spacing.xs,e.spacing.xs,e.spacing.xxs,Is(e),e.focuses.highContrastFocus,e.focuses.absoluteFocus,Fs(e),e.colors.whiteBase,e.spacing.insetL,e.colors.depthDark3,e.colors.depthDark2,ao(`${e.spacing.insetXl} * 2 + ${e.spacing.insetM}`),e.spacing.insetL,e.spacing.insetL,e.colors.alertBase,e.colors.successBase,e.colors.depthBase,e.colors.depthLight3,e.colors.depthBase)},Od,kd=`fi-text-input`,Ad={baseClassName:kd,fullWidth:`${kd}--full-width`,disabled:`${kd}--disabled`,error:`${kd}--error`,success:`${kd}--success`,labelIsVisible:`${kd}_label--visible`,icon:`${kd}_with-icon`,inputElementContainer:`${kd}_input-element-container`,inputElement:`${kd}_input`,styleWrapper:`${kd}_wrapper`,statusTextHasContent:`${kd}_statusText--has-content`,bottomWrapper:`${kd}_bottom-wrapper`,characterCounter:`${kd}_character-counter`,characterCounterError:`${kd}_character-counter--error`},jd=function(e){var t,n,r,i,a=(0,A.useState)(0),o=a[0],s=a[1],c=(0,A.useState)(``),l=c[0],u=c[1],d=(0,A.useState)(null),f=d[0],p=d[1],m=(0,A.useState)(!1),h=m[0],g=m[1];(0,A.useEffect)(function(){return g(!0),function(){g(!1)}},[]);var _=e.className,v=e.labelText,y=e.labelMode,b=e.onChange,x=e.style,S=e.optionalText,C=e.status,w=e.statusText,T=e.hintText,E=e.visualPlaceholder,D=e.id,ee=e.type,te=ee===void 0?`text`:ee,ne=e.fullWidth,re=e.icon,ie=e.forwardedRef;e.globalMargins;var ae=e.debounce,oe=e.statusTextAriaLiveMode,se=oe===void 0?`assertive`:oe,ce=e[`aria-describedby`],le=e.tooltipComponent,ue=e.characterLimit,de=e.ariaCharactersRemainingText,fe=e.ariaCharactersExceededText,pe=W(F(e,[`className`,`labelText`,`labelMode`,`onChange`,`style`,`optionalText`,`status`,`statusText`,`hintText`,`visualPlaceholder`,`id`,`type`,`fullWidth`,`icon`,`forwardedRef`,`globalMargins`,`debounce`,`statusTextAriaLiveMode`,`aria-describedby`,`tooltipComponent`,`characterLimit`,`ariaCharactersRemainingText`,`ariaCharactersExceededText`]))[1];(0,A.useEffect)(function(){ue!==void 0&&me.current?.value.length&&s(me.current?.value.length)},[]);var me=(0,A.useRef)(null),he=function(e,t){if(f&&clearTimeout(f),ue!==void 0&&de&&fe){var n=e.target.value.length;s(n),p(setTimeout(function(){h&&u(n<=ue?de(ue-n):fe(n-ue))},1500))}b&&t(b,e.target.value)},ge=ie||null,_e=`${D}-hintText`,ve=`${D}-statusText`;return A.createElement(Wo,{className:(0,K.default)(kd,_,(t={},t[Ad.disabled]=!!pe.disabled,t[Ad.icon]=!!re,t[Ad.error]=C===`error`,t[Ad.success]=C===`success`,t[Ad.fullWidth]=ne,t)),style:x},A.createElement(xs,{className:Ad.styleWrapper},A.createElement(dd,{htmlFor:D,labelMode:y,optionalText:S,className:(0,K.default)((n={},n[Ad.labelIsVisible]=y!==`hidden`,n)),tooltipComponent:le},v),A.createElement(Td,{id:_e},T),A.createElement(Wo,{className:Ad.inputElementContainer},A.createElement(ad,{waitFor:ae},function(e){return A.createElement(as,P({},pe,{id:D,className:Ad.inputElement,type:te,forwardedRef:pa(me,ge),placeholder:E},{"aria-invalid":C===`error`},qu(`aria-describedby`,[w?ve:void 0,T?_e:void 0,ce]),{onChange:function(t){he(t,e)}}))}),re),A.createElement(Wo,{className:Ad.bottomWrapper},A.createElement(yd,{id:ve,className:(0,K.default)((r={},r[Ad.statusTextHasContent]=!!w,r)),status:C,ariaLiveMode:se,disabled:pe.disabled},ue&&A.createElement(Mu,null,l),w),ue&&A.createElement(Wo,{className:(0,K.default)(Ad.characterCounter,(i={},i[Ad.characterCounterError]=o>ue,i))},`${o}/${ue}`))))},Md=V(function(e){e.theme;var t=F(e,[`theme`]);return A.createElement(jd,P({},t))}).withConfig({componentId:`sc-1hi9v5l-0`})(Pd||=I([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme,n=e.globalMargins,r=W(F(e,[`theme`,`globalMargins`]))[0];return Dd(t,fa(n.textInput,r),r)}),Nd=(0,A.forwardRef)(function(e,t){var n=e.id,r=F(e,[`id`]);return A.createElement(Da,null,function(e){var i=e.margins;return A.createElement(Ea,null,function(e){var a=e.suomifiTheme;return A.createElement(ba,{id:n},function(e){return A.createElement(Md,P({theme:a,id:e,forwardedRef:t,globalMargins:i},r))})})})});Nd.displayName=`TextInput`;var Pd,Fd=A.createContext({updatePopover:function(){return null},popoverPlacement:`bottom`}),Id=Fd.Provider,Ld=Fd.Consumer,Rd=function(e){var t=e.placement,n=t===void 0?`bottom`:t,r=e.allowFlip,i=r===void 0||r,a=e.matchWidth,o=a===void 0||a,s=e.children,c=e.sourceRef,l=e.onClickOutside,u=e.portal,d=u===void 0||u,f=e.className,p=F(e,[`placement`,`allowFlip`,`matchWidth`,`children`,`sourceRef`,`onClickOutside`,`portal`,`className`]),m=(0,A.useState)(null),h=m[0],g=m[1],_=(0,A.useState)(null),v=_[0],y=_[1],b=(0,A.useState)(!1),x=b[0],S=b[1],C=(0,A.useRef)(null),w=Il({open:!0,middleware:sn(sn(sn([],i?[Rl()]:[],!0),[Ll()],!1),o?[zl({apply:function(e){var t=e.rects,n=e.elements.floating;n.style.width=`${t.reference.width}px`}})]:[],!0),whileElementsMounted:Tl,placement:n}),T=w.refs,E=w.floatingStyles,D=w.placement,ee=w.update;(0,A.useEffect)(function(){c.current&&T.setReference(c.current)},[T,c]),(0,A.useEffect)(function(){h&&T.setFloating(h)},[T,h]),(0,A.useLayoutEffect)(function(){h&&E.position&&requestAnimationFrame(function(){requestAnimationFrame(function(){S(!0)})})},[h,E.position]);var te=(0,A.useState)(n),ne=te[0],re=te[1];(0,A.useEffect)(function(){re(D)},[D]);var ie=(0,A.useMemo)(function(){return{updatePopover:function(){return ee?.()},popoverPlacement:ne||n}},[ee,ne,n]);return(0,A.useEffect)(function(){var e=function(e){!C.current?.contains(e.target)&&!(c?.current)?.contains(e.target)&&l&&l(e)};return document.addEventListener(`click`,e,{capture:!0}),function(){document.removeEventListener(`click`,e,{capture:!0})}},[l,c]),ua(function(){y(window.document.body)}),d&&!v?null:d&&v?A.createElement(A.Fragment,null,Al.createPortal(A.createElement(`div`,{className:(0,K.default)(`fi-portal`,f),ref:g,style:P(P({},E),{visibility:x?`visible`:`hidden`}),tabIndex:-1,role:`presentation`},A.createElement(Go,P({forwardedRef:C},p),A.createElement(Id,{value:ie},s))),v)):A.createElement(`div`,{className:f,ref:g,style:P(P({},E),{visibility:x?`visible`:`hidden`}),tabIndex:-1,role:`presentation`},A.createElement(Go,P({forwardedRef:C},p),A.createElement(Id,{value:ie},s)))},zd=function(e,t,n){return z(Bd||=I([`
  `,`
  `,`
  `,`

  & .fi-checkbox-group_legend {
    &--with-margin {
      margin-bottom: `,`;
    }
    .fi-hint-text {
      margin-bottom: 0;
    }
  }

  & .fi-checkbox-group_label--with-margin {
    margin-bottom: 10px;
  }

  & .fi-checkbox-group_container {
    & > .fi-checkbox {
      margin-bottom: `,`;

      &:last-child {
        margin-bottom: 0;
      }
    }

    & .fi-checkbox--large {
      margin-top: `,`;
      margin-bottom: `,`;
    }
  }
`],[`
  `,`
  `,`
  `,`

  & .fi-checkbox-group_legend {
    &--with-margin {
      margin-bottom: `,`;
    }
    .fi-hint-text {
      margin-bottom: 0;
    }
  }

  & .fi-checkbox-group_label--with-margin {
    margin-bottom: 10px;
  }

  & .fi-checkbox-group_container {
    & > .fi-checkbox {
      margin-bottom: `,`;

      &:last-child {
        margin-bottom: 0;
      }
    }

    & .fi-checkbox--large {
      margin-top: `,`;
      margin-bottom: `,`;
    }
  }
`]),Ns(e),Hl(t),Hl(n,!0),e.spacing.xs,e.spacing.xs,e.spacing.xxs,e.spacing.s)},Bd,Vd=`fi-checkbox-group`,Hd={legend:`${Vd}_legend`,legendWithMargin:`${Vd}_legend--with-margin`,labelWithMargin:`${Vd}_label--with-margin`,container:`${Vd}_container`,statusTextHasContent:`${Vd}_statusText--has-content`},Ud=A.createContext({}),Wd=Ud.Provider,Gd=Ud.Consumer,Kd=function(e){on(t,e);function t(){return e!==null&&e.apply(this,arguments)||this}return t.prototype.render=function(){var e,t,n,r=this.props,i=r.children,a=r.className;r.theme;var o=r.labelText,s=r.labelMode,c=r.optionalText,l=r.groupHintText,u=r.id,d=r.groupStatus,f=d===void 0?`default`:d,p=r.groupStatusText,m=r.tooltipComponent,h=r.style,g=W(F(r,[`children`,`className`,`theme`,`labelText`,`labelMode`,`optionalText`,`groupHintText`,`id`,`groupStatus`,`groupStatusText`,`tooltipComponent`,`style`]))[1],_=p?`${u}-statusText`:void 0;return A.createElement(Go,P({className:(0,K.default)(Vd,a),id:u},g,{style:h}),A.createElement(Xo,null,A.createElement(ps,{className:(0,K.default)(Hd.legend,(e={},e[Hd.legendWithMargin]=!!l||s!==`hidden`,e))},A.createElement(dd,{htmlFor:u,labelMode:s,optionalText:c,className:(0,K.default)((t={},t[Hd.labelWithMargin]=l&&s!==`hidden`,t)),tooltipComponent:m},o),l&&A.createElement(Td,null,l),p&&A.createElement(Mu,P({},qu(`aria-labelledby`,[_])))),A.createElement(Wo,{className:Hd.container},A.createElement(Wd,{value:{status:f}},i))),A.createElement(yd,{className:(0,K.default)((n={},n[Hd.statusTextHasContent]=!!p,n)),id:_,status:f},p))},t}(A.Component),qd=V(function(e){e.globalMargins;var t=F(e,[`globalMargins`]);return A.createElement(Kd,P({},t))}).withConfig({componentId:`sc-svuo6b-0`})(Yd||=I([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme,n=e.globalMargins,r=W(F(e,[`theme`,`globalMargins`]))[0];return zd(t,fa(n.checkboxGroup,r),r)}),Jd=(0,A.forwardRef)(function(e,t){var n=e.id,r=F(e,[`id`]);return A.createElement(Da,null,function(e){var i=e.margins;return A.createElement(Ea,null,function(e){var a=e.suomifiTheme;return A.createElement(ba,{id:n},function(e){return A.createElement(qd,P({theme:a,id:e,globalMargins:i,forwardedRef:t},r))})})})});Jd.displayName=`CheckboxGroup`;var Yd,Xd=function(e){return z(tf||=I([`
  &.fi-checkbox--checked {
    & .fi-checkbox_label {
      &::before {
        border-color: `,`;
        background-color: `,`;
      }
      & > .fi-checkbox_icon .fi-icon-base-fill {
        fill: `,`;
      }
    }
    &.fi-checkbox--disabled {
      & .fi-checkbox_label {
        &::before {
          border-color: `,`;
          background-color: `,`;
        }
        & > .fi-checkbox_icon .fi-icon-base-fill {
          fill: `,`;
        }
      }
    }
    &.fi-checkbox--error {
      & .fi-checkbox_label {
        &::before {
          border-color: `,`;
          background-color: `,`;
          border-width: 2px;
        }
        & > .fi-checkbox_icon .fi-icon-base-fill {
          fill: `,`;
        }
      }
    }
  }
`],[`
  &.fi-checkbox--checked {
    & .fi-checkbox_label {
      &::before {
        border-color: `,`;
        background-color: `,`;
      }
      & > .fi-checkbox_icon .fi-icon-base-fill {
        fill: `,`;
      }
    }
    &.fi-checkbox--disabled {
      & .fi-checkbox_label {
        &::before {
          border-color: `,`;
          background-color: `,`;
        }
        & > .fi-checkbox_icon .fi-icon-base-fill {
          fill: `,`;
        }
      }
    }
    &.fi-checkbox--error {
      & .fi-checkbox_label {
        &::before {
          border-color: `,`;
          background-color: `,`;
          border-width: 2px;
        }
        & > .fi-checkbox_icon .fi-icon-base-fill {
          fill: `,`;
        }
      }
    }
  }
`]),e.colors.highlightBase,e.colors.highlightBase,e.colors.whiteBase,e.colors.depthLight1,e.colors.depthLight1,e.colors.depthLight3,e.colors.alertBase,e.colors.alertBase,e.colors.whiteBase)},Zd=function(e){return z(nf||=I([`
  &.fi-checkbox--disabled {
    & .fi-checkbox_label {
      cursor: not-allowed;
      color: `,`;
      &::before {
        background-color: `,`;
        border-color: `,`;
        border-width: 1px;
      }
      & > .fi-checkbox_icon .fi-icon-base-fill {
        fill: `,`;
      }
    }
    & .fi-hint-text {
      color: `,`;
    }
    &.fi-checkbox--large {
      & .fi-checkbox_label::before {
        border-width: 2px;
      }
    }
  }
`],[`
  &.fi-checkbox--disabled {
    & .fi-checkbox_label {
      cursor: not-allowed;
      color: `,`;
      &::before {
        background-color: `,`;
        border-color: `,`;
        border-width: 1px;
      }
      & > .fi-checkbox_icon .fi-icon-base-fill {
        fill: `,`;
      }
    }
    & .fi-hint-text {
      color: `,`;
    }
    &.fi-checkbox--large {
      & .fi-checkbox_label::before {
        border-width: 2px;
      }
    }
  }
`]),e.colors.depthBase,e.colors.depthLight3,e.colors.depthLight1,e.colors.depthLight3,e.colors.depthBase)},Qd=function(e){return z(rf||=I([`
  &.fi-checkbox--error {
    & .fi-checkbox_label {
      &::before {
        border-color: `,`;
        border-width: 2px;
      }
      & > .fi-checkbox_icon .fi-icon-base-fill {
        fill: `,`;
      }
    }
  }
`],[`
  &.fi-checkbox--error {
    & .fi-checkbox_label {
      &::before {
        border-color: `,`;
        border-width: 2px;
      }
      & > .fi-checkbox_icon .fi-icon-base-fill {
        fill: `,`;
      }
    }
  }
`]),e.colors.alertBase,e.colors.alertBase)},$d=function(e){return z(af||=I([`
  &.fi-checkbox--large {
    & .fi-checkbox_label {
      padding-left: `,`;
      line-height: 30px;

      &::before {
        content: '';
        position: absolute;
        left: 0px;
        top: 0px;
        box-sizing: border-box;
        height: 30px;
        width: 30px;
        color: `,`;
        border: 2px solid;
      }
      & .fi-checkbox_icon {
        height: 20px;
        width: 20px;
        left: 5px;
        top: 4px;
      }
    }
    & .fi-hint-text {
      padding-left: `,`;
    }

    &:focus-within {
      & .fi-checkbox_label {
        &::after {
          width: 32px;
          height: 32px;
          top: -1px;
          left: -1px;
        }
      }
    }
  }
`],[`
  &.fi-checkbox--large {
    & .fi-checkbox_label {
      padding-left: `,`;
      line-height: 30px;

      &::before {
        content: '';
        position: absolute;
        left: 0px;
        top: 0px;
        box-sizing: border-box;
        height: 30px;
        width: 30px;
        color: `,`;
        border: 2px solid;
      }
      & .fi-checkbox_icon {
        height: 20px;
        width: 20px;
        left: 5px;
        top: 4px;
      }
    }
    & .fi-hint-text {
      padding-left: `,`;
    }

    &:focus-within {
      & .fi-checkbox_label {
        &::after {
          width: 32px;
          height: 32px;
          top: -1px;
          left: -1px;
        }
      }
    }
  }
`]),e.spacing.xxl,e.colors.depthDark3,e.spacing.xxl)},ef=function(e,t,n){return z(of||=I([`
  `,`
  `,`
  `,`
  `,`
  `,`
  
  & .fi-checkbox_label {
    position: relative;
    display: block;
    padding-left: `,`;
    cursor: pointer;
    line-height: 27px;
    min-height: 18px; /* Enable clicking when label text is empty */

    &::before {
      content: '';
      position: absolute;
      left: 0px;
      top: `,`;
      box-sizing: border-box;
      height: 18px;
      width: 18px;
      border: 1px solid `,`;
      border-radius: `,`;
      background-color: `,`;
    }
  }

  & .fi-checkbox_icon {
    position: absolute;
    height: 10px;
    width: 10px;
    left: 4px;
    top: 9px;
  }

  &:focus-within {
    & .fi-checkbox_label {
      /* Modified version of theme.focuses.absoluteFocus */
      &::after {
        content: '';
        position: absolute;
        pointer-events: none;
        top: 4px;
        left: -1px;
        border-radius: 2px;
        background-color: transparent;
        border: 0px solid `,`;
        box-sizing: border-box;
        box-shadow: 0 0 0 2px `,`;
        z-index: 9999;
        width: 20px;
        height: 20px;
        outline: 2px solid transparent; /* For high contrast mode */
      }
    }
  }

  & .fi-checkbox_input {
    position: absolute;
    opacity: 0;
    z-index: -9999;
  }

  & .fi-hint-text {
    padding-left: `,`;
    color: `,`;
  }

  & .fi-status-text {
    line-height: 18px;
    &.fi-checkbox_statusText--has-content {
      margin-top: `,`;
    }
  }

  `,`;
  `,`;
  `,`;
  `,`;
`],[`
  `,`
  `,`
  `,`
  `,`
  `,`
  
  & .fi-checkbox_label {
    position: relative;
    display: block;
    padding-left: `,`;
    cursor: pointer;
    line-height: 27px;
    min-height: 18px; /* Enable clicking when label text is empty */

    &::before {
      content: '';
      position: absolute;
      left: 0px;
      top: `,`;
      box-sizing: border-box;
      height: 18px;
      width: 18px;
      border: 1px solid `,`;
      border-radius: `,`;
      background-color: `,`;
    }
  }

  & .fi-checkbox_icon {
    position: absolute;
    height: 10px;
    width: 10px;
    left: 4px;
    top: 9px;
  }

  &:focus-within {
    & .fi-checkbox_label {
      /* Modified version of theme.focuses.absoluteFocus */
      &::after {
        content: '';
        position: absolute;
        pointer-events: none;
        top: 4px;
        left: -1px;
        border-radius: 2px;
        background-color: transparent;
        border: 0px solid `,`;
        box-sizing: border-box;
        box-shadow: 0 0 0 2px `,`;
        z-index: 9999;
        width: 20px;
        height: 20px;
        outline: 2px solid transparent; /* For high contrast mode */
      }
    }
  }

  & .fi-checkbox_input {
    position: absolute;
    opacity: 0;
    z-index: -9999;
  }

  & .fi-hint-text {
    padding-left: `,`;
    color: `,`;
  }

  & .fi-status-text {
    line-height: 18px;
    &.fi-checkbox_statusText--has-content {
      margin-top: `,`;
    }
  }

  `,`;
  `,`;
  `,`;
  `,`;
`]),Ns(e),U(e)(`bodyTextSmall`),Hl(t),Hl(n,!0),Ls(),e.spacing.l,e.spacing.xxs,e.colors.depthDark3,e.radiuses.basic,e.colors.whiteBase,e.colors.whiteBase,e.colors.accentSecondary,e.spacing.l,e.colors.depthDark1,e.spacing.xxs,$d(e),Xd(e),Qd(e),Zd(e))},tf,nf,rf,af,of,sf=`fi-checkbox`,cf={container:`${sf}_container`,input:`${sf}_input`,label:`${sf}_label`,statusTextHasContent:`${sf}_statusText--has-content`,hintText:`${sf}_hintText`,disabled:`${sf}--disabled`,error:`${sf}--error`,checked:`${sf}--checked`,large:`${sf}--large`,icon:`${sf}_icon`},lf=function(e){on(t,e);function t(){var t=e!==null&&e.apply(this,arguments)||this;return t.state={checkedState:!!t.props.checked||!!t.props.defaultChecked},t.handleClick=function(){var e=t.props,n=e.onClick,r=e.checked,i=t.state.checkedState;r===void 0&&t.setState({checkedState:!i}),n&&n({checkboxState:!i})},t}return t.getDerivedStateFromProps=function(e,t){var n=e.checked;return n!==void 0&&n!==t.checkedState?{checkedState:n}:null},t.prototype.render=function(){var e,t,n=this.props,r=n.id,i=n.className,a=n.disabled,o=a!==void 0&&a,s=n[`aria-label`],c=n[`aria-labelledby`],l=n[`aria-describedby`],u=n.statusTextAriaLiveMode,d=u===void 0?`assertive`:u,f=n.children;n.checked,n.defaultChecked,n.onClick;var p=n.hintText,m=n.status,h=n.statusText,g=n.name,_=n.value,v=n.forwardedRef;n.onClick;var y=n.variant,b=n.style,x=n.labelProps,S=W(F(n,[`id`,`className`,`disabled`,`aria-label`,`aria-labelledby`,`aria-describedby`,`statusTextAriaLiveMode`,`children`,`checked`,`defaultChecked`,`onClick`,`hintText`,`status`,`statusText`,`name`,`value`,`forwardedRef`,`onClick`,`variant`,`style`,`labelProps`]))[1],C=this.state.checkedState;f||ca().error(`Checkbox component should have a label or a child element that acts as one. Add label content or a child element.`),(`name`in this.props&&(typeof g!=`string`||g===``)||`value`in this.props&&(typeof _!=`string`||_===``))&&ca().warn(`Name and value props should have non-empty values if provided.`);var w=h?`${r}-statusText`:void 0,T=p?`${r}-hintText`:void 0;return A.createElement(Wo,{className:(0,K.default)(cf.container,i,sf,(e={},e[cf.error]=m===`error`&&!o,e[cf.checked]=C,e[cf.large]=y===`large`,e[cf.disabled]=!!o,e)),style:b},A.createElement(as,P({type:`checkbox`,disabled:o,id:r},qu(`aria-label`,[s]),qu(`aria-labelledby`,[c]),qu(`aria-describedby`,[w,T,l]),{"aria-invalid":m===`error`,checked:!!C,className:cf.input,onChange:this.handleClick,name:g,forwardedRef:v},_?{value:_}:{},S)),A.createElement(ls,P({htmlFor:r,className:cf.label,id:`${r}-label`},x),!!C&&A.createElement(mu,{className:cf.icon}),f),A.createElement(Td,{id:T},p),A.createElement(yd,{className:(0,K.default)((t={},t[cf.statusTextHasContent]=!!h,t)),id:w,status:m,disabled:o,ariaLiveMode:d},h))},t}(A.Component),uf=V(function(e){e.theme,e.globalMargins;var t=F(e,[`theme`,`globalMargins`]);return A.createElement(lf,P({},t))}).withConfig({componentId:`sc-1lesxnx-0`})(ff||=I([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme,n=e.globalMargins,r=W(F(e,[`theme`,`globalMargins`]))[0];return ef(t,fa(n.checkbox,r),r)}),df=(0,A.forwardRef)(function(e,t){var n=e.id,r=e.status,i=F(e,[`id`,`status`]);return A.createElement(Da,null,function(e){var a=e.margins;return A.createElement(Ea,null,function(e){var o=e.suomifiTheme;return A.createElement(ba,{id:n},function(e){return A.createElement(Gd,null,function(n){var s=n.status;return A.createElement(uf,P({theme:o,id:e,forwardedRef:t,globalMargins:a,status:r||s},i))})})})})});df.displayName=`Checkbox`;var ff,pf=function(e){return z(mf||=I([`
  `,`
  list-style-type: none;
  box-sizing: border-box;
  max-height: 265px;
  background-color: `,`;
  border-width: 0 1px 1px 1px;
  border-style: solid;
  border-color: `,`;
  border-bottom-left-radius: `,`;
  border-bottom-right-radius: `,`;
  margin: 0;
  padding: 4px 0 0 0;

  display: block;
  width: 100%;
  overflow-y: auto;
  overflow-x: hidden;
  &:focus {
    outline: none;
  }

  &[data-floating-ui-placement^='top'] {
    border-width: 1px 1px 0 1px;
    border-bottom-left-radius: 0;
    border-bottom-right-radius: 0;
    border-top-left-radius: `,`;
    border-top-right-radius: `,`;
    padding: 0 0 4px 0;
  }
`],[`
  `,`
  list-style-type: none;
  box-sizing: border-box;
  max-height: 265px;
  background-color: `,`;
  border-width: 0 1px 1px 1px;
  border-style: solid;
  border-color: `,`;
  border-bottom-left-radius: `,`;
  border-bottom-right-radius: `,`;
  margin: 0;
  padding: 4px 0 0 0;

  display: block;
  width: 100%;
  overflow-y: auto;
  overflow-x: hidden;
  &:focus {
    outline: none;
  }

  &[data-floating-ui-placement^='top'] {
    border-width: 1px 1px 0 1px;
    border-bottom-left-radius: 0;
    border-bottom-right-radius: 0;
    border-top-left-radius: `,`;
    border-top-right-radius: `,`;
    padding: 0 0 4px 0;
  }
`]),U(e)(`bodyText`),e.colors.whiteBase,e.colors.depthDark3,e.radiuses.basic,e.radiuses.basic,e.radiuses.basic,e.radiuses.basic)},mf,hf=`fi-select-item-list`,gf=V(function(e){on(t,e);function t(t){var n=e.call(this,t)||this;return n.scrollItemList=function(e){var t=4;if(n.wrapperRef!==null&&n.wrapperRef.current!==null){var r=document.getElementById(e)?.offsetTop||0,i=document.getElementById(e)?.offsetHeight||0;if(r<n.wrapperRef.current.scrollTop)n.wrapperRef.current.scrollTop=r-t;else{var a=r+i;a>n.wrapperRef.current.scrollTop+n.wrapperRef.current.offsetHeight&&(n.wrapperRef.current.scrollTop=a-n.wrapperRef.current.offsetHeight-t)}}},n.wrapperRef=(0,A.createRef)(),n}return t.prototype.componentDidUpdate=function(e){this.props.focusedDescendantId!==e.focusedDescendantId&&this.props.focusedDescendantId&&!this.props.preventScrolling&&this.scrollItemList(this.props.focusedDescendantId)},t.prototype.componentDidMount=function(){this.props.focusedDescendantId&&!this.props.preventScrolling&&this.scrollItemList(this.props.focusedDescendantId)},t.prototype.render=function(){var e=this.props,t=e.className;e.theme;var n=e.forwardedRef,r=e.children,i=e.onBlur,a=e.onKeyDown,o=e.id,s=e.focusedDescendantId;e.preventScrolling;var c=e.popoverPlacement,l=F(e,[`className`,`theme`,`forwardedRef`,`children`,`onBlur`,`onKeyDown`,`id`,`focusedDescendantId`,`preventScrolling`,`popoverPlacement`]);return A.createElement(ks,P({id:o,tabIndex:0,forwardRef:pa(this.wrapperRef,n),className:(0,K.default)(hf,t,{})},l,{role:`listbox`,onBlur:i,onKeyDown:a,"aria-activedescendant":s,"data-floating-ui-placement":c}),r)},t}(A.Component)).withConfig({componentId:`sc-1x4qiwd-0`})(vf||=I([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme;return pf(t)}),_f=(0,A.forwardRef)(function(e,t){return A.createElement(Ea,null,function(n){var r=n.suomifiTheme;return A.createElement(gf,P({theme:r,forwardedRef:t},e))})}),vf,yf=function(e,t,n){return z(bf||=I(`
  width: 290px;
  ,
  ,
  ,
  .fi-dropdown_item-list {
    padding-top: 0;
  }
  &.fi-dropdown {
    display: inline-block;

    .fi-dropdown_label--visible {
      margin-bottom: ,;
    }

    .fi-hint-text {
      margin-bottom: ,;
    }

    .fi-status-text {
      line-height: 1.1rem;
      &.fi-dropdown_statusText--has-content {
        margin-top: ,;
      }
    }

    .fi-dropdown_button {
      ,
      position: relative;
      display: inline-block;
      word-break: break-word;
      width: 100%;
      overflow-wrap: break-word;
      height: 40px;
      padding: 7px 38px 7px 7px;
      border-color: ,;
      text-align: left;
      line-height: 1.5;
      background-color: ,;
      box-shadow: ,;
      cursor: pointer;
      user-select: none;
      white-space: nowrap;

      /* stylelint-disable no-descending-specificity */
      &:focus-visible {
        outline: none;
      }

      &:before {
        content: '';
        position: absolute;
        top: 50%;
        right: 16px;
        margin-top: -3px;
        border-style: solid;
        border-color: , transparent transparent
          transparent;
        border-width: 6px 4px 0 4px;
      }
      &[aria-expanded='true']:before {
        border-color: transparent transparent ,
          transparent;
        border-width: 0 4px 6px 4px;
      }
    }

    .fi-dropdown_display-value {
      width: 100%;
      height: 100%;
      display: inline-block;
      line-height: 1.5;
      overflow: hidden;
    }

    .fi-dropdown_popover {
      ,
      ,
      margin-top: -1px;
      padding: 0;
      box-sizing: border-box;
      font-size: 100%;
      border: 0;
      background-color: ,;
      border-color: ,;
      border-style: solid;
      border-width: 0 1px 1px 1px;
      border-radius: 0px 0px , ,;
      max-height: 265px;
      overflow-y: auto;
      overflow-x: hidden;

      &:focus-within {
        outline: 0;
        box-shadow: none;
      }
    }

    &--full-width {
      width: 100%;
    }

    &--open {
      .fi-dropdown_button {
        border-bottom: 0;
        border-bottom-left-radius: 0;
        border-bottom-right-radius: 0;
        padding-bottom: 8px;

        &[data-floating-ui-placement^='top'] {
          border-bottom: 1px solid ,;
          border-top-left-radius: 0;
          border-top-right-radius: 0;
          border-bottom-left-radius: ,;
          border-bottom-right-radius: ,;
          border-top: 0;
          padding-top: 8px;
          box-shadow: none;
        }
      }
    }

    &--error {
      .fi-dropdown_button {
        border-color: ,;
        border-width: 2px;

        &[data-floating-ui-placement^='top'] {
          border-bottom: 2px solid ,;
        }
      }
    }

    &--italicize {
      .fi-dropdown_button {
        font-style: italic;
        color: ,;
        opacity: 1;
      }
    }

    &--disabled {
      .fi-dropdown_input-wrapper {
        cursor: not-allowed;
        .fi-dropdown_button {
          background-color: ,;
          color: ,;
          opacity: 1;
          pointer-events: none;
          &:before {
            border-color: , transparent transparent
              transparent;
          }
        }
      }
    }

    &:not(.fi-dropdown--open) {
      .fi-dropdown_button {
        &:focus {
          ,
          position: relative;

          &:after {
            ,
          }
        }
      }
    }
  }
`.split(`,`),`
  width: 290px;
  ,
  ,
  ,
  .fi-dropdown_item-list {
    padding-top: 0;
  }
  &.fi-dropdown {
    display: inline-block;

    .fi-dropdown_label--visible {
      margin-bottom: ,;
    }

    .fi-hint-text {
      margin-bottom: ,;
    }

    .fi-status-text {
      line-height: 1.1rem;
      &.fi-dropdown_statusText--has-content {
        margin-top: ,;
      }
    }

    .fi-dropdown_button {
      ,
      position: relative;
      display: inline-block;
      word-break: break-word;
      width: 100%;
      overflow-wrap: break-word;
      height: 40px;
      padding: 7px 38px 7px 7px;
      border-color: ,;
      text-align: left;
      line-height: 1.5;
      background-color: ,;
      box-shadow: ,;
      cursor: pointer;
      user-select: none;
      white-space: nowrap;

      /* stylelint-disable no-descending-specificity */
      &:focus-visible {
        outline: none;
      }

      &:before {
        content: '';
        position: absolute;
        top: 50%;
        right: 16px;
        margin-top: -3px;
        border-style: solid;
        border-color: , transparent transparent
          transparent;
        border-width: 6px 4px 0 4px;
      }
      &[aria-expanded='true']:before {
        border-color: transparent transparent ,
          transparent;
        border-width: 0 4px 6px 4px;
      }
    }

    .fi-dropdown_display-value {
      width: 100%;
      height: 100%;
      display: inline-block;
      line-height: 1.5;
      overflow: hidden;
    }

    .fi-dropdown_popover {
      ,
      ,
      margin-top: -1px;
      padding: 0;
      box-sizing: border-box;
      font-size: 100%;
      border: 0;
      background-color: ,;
      border-color: ,;
      border-style: solid;
      border-width: 0 1px 1px 1px;
      border-radius: 0px 0px , ,;
      max-height: 265px;
      overflow-y: auto;
      overflow-x: hidden;

      &:focus-within {
        outline: 0;
        box-shadow: none;
      }
    }

    &--full-width {
      width: 100%;
    }

    &--open {
      .fi-dropdown_button {
        border-bottom: 0;
        border-bottom-left-radius: 0;
        border-bottom-right-radius: 0;
        padding-bottom: 8px;

        &[data-floating-ui-placement^='top'] {
          border-bottom: 1px solid ,;
          border-top-left-radius: 0;
          border-top-right-radius: 0;
          border-bottom-left-radius: ,;
          border-bottom-right-radius: ,;
          border-top: 0;
          padding-top: 8px;
          box-shadow: none;
        }
      }
    }

    &--error {
      .fi-dropdown_button {
        border-color: ,;
        border-width: 2px;

        &[data-floating-ui-placement^='top'] {
          border-bottom: 2px solid ,;
        }
      }
    }

    &--italicize {
      .fi-dropdown_button {
        font-style: italic;
        color: ,;
        opacity: 1;
      }
    }

    &--disabled {
      .fi-dropdown_input-wrapper {
        cursor: not-allowed;
        .fi-dropdown_button {
          background-color: ,;
          color: ,;
          opacity: 1;
          pointer-events: none;
          &:before {
            border-color: , transparent transparent
              transparent;
          }
        }
      }
    }

    &:not(.fi-dropdown--open) {
      .fi-dropdown_button {
        &:focus {
          ,
          position: relative;

          &:after {
            ,
          }
        }
      }
    }
  }
`.split(`,`)),Hl(t),Hl(n,!0),Ls(),e.spacing.xs,e.spacing.xs,e.spacing.xxs,Fs(e),e.colors.depthDark3,e.colors.whiteBase,e.shadows.actionElementBoxShadow,e.colors.blackBase,e.colors.blackBase,Ns(e),e.typography.actionElementInnerText,e.colors.whiteBase,e.colors.depthDark3,e.radiuses.basic,e.radiuses.basic,e.colors.depthDark3,e.radiuses.basic,e.radiuses.basic,e.colors.alertBase,e.colors.alertBase,e.colors.depthDark2,e.colors.depthLight3,e.colors.depthBase,e.colors.depthBase,e.focuses.highContrastFocus,e.focuses.absoluteFocus)},bf,xf=`fi-dropdown`,Sf={baseClassName:xf,labelIsVisible:`${xf}_label--visible`,inputWrapper:`${xf}_input-wrapper`,button:`${xf}_button`,popover:`${xf}_popover`,itemList:`${xf}_item-list`,item:`${xf}_item`,statusTextHasContent:`${xf}_statusText--has-content`,displayValue:`${xf}_display-value`,open:`${xf}--open`,disabled:`${xf}--disabled`,error:`${xf}--error`,italicize:`${xf}--italicize`,fullWidth:`${xf}--full-width`},Cf=A.createContext({onItemClick:function(){return null},selectedDropdownValue:null,id:``,focusedItemValue:null,noSelectedStyles:!1,onItemTabPress:function(){return null},onItemMouseOver:function(){return null}}),wf=Cf.Provider,Tf=Cf.Consumer,Ef=function(e){on(t,e);function t(n){var r=e.call(this,n)||this;return r.state={selectedValue:`value`in r.props?r.props.value:`defaultValue`in r.props?r.props.defaultValue:void 0,selectedValueNode:t.getSelectedValueNode(`value`in r.props?r.props.value:`defaultValue`in r.props?r.props.defaultValue:void 0,r.props.children),ariaExpanded:!1,showPopover:!1,focusedDescendantId:`value`in r.props&&r.props.value?r.props.value:`defaultValue`in r.props?r.props.defaultValue:r.getFirstItemValue(),preventListScrolling:!1,popoverPlacement:`bottom`},r.handleSpaceAndEnter=function(e,t){var n=r.state,i=n.focusedDescendantId,a=n.showPopover;if(!a){if(r.openPopover(),!i){var o=t();o&&r.setState({focusedDescendantId:o.props.value})}}else if(a&&i){var s=e.find(function(e){return e?.props.value===i});s&&!s.props.disabled&&r.handleItemSelection(s.props.value)}},r.handleKeyDown=function(e){r.setState({preventListScrolling:!1});var t=r.state,n=t.focusedDescendantId,i=t.ariaExpanded,a=t.showPopover,o=Array.isArray(r.props.children)?r.props.children:r.props.children===void 0?void 0:[r.props.children];if(o){var s=o.flat(),c=n?s.findIndex(function(e){return e?.props.value===n}):null,l=function(){return c===null?0:(c+1)%s.length},u=function(){return c!==null&&c!==-1?(c-1+s.length)%s.length:s.length-1},d=function(){return s[l()]},f=function(){return s[u()]};switch(e.key){case`ArrowDown`:if(e.preventDefault(),!a)r.openPopover();else{var p=d();p&&r.setState({focusedDescendantId:p.props.value})}break;case`ArrowUp`:if(e.preventDefault(),!a)r.openPopover();else{var m=f();m&&r.setState({focusedDescendantId:m.props.value})}break;case` `:e.preventDefault(),r.setState({showPopover:!a,ariaExpanded:!i}),r.handleSpaceAndEnter(s,d);break;case`Enter`:e.preventDefault(),r.handleSpaceAndEnter(s,d);break;case`Escape`:a&&(e.stopPropagation(),r.focusToButtonAndClosePopover())}}},r.handleOnBlur=function(){var e=da(r.buttonRef);e&&requestAnimationFrame(function(){var t=r.popoverRef.current?.contains(e.activeElement);if(!t){r.props.onBlur&&r.props.onBlur();var n=r.buttonRef.current?.contains(e.activeElement),i=t||n;i||r.setState({showPopover:i,ariaExpanded:i})}})},r.updatePopoverPlacement=function(e){e&&e!==r.state.popoverPlacement&&requestAnimationFrame(function(){r.componentIsMounted&&r.setState({popoverPlacement:e})})},r.buttonRef=A.createRef(),r.popoverRef=A.createRef(),r}return t.getDerivedStateFromProps=function(e,n){var r=e.value;return`value`in e&&r!==n.selectedValue?{selectedValue:r,selectedValueNode:t.getSelectedValueNode(r,e.children)}:n.selectedValue&&e.children&&t.valueExistsInChildren(n.selectedValue,e.children)?{selectedValue:n.selectedValue,selectedValueNode:t.getSelectedValueNode(n.selectedValue,e.children)}:null},t.getSelectedValueNode=function(e,t){if(e!==void 0&&t!==void 0){if(Array.isArray(t))for(var n=t.flat(),r=0;r<n.length;r+=1){var i=n[r];if(i.props.value===e)return i.props.children}else return t.props.children}},t.valueExistsInChildren=function(e,t){return Array.isArray(t)?t.flat().some(function(t){return t.props.value===e}):t.props.value===e},t.prototype.componentDidMount=function(){this.componentIsMounted=!0},t.prototype.componentWillUnmount=function(){this.componentIsMounted=!1},t.prototype.componentDidUpdate=function(e){this.props.value===void 0&&e.value!==void 0&&this.setState({selectedValue:void 0,selectedValueNode:void 0})},t.prototype.isOutsideClick=function(e){return!!this.buttonRef&&this.buttonRef.current.contains(e.target)},t.prototype.handleItemSelection=function(e){var n=this;this.props.onChange&&this.props.onChange(e),this.setState({selectedValue:e,selectedValueNode:t.getSelectedValueNode(e,this.props.children),focusedDescendantId:e,ariaExpanded:!1}),setTimeout(function(){var e;n.componentIsMounted&&((e=n.buttonRef.current)==null||e.focus(),n.setState({showPopover:!1}))},10)},t.prototype.getFirstItemValue=function(){if(Array.isArray(this.props.children)){var e=this.props.children[0];return Array.isArray(e)?e[0].props.value:e.props.value}return this.props.children?this.props.children.props.value:null},t.prototype.getDisplayValue=function(){return this.props.alwaysShowVisualPlaceholder?this.props.visualPlaceholder:this.state.selectedValueNode??this.props.visualPlaceholder},t.prototype.focusToButtonAndClosePopover=function(){var e;this.setState({ariaExpanded:!1}),(e=this.buttonRef.current)==null||e.focus(),this.setState({showPopover:!1})},t.prototype.openPopover=function(){var e=this;this.setState({showPopover:!0,ariaExpanded:!0}),setTimeout(function(){var t;(t=e.popoverRef.current)==null||t.focus()},200)},t.prototype.render=function(){var e,t,n,r=this,i=this.props,a=i.id,o=i.name,s=i.disabled,c=i.children,l=i.labelText,u=i.labelMode,d=i.forwardedRef,f=i.optionalText,p=i[`aria-labelledby`],m=i.hintText,h=i.status,g=i.statusText,_=i.visualPlaceholder,v=i.alwaysShowVisualPlaceholder,y=i.className;i.onChange,i.onBlur;var b=i.tooltipComponent,x=i.portal,S=x===void 0||x,C=i.popoverClassName,w=i.statusTextAriaLiveMode,T=w===void 0?`assertive`:w,E=i.fullWidth,D=i.style,ee=W(F(i,[`id`,`name`,`disabled`,`children`,`labelText`,`labelMode`,`forwardedRef`,`optionalText`,`aria-labelledby`,`hintText`,`status`,`statusText`,`visualPlaceholder`,`alwaysShowVisualPlaceholder`,`className`,`onChange`,`onBlur`,`tooltipComponent`,`portal`,`popoverClassName`,`statusTextAriaLiveMode`,`fullWidth`,`style`]))[1];if(A.Children.count(c)<1)return ca().warn(`Dropdown '${l}' does not contain items`),null;var te=this.state,ne=te.selectedValue,re=te.ariaExpanded,ie=te.showPopover,ae=te.focusedDescendantId,oe=te.preventListScrolling,se=`${a}-label`,ce=`${a}_button`,le=`${a}-popover`,ue=m?`${a}-hintText`:void 0,de=g?`${a}-statusText`:void 0,fe=`${a}-displayValue`,pe=ae?`${a}-${ae}`:``,me=this.getDisplayValue(),he=_&&!v&&!ne,ge=d||null;return A.createElement(Wo,{className:(0,K.default)(y,xf,(e={},e[Sf.disabled]=!!s,e[Sf.open]=!!ie,e[Sf.error]=h===`error`,e[Sf.italicize]=he,e[Sf.fullWidth]=E,e)),id:a,style:D},A.createElement(dd,{id:se,labelMode:u,optionalText:f,className:(0,K.default)((t={},t[Sf.labelIsVisible]=u!==`hidden`,t)),tooltipComponent:b,onClick:function(){var e;s||(e=r.buttonRef.current)==null||e.focus()}},l),A.createElement(Td,{id:ue},m),A.createElement(Wo,{className:Sf.inputWrapper},A.createElement(Vo,P({"aria-haspopup":`listbox`,tabIndex:s?-1:0,forwardedRef:pa(this.buttonRef,ge),id:ce,className:Sf.button},qu(`aria-labelledby`,[fe,p,se]),qu(`aria-describedby`,[de,ue]),{"aria-controls":le,"aria-expanded":re,onClick:function(){ie?r.focusToButtonAndClosePopover():r.openPopover()},onKeyDown:this.handleKeyDown,onBlur:this.handleOnBlur,"data-floating-ui-placement":this.state.popoverPlacement},ee),A.createElement(xs,{className:Sf.displayValue,id:fe},me),A.createElement(as,{tabIndex:-1,type:`hidden`,name:o,value:ne||``})),A.createElement(yd,{id:de,className:(0,K.default)((n={},n[Sf.statusTextHasContent]=!!g,n)),status:h,disabled:s,ariaLiveMode:T},g),ie&&A.createElement(Rd,{sourceRef:this.buttonRef,onClickOutside:function(e){r.isOutsideClick(e)||r.setState({showPopover:!1,ariaExpanded:!1})},matchWidth:!0,onKeyDown:this.handleKeyDown,portal:S,className:C},A.createElement(Ld,null,function(e){return r.updatePopoverPlacement(e?.popoverPlacement),A.createElement(wf,{value:{onItemClick:function(e){return r.handleItemSelection(e)},selectedDropdownValue:ne,id:a,focusedItemValue:ae,noSelectedStyles:v,onItemTabPress:function(){return r.focusToButtonAndClosePopover()},onItemMouseOver:function(e){return r.setState({preventListScrolling:!0,focusedDescendantId:e})}}},A.createElement(_f,{id:le,ref:r.popoverRef,focusedDescendantId:pe,className:Sf.itemList,onKeyDown:function(e){e.key===`Tab`&&(e.preventDefault(),r.focusToButtonAndClosePopover())},preventScrolling:oe,popoverPlacement:e?.popoverPlacement},c||[]))}))))},t}(A.Component),Df=V(function(e){e.theme,e.globalMargins;var t=F(e,[`theme`,`globalMargins`]);return A.createElement(Ef,P({},t))}).withConfig({componentId:`sc-15kwal2-0`})(Af||=I([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme,n=e.globalMargins,r=W(F(e,[`theme`,`globalMargins`]))[0];return yf(t,fa(n.dropdown,r),r)}),Of=function(e,t){var n=e.id,r=F(e,[`id`]);return A.createElement(Da,null,function(e){var i=e.margins;return A.createElement(Ea,null,function(e){var a=e.suomifiTheme;return A.createElement(ba,{id:n},function(e){return A.createElement(Df,P({theme:a,globalMargins:i,id:e,forwardedRef:t},r))})})})},kf=A.forwardRef(Of);Of.displayName=`Dropdown`;var Af,jf=function(e){return z(Mf||=I([`
  &.fi-dropdown_item {
    `,`
    `,`
    cursor: pointer;
    line-height: 1.5;
    padding: `,`;
    border: 0;
    position: relative;
    &:focus {
      outline: 0;
    }
    &:hover {
      background-color: `,`;
      color: `,`;
    }

    .fi-dropdown_item_icon {
      position: absolute;
      top: 14px;
      right: 10px;
      height: 12px;
      width: 12px;
    }

    &--selected {
      background-color: `,`;
      color: `,`;
    }

    &--hasKeyboardFocus {
      background-color: `,`;
      color: `,`;
    }

    &--noSelectedStyles {
      &.fi-dropdown_item--selected {
        background-color: `,`;
        color: `,`;

        &.fi-dropdown_item--hasKeyboardFocus {
          background-color: `,`;
          color: `,`;
        }
      }
    }

    &--disabled {
      color: `,`;
      cursor: not-allowed;

      &:hover {
        color: `,`;
      }
    }

    @media (forced-colors: active) {
      &--hasKeyboardFocus,
      &:hover {
        background-color: Highlight;
      }
    }
  }
`],[`
  &.fi-dropdown_item {
    `,`
    `,`
    cursor: pointer;
    line-height: 1.5;
    padding: `,`;
    border: 0;
    position: relative;
    &:focus {
      outline: 0;
    }
    &:hover {
      background-color: `,`;
      color: `,`;
    }

    .fi-dropdown_item_icon {
      position: absolute;
      top: 14px;
      right: 10px;
      height: 12px;
      width: 12px;
    }

    &--selected {
      background-color: `,`;
      color: `,`;
    }

    &--hasKeyboardFocus {
      background-color: `,`;
      color: `,`;
    }

    &--noSelectedStyles {
      &.fi-dropdown_item--selected {
        background-color: `,`;
        color: `,`;

        &.fi-dropdown_item--hasKeyboardFocus {
          background-color: `,`;
          color: `,`;
        }
      }
    }

    &--disabled {
      color: `,`;
      cursor: not-allowed;

      &:hover {
        color: `,`;
      }
    }

    @media (forced-colors: active) {
      &--hasKeyboardFocus,
      &:hover {
        background-color: Highlight;
      }
    }
  }
`]),Ns(e),e.typography.actionElementInnerText,e.spacing.insetM,e.colors.highlightBase,e.colors.whiteBase,e.colors.depthSecondaryDark1,e.colors.blackBase,e.colors.highlightBase,e.colors.whiteBase,e.colors.whiteBase,e.colors.blackBase,e.colors.highlightBase,e.colors.whiteBase,e.colors.depthBase,e.colors.depthBase)},Mf,Nf={hasKeyboardFocus:`${Sf.item}--hasKeyboardFocus`,selected:`${Sf.item}--selected`,disabled:`${Sf.item}--disabled`,noSelectedStyles:`${Sf.item}--noSelectedStyles`,icon:`${Sf.item}_icon`},Pf=V(function(e){var t,n=e.children,r=e.className;e.theme;var i=e.consumer,a=e.value,o=e.disabled,s=o!==void 0&&o,c=F(e,[`children`,`className`,`theme`,`consumer`,`value`,`disabled`]),l=i.selectedDropdownValue===a,u=i.focusedItemValue===a,d=`${i.id}-${a}`,f=(0,A.useRef)(null);(0,A.useLayoutEffect)(function(){var e;da(f).activeElement?.id!==d&&u&&((e=f.current)==null||e.focus({preventScroll:!0}))},[i.focusedItemValue]);var p=function(){s||i.onItemClick(a)};return A.createElement(_s,P({className:(0,K.default)(r,Sf.item,(t={},t[Nf.hasKeyboardFocus]=u,t[Nf.selected]=l,t[Nf.disabled]=s,t[Nf.noSelectedStyles]=i.noSelectedStyles,t)),tabIndex:u?0:-1,role:`option`,"aria-disabled":s,"aria-selected":l,id:d,onClick:p,forwardedRef:f,onKeyDown:function(e){e.key===`Tab`&&(e.preventDefault(),i.onItemTabPress())},onMouseOver:function(){i.onItemMouseOver(a)}},c),n,l&&!i.noSelectedStyles&&A.createElement(mu,{className:Nf.icon,"aria-hidden":!0}))}).withConfig({componentId:`sc-1pc651a-0`})(If||=I([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme;return jf(t)}),Ff=function(e){return A.createElement(Ea,null,function(t){var n=t.suomifiTheme;return A.createElement(Tf,null,function(t){return A.createElement(Pf,P({theme:n,consumer:t},e))})})};Ff.displayName=`DropdownItem`;var If,Lf=function(e,t,n){return z(Rf||=I([`
  `,`
  `,`
  `,`
  `,`;
  `,`
  color: `,`;
  width: 290px;

  &.fi-textarea {
    display: flex;
    flex-direction: column;

    & .fi-textarea_bottom-wrapper {
      display: flex;
      justify-content: space-between;
    }

    & .fi-textarea_character-counter {
      `,`;
      color: `,`;
      font-size: 14px;
      line-height: 20px;
      flex: none;
      margin-top: `,`;

      &.fi-textarea_character-counter--error {
        color: `,`;
        `,`;
        font-size: 14px;
        line-height: 20px;
      }
    }

    & .fi-textarea_statusText--has-content {
      margin-top: `,`;
    }

    & .fi-textarea_textarea-element-container {
      &:focus-within {
        `,` /* For high contrast mode */
        position: relative;

        &::after {
          `,`
        }
      }
    }

    & .fi-label {
      margin-bottom: `,`;
    }

    & .fi-hint-text {
      margin-bottom: `,`;
    }

    & .fi-textarea_textarea {
      display: block;
      resize: vertical;
      border-radius: 2px;
      border: 1px solid `,`;
      box-shadow: `,`;
      padding: 8px 14px 13px 10px;
      `,`;
      width: 100%;
      background-color: `,`;

      &:focus {
        outline: none;
      }

      &::placeholder {
        font-style: italic;
        color: `,`;
        opacity: 1;
      }

      &-resize--horizontal {
        resize: horizontal;
      }

      &-resize--both {
        resize: both;
      }

      &-resize--none {
        resize: none;
      }
    }

    & .fi-status-text {
      display: block;
      line-height: 18px;
    }

    &.fi-textarea--disabled {
      color: `,`;
      cursor: not-allowed;

      & .fi-textarea_textarea {
        background-color: `,`;
      }
    }

    &.fi-textarea--error {
      & .fi-textarea_textarea {
        border: 2px solid `,`;
      }
    }
  }

  &.fi-textarea--full-width {
    width: 100%;
  }
`],[`
  `,`
  `,`
  `,`
  `,`;
  `,`
  color: `,`;
  width: 290px;

  &.fi-textarea {
    display: flex;
    flex-direction: column;

    & .fi-textarea_bottom-wrapper {
      display: flex;
      justify-content: space-between;
    }

    & .fi-textarea_character-counter {
      `,`;
      color: `,`;
      font-size: 14px;
      line-height: 20px;
      flex: none;
      margin-top: `,`;

      &.fi-textarea_character-counter--error {
        color: `,`;
        `,`;
        font-size: 14px;
        line-height: 20px;
      }
    }

    & .fi-textarea_statusText--has-content {
      margin-top: `,`;
    }

    & .fi-textarea_textarea-element-container {
      &:focus-within {
        `,` /* For high contrast mode */
        position: relative;

        &::after {
          `,`
        }
      }
    }

    & .fi-label {
      margin-bottom: `,`;
    }

    & .fi-hint-text {
      margin-bottom: `,`;
    }

    & .fi-textarea_textarea {
      display: block;
      resize: vertical;
      border-radius: 2px;
      border: 1px solid `,`;
      box-shadow: `,`;
      padding: 8px 14px 13px 10px;
      `,`;
      width: 100%;
      background-color: `,`;

      &:focus {
        outline: none;
      }

      &::placeholder {
        font-style: italic;
        color: `,`;
        opacity: 1;
      }

      &-resize--horizontal {
        resize: horizontal;
      }

      &-resize--both {
        resize: both;
      }

      &-resize--none {
        resize: none;
      }
    }

    & .fi-status-text {
      display: block;
      line-height: 18px;
    }

    &.fi-textarea--disabled {
      color: `,`;
      cursor: not-allowed;

      & .fi-textarea_textarea {
        background-color: `,`;
      }
    }

    &.fi-textarea--error {
      & .fi-textarea_textarea {
        border: 2px solid `,`;
      }
    }
  }

  &.fi-textarea--full-width {
    width: 100%;
  }
`]),Ns(e),U(e)(`bodyText`),Hl(t),Hl(n,!0),Ls(),e.colors.blackBase,U(e)(`bodyTextSmall`),e.colors.blackBase,e.spacing.xxs,e.colors.alertBase,U(e)(`bodySemiBoldSmall`),e.spacing.xxs,e.focuses.highContrastFocus,e.focuses.absoluteFocus,e.spacing.xs,e.spacing.xs,e.colors.depthDark3,e.shadows.actionElementBoxShadow,e.typography.bodyTextSmall,e.colors.whiteBase,e.colors.depthDark2,e.colors.depthBase,e.colors.depthLight3,e.colors.alertBase)},Rf,zf=`fi-textarea`,Bf={fullWidth:`${zf}--full-width`,textareaContainer:`${zf}_textarea-element-container`,textarea:`${zf}_textarea`,resizeHorizontal:`${zf}_textarea-resize--horizontal`,resizeBoth:`${zf}_textarea-resize--both`,resizeNone:`${zf}_textarea-resize--none`,disabled:`${zf}--disabled`,error:`${zf}--error`,statusTextHasContent:`${zf}_statusText--has-content`,bottomWrapper:`${zf}_bottom-wrapper`,characterCounter:`${zf}_character-counter`,characterCounterError:`${zf}_character-counter--error`},Vf=function(e){var t,n,r,i,a=e.id,o=e.className,s=e.disabled,c=s!==void 0&&s,l=e.children,u=e.onClick,d=e.onChange,f=e.labelMode,p=e.labelText,m=e.hintText,h=e.status,g=e.statusText,_=e.visualPlaceholder,v=e.resize,y=e.optionalText,b=e[`aria-describedby`],x=e.fullWidth,S=e.style,C=e.forwardedRef,w=e.statusTextAriaLiveMode,T=w===void 0?`assertive`:w,E=e.tooltipComponent,D=e.characterLimit,ee=e.ariaCharactersRemainingText,te=e.ariaCharactersExceededText,ne=W(F(e,[`id`,`className`,`disabled`,`children`,`onClick`,`onChange`,`labelMode`,`labelText`,`hintText`,`status`,`statusText`,`visualPlaceholder`,`resize`,`optionalText`,`aria-describedby`,`fullWidth`,`style`,`forwardedRef`,`statusTextAriaLiveMode`,`tooltipComponent`,`characterLimit`,`ariaCharactersRemainingText`,`ariaCharactersExceededText`]))[1],re=(0,A.useState)(0),ie=re[0],ae=re[1],oe=(0,A.useState)(``),se=oe[0],ce=oe[1],le=(0,A.useState)(null),ue=le[0],de=le[1],fe=(0,A.useState)(!1),pe=fe[0],me=fe[1];(0,A.useEffect)(function(){return me(!0),function(){me(!1)}},[]);var he=(0,A.useRef)(null),ge=c?{}:{onMouseDown:u},_e=g?`${a}-statusText`:void 0,ve=m?`${a}-hintText`:void 0;(0,A.useEffect)(function(){D!==void 0&&he.current?.value.length&&ae(he.current?.value.length)},[]);var ye=function(e){if(ue&&clearTimeout(ue),D!==void 0&&ee&&te){var t=e.target.value.length;ae(t),de(setTimeout(function(){pe&&ce(t<=D?ee(D-t):te(t-D))},1500))}d&&d(e)},be=C||null;return A.createElement(Wo,{className:(0,K.default)(zf,o,(t={},t[Bf.disabled]=!!c,t[Bf.error]=h===`error`&&!c,t[Bf.fullWidth]=x,t)),style:S},A.createElement(dd,{htmlFor:a,labelMode:f,optionalText:y,tooltipComponent:E},p),A.createElement(Td,{id:ve},m),A.createElement(Wo,{className:Bf.textareaContainer},A.createElement(Ts,P({id:a,className:(0,K.default)(Bf.textarea,(n={},n[Bf.resizeBoth]=v===`both`,n[Bf.resizeHorizontal]=v===`horizontal`,n[Bf.resizeNone]=v===`none`,n)),disabled:c,defaultValue:l,forwardedRef:pa(he,be),placeholder:_,"aria-invalid":h===`error`},qu(`aria-describedby`,[_e,ve,b]),{onChange:ye},ne,ge))),A.createElement(Wo,{className:Bf.bottomWrapper},A.createElement(yd,{id:_e,className:(0,K.default)((r={},r[Bf.statusTextHasContent]=!!g,r)),status:h,disabled:c,ariaLiveMode:T},D&&A.createElement(Mu,null,se),g),D&&A.createElement(Wo,{className:(0,K.default)(Bf.characterCounter,(i={},i[Bf.characterCounterError]=ie>D,i))},`${ie}/${D}`)))},Q=V(function(e){e.theme,e.globalMargins;var t=F(e,[`theme`,`globalMargins`]);return A.createElement(Vf,P({},t))}).withConfig({componentId:`sc-fz1c6p-0`})(Uf||=I([`
  `,`
`],[`
  `,`
`]),function(e){var t=e.theme,n=e.globalMargins,r=W(F(e,[`theme`,`globalMargins`]))[0];return Lf(t,fa(n.textarea,r),r)}),Hf=(0,A.forwardRef)(function(e,t){var n=e.id,r=F(e,[`id`]);return A.createElement(Da,null,function(e){var i=e.margins;return A.createElement(Ea,null,function(e){var a=e.suomifiTheme;return A.createElement(ba,{id:n},function(e){return A.createElement(Q,P({theme:a,id:e,globalMargins:i,forwardedRef:t},r))})})})});Hf.displayName=`Textarea`;var Uf;function Wf(e){let t=`__any__`;return(0,N.jsx)(kf,{labelText:e.label,value:e.value||(e.anyLabel?t:e.options[0]?.value),onChange:n=>e.onChange(n===t?``:n),"data-testid":e.testId,fullWidth:!0,className:`filter`,children:[...e.anyLabel?[{value:t,label:e.anyLabel}]:[],...e.options].map(e=>(0,N.jsx)(Ff,{value:e.value,children:e.label},e.value))})}function Gf(e){let t=e.options.filter(t=>e.values.includes(t.value)).map(e=>e.label);return(0,N.jsxs)(`details`,{className:`multi-filter`,"data-testid":e.testId,children:[(0,N.jsxs)(`summary`,{children:[(0,N.jsx)(`span`,{className:`multi-label`,children:e.label}),`: `,t.length?t.join(`, `):e.anyLabel]}),(0,N.jsx)(Jd,{labelText:e.label,labelMode:`hidden`,children:e.options.map(t=>(0,N.jsx)(df,{checked:e.values.includes(t.value),onClick:({checkboxState:n})=>e.onChange(n?[...e.values,t.value].sort():e.values.filter(e=>e!==t.value)),children:t.label},t.value))})]})}var Kf=25,qf={organizations:qt(`query Orgs($first: Int, $after: Cursor, $last: Int, $before: Cursor, $order: [OrganizationOrder!], $where: OrganizationWhereInput) {
    list: organizations(first: $first, after: $after, last: $last, before: $before, orderBy: $order, where: $where) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { id nameFi nameSv nameEn sector lastConfirmedAt memberships { totalCount } } } } }`),networks:qt(`query Nets($first: Int, $after: Cursor, $last: Int, $before: Cursor, $order: [NetworkOrder!], $where: NetworkWhereInput) {
    list: networks(first: $first, after: $after, last: $last, before: $before, orderBy: $order, where: $where) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { id nameFi nameSv nameEn kind status lastConfirmedAt memberships { totalCount } } } } }`)};function Jf({kind:e,view:t,onOpen:n}){let r=t.lang,i=e=>M[r][e],[a,o]=(0,A.useState)({field:`NAME_FI`,direction:`ASC`}),[s,c]=(0,A.useState)({}),[l,u]=(0,A.useState)({status:`loading`}),d={};e===`organizations`&&t.sector.length&&(d.sectorIn=t.sector),e===`networks`&&t.kind.length&&(d.kindIn=t.kind),e===`networks`&&t.theme.length===1&&(d.hasTheme=t.theme[0]),e===`networks`&&t.theme.length>1&&(d.or=t.theme.map(e=>({hasTheme:e}))),e===`networks`&&t.level.length&&(d.levelIn=t.level),t.area&&(d.area=t.area);let f=JSON.stringify(d);(0,A.useEffect)(()=>c({}),[f,a.field,a.direction,e]),(0,A.useEffect)(()=>{let t=!0;u({status:`loading`});let n=s.before?{last:Kf,before:s.before}:{first:Kf,after:s.after};return(e===`organizations`?j.query(qf.organizations,{...n,order:[{...a,field:a.field}],where:d},{requestPolicy:`network-only`}).toPromise():j.query(qf.networks,{...n,order:[{...a,field:a.field}],where:d},{requestPolicy:`network-only`}).toPromise()).then(e=>{if(!t)return;let n=e.data?.list;u(n?{status:`ready`,rows:(n.edges??[]).flatMap(e=>e?.node?[e.node]:[]),total:n.totalCount,info:{...n.pageInfo,startCursor:n.pageInfo.startCursor??``,endCursor:n.pageInfo.endCursor??``}}:{status:`error`})}),()=>{t=!1}},[f,a.field,a.direction,s.after,s.before,e]);let p=(e,t)=>{let n=a.field===e,r=n?a.direction===`ASC`?`ascending`:`descending`:`none`;return(0,N.jsx)(`th`,{scope:`col`,"aria-sort":r,children:(0,N.jsxs)(`button`,{type:`button`,className:`link`,onClick:()=>o({field:e,direction:n&&a.direction===`ASC`?`DESC`:`ASC`}),children:[t,` `,n?a.direction===`ASC`?`▲`:`▼`:``]})})},m=e=>(r===`sv`?e.nameSv:r===`en`?e.nameEn:null)||e.nameFi;return(0,N.jsxs)(`section`,{className:`table-page`,"aria-label":i(e===`organizations`?`organizations`:`networks`),children:[l.status===`loading`&&(0,N.jsx)(`p`,{className:`status`,children:i(`loading`)}),l.status===`error`&&(0,N.jsx)(`p`,{role:`alert`,children:i(`loadError`)}),l.status===`ready`&&(0,N.jsxs)(N.Fragment,{children:[(0,N.jsxs)(`p`,{className:`counts`,"data-testid":`table-total`,children:[l.total,` `,e===`organizations`?i(`organizations`).toLowerCase():i(`networks`).toLowerCase()]}),l.rows.length===0?(0,N.jsx)(`p`,{children:i(`empty`)}):(0,N.jsxs)(`table`,{className:`list`,"data-testid":`table`,children:[(0,N.jsx)(`caption`,{className:`visually-hidden`,children:i(e===`organizations`?`organizations`:`networks`)}),(0,N.jsx)(`thead`,{children:(0,N.jsxs)(`tr`,{children:[p(`NAME_FI`,i(`name`)),e===`organizations`?p(`SECTOR`,i(`sector`)):p(`KIND`,i(`networkKind`)),p(`MEMBERSHIPS_COUNT`,i(`memberships`)),p(`LAST_CONFIRMED_AT`,i(`lastConfirmed`))]})}),(0,N.jsx)(`tbody`,{children:l.rows.map(t=>(0,N.jsxs)(`tr`,{children:[(0,N.jsx)(`th`,{scope:`row`,children:(0,N.jsx)(`a`,{href:`/${e}/${t.id}`,onClick:e=>{e.preventDefault(),n(t.id)},children:m(t)})}),(0,N.jsx)(`td`,{children:e===`organizations`?$t[r][t.sector??``]:en[r][t.kind??``]}),(0,N.jsx)(`td`,{children:t.memberships.totalCount}),(0,N.jsx)(`td`,{children:t.lastConfirmedAt?new Date(t.lastConfirmedAt).toLocaleDateString(r===`en`?`en-GB`:r):`–`})]},t.id))})]}),(0,N.jsxs)(`nav`,{className:`pager`,"aria-label":i(`pages`),children:[(0,N.jsx)(Gu,{variant:`secondary`,disabled:!l.info.hasPreviousPage,onClick:()=>c({before:l.info.startCursor}),children:i(`previous`)}),(0,N.jsx)(Gu,{variant:`secondary`,disabled:!l.info.hasNextPage,onClick:()=>c({after:l.info.endCursor}),"data-testid":`next`,children:i(`next`)})]})]})]})}var Yf={fi:{download:`Lataa tiedot`,hint:`Tiedostoissa on se, mitä suodattimet näyttävät.`,formats:{xlsx:`Excel-jäsenluettelo (XLSX)`,csv:`CSV-solmut ja -jäsenyydet (ZIP)`,gexf:`Gephi, aikajana (GEXF)`,graphml:`yEd, networkx (GraphML)`,json:`Verkko graphology-JSONina`,popolo:`Popolo-JSON`,hsds:`Palvelut Open Referral HSDS -JSONina`}},sv:{download:`Ladda ner uppgifterna`,hint:`Filerna innehåller det som filtren visar.`,formats:{xlsx:`Medlemsförteckning för Excel (XLSX)`,csv:`CSV-noder och medlemskap (ZIP)`,gexf:`Gephi, tidslinje (GEXF)`,graphml:`yEd, networkx (GraphML)`,json:`Nätverket som graphology-JSON`,popolo:`Popolo-JSON`,hsds:`Tjänster som Open Referral HSDS-JSON`}},en:{download:`Download the data`,hint:`The files hold what the filters show.`,formats:{xlsx:`Excel roster (XLSX)`,csv:`CSV nodes and memberships (ZIP)`,gexf:`Gephi, with timeline (GEXF)`,graphml:`yEd, networkx (GraphML)`,json:`The network as graphology JSON`,popolo:`Popolo JSON`,hsds:`Services as Open Referral HSDS JSON`}}},Xf=[[`xlsx`,`roster.xlsx`],[`csv`,`csv.zip`],[`gexf`,`network.gexf`],[`graphml`,`network.graphml`],[`json`,`graph.json`],[`popolo`,`popolo.json`],[`hsds`,`hsds.json`]];function Zf(e){let t=new URLSearchParams;e.sector.length&&t.set(`sector`,e.sector.join(`,`)),e.kind.length&&t.set(`kind`,e.kind.join(`,`)),e.theme.length&&t.set(`theme`,e.theme.join(`,`)),e.level.length&&t.set(`level`,e.level.join(`,`)),e.status.length&&t.set(`status`,e.status.join(`,`)),e.area&&t.set(`area`,e.area),e.asOf&&t.set(`asOf`,e.asOf);let n=t.toString();return n?`?${n}`:``}function Qf({view:e}){let t=Yf[e.lang],n=Zf(e);return(0,N.jsxs)(`details`,{className:`download`,"data-testid":`download`,children:[(0,N.jsx)(`summary`,{children:t.download}),(0,N.jsx)(`p`,{className:`hint`,children:t.hint}),(0,N.jsx)(`ul`,{children:Xf.map(([e,r])=>(0,N.jsx)(`li`,{children:(0,N.jsx)(`a`,{href:`/export/${r}${n}`,download:!0,"data-format":e,children:t.formats[e]})},e))})]})}var $f={CHAIR:[`puheenjohtaja`,`ordförande`,`chair`],VICE_CHAIR:[`varapuheenjohtaja`,`vice ordförande`,`vice chair`],COORDINATOR:[`koordinaattori`,`koordinator`,`coordinator`],SECRETARY:[`sihteeri`,`sekreterare`,`secretary`],MEMBER:[`jäsen`,`medlem`,`member`],EXPERT:[`asiantuntija`,`sakkunnig`,`expert`],OBSERVER:[`tarkkailija`,`observatör`,`observer`]},ep={ACTIVE:[`aktiivinen`,`aktiv`,`active`],PENDING:[`odottaa hyväksyntää`,`väntar på godkännande`,`pending`],DECLINED:[`hylätty`,`avslagen`,`declined`],ENDED:[`päättynyt`,`avslutad`,`ended`],DORMANT:[`lepäävä`,`vilande`,`dormant`]},$={VIOLENCE_PREVENTION:[`väkivallan ehkäisy`,`våldsförebyggande`,`violence prevention`],DOMESTIC_VIOLENCE:[`lähisuhdeväkivalta`,`våld i nära relationer`,`domestic violence`],CRIME_PREVENTION:[`rikoksentorjunta`,`brottsförebyggande`,`crime prevention`],YOUTH:[`nuoret`,`unga`,`youth`],RELEASED_PRISONERS:[`vapautuvat vangit`,`frigivna fångar`,`released prisoners`],TRAFFIC_SAFETY:[`liikenneturvallisuus`,`trafiksäkerhet`,`traffic safety`],SUBSTANCE_ABUSE:[`päihteet`,`missbruk`,`substance abuse`],FAMILY_SUPPORT:[`perheiden tuki`,`familjestöd`,`family support`],MENTAL_HEALTH:[`mielenterveys`,`psykisk hälsa`,`mental health`]},tp={SHELTER:[`turvakoti`,`skyddshem`,`shelter`],VICTIM_SUPPORT:[`rikoksen uhrin tuki`,`brottsofferstöd`,`victim support`],MEDIATION:[`sovittelu`,`medling`,`mediation`],RELEASED_PRISONER_SUPPORT:[`vapautuvien tuki`,`stöd för frigivna`,`released prisoner support`],PERPETRATOR_SUPPORT:[`väkivallan tekijän tuki`,`stöd för våldsutövare`,`perpetrator support`],FAMILY_SUPPORT:[`perheiden tuki`,`familjestöd`,`family support`],YOUTH_WORK:[`nuorisotyö`,`ungdomsarbete`,`youth work`],SUBSTANCE_ABUSE:[`päihdetyö`,`missbruksarbete`,`substance abuse work`],MENTAL_HEALTH:[`mielenterveyspalvelut`,`mentalvård`,`mental health services`],CHILD_PROTECTION:[`lastensuojelu`,`barnskydd`,`child protection`],HOUSING:[`asuminen`,`boende`,`housing`],EDUCATION_SERVICES:[`koulutus`,`utbildning`,`education`],SOCIAL_SERVICES:[`sosiaalipalvelut`,`socialtjänster`,`social services`],HEALTH_SERVICES:[`terveyspalvelut`,`hälsotjänster`,`health services`],DIACONAL_WORK:[`diakoniatyö`,`diakoni`,`diaconal work`],CRIME_PREVENTION:[`rikoksentorjunta`,`brottsförebyggande`,`crime prevention`],RESEARCH:[`tutkimus ja kehittäminen`,`forskning och utveckling`,`research and development`]},np={MUNICIPAL:[`kunta`,`kommun`,`municipal`],SUBREGIONAL:[`seutu`,`region`,`subregional`],WELLBEING_COUNTY:[`hyvinvointialue`,`välfärdsområde`,`wellbeing county`],MULTI_COUNTY:[`useampi hyvinvointialue`,`flera välfärdsområden`,`several counties`],NATIONAL:[`valtakunnallinen`,`riksomfattande`,`national`]},rp={fi:0,sv:1,en:2},ip=e=>(t,n)=>n&&e[n]?e[n][rp[t]]:n??``,ap=ip($f),op=ip(ep),sp=ip($),cp=ip(tp),lp=ip(np),up=[`MUNICIPALITY`,`WELLBEING_COUNTY`,`POLICE`,`PROBATION`,`OTHER_STATE`,`PARISH`,`NGO`,`EDUCATION`,`BUSINESS`,`OTHER`],dp=[`COORDINATION_GROUP`,`WORKING_GROUP`,`STEERING_GROUP`,`MARAK`,`ANKKURI`,`SERVICE_NETWORK`,`PROJECT`,`FORUM`,`OTHER`],fp=[`VIOLENCE_PREVENTION`,`DOMESTIC_VIOLENCE`,`CRIME_PREVENTION`,`YOUTH`,`RELEASED_PRISONERS`,`TRAFFIC_SAFETY`,`SUBSTANCE_ABUSE`,`FAMILY_SUPPORT`,`MENTAL_HEALTH`],pp=[`MUNICIPAL`,`SUBREGIONAL`,`WELLBEING_COUNTY`,`MULTI_COUNTY`,`NATIONAL`],mp=[`ACTIVE`,`PENDING`,`ENDED`],hp=/^\d{4}-\d{2}-\d{2}$/;function gp(e,t){let n=new URLSearchParams(t),r=(n.get(`sector`)??``).split(`,`).filter(e=>up.includes(e)),i=(n.get(`kind`)??``).split(`,`).filter(e=>dp.includes(e)),a=n.get(`area`),o=a&&/^\d{1,20}$/.test(a)?a:null,s=(e,t)=>[...new Set((n.get(e)??``).split(`,`).filter(e=>t.includes(e)))].sort(),c=n.get(`asOf`),l=c&&hp.test(c)?c:null,u=/^\/(organizations|networks)\/(\d{1,20})\/?$/.exec(e),d=u?{kind:u[1],id:u[2]}:null,f=/^\/(organizations|networks)\/?$/.exec(e),p=/^\/(login|inbox|import)\/?$/.exec(e),m=/^\/coverage(?:\/(\d{1,20}))?\/?$/.exec(e),h=f?f[1]:p?p[1]:m?`coverage`:`map`,g=n.get(`lang`),_=Qt.includes(g)?g:`fi`,v=!u&&!f&&!p&&!m&&e!==`/`&&e!==``;return{theme:s(`theme`,fp),level:s(`level`,pp),status:s(`status`,mp),unknownPath:v,coverageArea:m?.[1]??null,full:!!d&&n.get(`full`)===`1`,sector:[...new Set(r)].sort(),kind:[...new Set(i)].sort(),area:o,asOf:l,selected:d,page:h,focus:[`1`,`2`].includes(n.get(`focus`)??``)?Number(n.get(`focus`)):0,lang:_}}function _p(e){let t=new URLSearchParams;e.sector.length&&t.set(`sector`,[...e.sector].sort().join(`,`)),e.kind.length&&t.set(`kind`,[...e.kind].sort().join(`,`)),e.theme.length&&t.set(`theme`,e.theme.join(`,`)),e.level.length&&t.set(`level`,e.level.join(`,`)),e.status.length&&t.set(`status`,e.status.join(`,`)),e.area&&t.set(`area`,e.area),e.asOf&&t.set(`asOf`,e.asOf),e.focus&&t.set(`focus`,String(e.focus)),e.lang!==`fi`&&t.set(`lang`,e.lang),e.full&&e.selected&&t.set(`full`,`1`);let n=e.selected?`/${e.selected.kind}/${e.selected.id}`:e.page===`coverage`&&e.coverageArea?`/coverage/${e.coverageArea}`:e.page===`map`?`/`:`/${e.page}`,r=t.toString();return r?`${n}?${r}`:n}var vp={fi:{signIn:`Kirjaudu sisään`,signOut:`Kirjaudu ulos`,email:`Sähköposti`,password:`Salasana`,signedInAs:`Kirjautunut`,signInFailed:`Kirjautuminen epäonnistui`,inbox:`Liittymispyynnöt`,inboxEmpty:`Ei käsittelemättömiä liittymispyyntöjä.`,edit:`Muokkaa`,editOrganization:`Muokkaa organisaation tietoja`,save:`Tallenna`,cancel:`Peruuta`,saved:`Tallennettu.`,fixErrors:`Korjaa merkityt kentät.`,conflictTitle:`Joku muu muutti tietoja`,conflictText:`Tietoja on muutettu sen jälkeen, kun avasit lomakkeen. Alla ovat nykyiset tiedot; muutoksesi ovat yhä lomakkeella. Tarkista ja tallenna uudelleen.`,currentValues:`Nykyiset tiedot`,stillAccurate:`Tiedot ovat ajan tasalla`,confirmed:`Vahvistettu ajantasaiseksi.`,askToJoin:`Pyydä liittymistä verkostoon`,chooseNetwork:`Verkosto (hae nimellä)`,representative:`Edustajan tehtävänimike`,representativeHint:`Tehtävänimike, ei henkilön nimeä`,role:`Rooli`,sendRequest:`Lähetä pyyntö`,requestSent:`Pyyntö lähetetty verkoston koordinaattorille.`,approve:`Hyväksy`,decline:`Hylkää`,declineReason:`Hylkäämisen syy`,endMembership:`Päätä jäsenyys`,leaveNetwork:`Eroa verkostosta`,endDate:`Päättymispäivä`,pendingRequests:`Odottavat liittymispyynnöt`,invitation:`kutsu`,awaitingOrganization:`Odottaa organisaation vastausta`,awaitingNetwork:`Odottaa verkoston vastausta`,history:`Muutoshistoria`,noHistory:`Ei muutoksia.`,error:`Virhe`,forbidden:`Sinulla ei ole oikeutta tähän.`,genericError:`Toiminto epäonnistui. Yritä uudelleen.`,nameFi:`Nimi suomeksi`,nameSv:`Nimi ruotsiksi`,nameEn:`Nimi englanniksi`,shortName:`Lyhenne`,phone:`Puhelin (yleinen numero)`,website:`Verkkosivu`,address:`Käyntiosoite`,addressConfidential:`Osoite on salainen (näkyy vain ylläpidolle ja organisaatiolle itselleen)`,description:`Kuvaus`,businessID:`Y-tunnus`,editNetwork:`Muokkaa verkoston tietoja`,meetingsPerYear:`Kokouksia vuodessa`,startedOn:`Aloitettu`,endedOn:`Päättynyt`,networkStatus:`Tila`,by:`tekijä`},sv:{signIn:`Logga in`,signOut:`Logga ut`,email:`E-post`,password:`Lösenord`,signedInAs:`Inloggad`,signInFailed:`Inloggningen misslyckades`,inbox:`Anslutningsbegäranden`,inboxEmpty:`Inga obehandlade anslutningsbegäranden.`,edit:`Redigera`,editOrganization:`Redigera organisationens uppgifter`,save:`Spara`,cancel:`Avbryt`,saved:`Sparat.`,fixErrors:`Rätta de markerade fälten.`,conflictTitle:`Någon annan ändrade uppgifterna`,conflictText:`Uppgifterna har ändrats efter att du öppnade formuläret. Nedan finns de nuvarande uppgifterna; dina ändringar finns kvar i formuläret. Kontrollera och spara igen.`,currentValues:`Nuvarande uppgifter`,stillAccurate:`Uppgifterna är aktuella`,confirmed:`Bekräftat som aktuellt.`,askToJoin:`Be om att få ansluta till ett nätverk`,chooseNetwork:`Nätverk (sök med namn)`,representative:`Representantens titel`,representativeHint:`En titel, inte en persons namn`,role:`Roll`,sendRequest:`Skicka begäran`,requestSent:`Begäran skickad till nätverkets samordnare.`,approve:`Godkänn`,decline:`Avslå`,declineReason:`Orsak till avslag`,endMembership:`Avsluta medlemskapet`,leaveNetwork:`Lämna nätverket`,endDate:`Slutdatum`,pendingRequests:`Väntande anslutningsbegäranden`,invitation:`inbjudan`,awaitingOrganization:`Väntar på organisationens svar`,awaitingNetwork:`Väntar på nätverkets svar`,history:`Ändringshistorik`,noHistory:`Inga ändringar.`,error:`Fel`,forbidden:`Du har inte behörighet till detta.`,genericError:`Åtgärden misslyckades. Försök igen.`,nameFi:`Namn på finska`,nameSv:`Namn på svenska`,nameEn:`Namn på engelska`,shortName:`Förkortning`,phone:`Telefon (allmänt nummer)`,website:`Webbplats`,address:`Besöksadress`,addressConfidential:`Adressen är hemlig (syns bara för administratörer och organisationen själv)`,description:`Beskrivning`,businessID:`FO-nummer`,editNetwork:`Redigera nätverkets uppgifter`,meetingsPerYear:`Möten per år`,startedOn:`Startade`,endedOn:`Avslutades`,networkStatus:`Status`,by:`av`},en:{signIn:`Sign in`,signOut:`Sign out`,email:`Email`,password:`Password`,signedInAs:`Signed in`,signInFailed:`Sign-in failed`,inbox:`Requests to join`,inboxEmpty:`No requests waiting.`,edit:`Edit`,editOrganization:`Edit the organisation's details`,save:`Save`,cancel:`Cancel`,saved:`Saved.`,fixErrors:`Correct the marked fields.`,conflictTitle:`Someone else changed this entry`,conflictText:`The entry was changed after you opened the form. The current values are below; your changes are still in the form. Check them and save again.`,currentValues:`Current values`,stillAccurate:`Still accurate`,confirmed:`Confirmed as accurate.`,askToJoin:`Ask to join a network`,chooseNetwork:`Network (search by name)`,representative:`Representative's role title`,representativeHint:`A role title, not a person's name`,role:`Role`,sendRequest:`Send request`,requestSent:`Request sent to the network's coordinator.`,approve:`Approve`,decline:`Decline`,declineReason:`Reason for declining`,endMembership:`End membership`,leaveNetwork:`Leave the network`,endDate:`End date`,pendingRequests:`Pending requests`,invitation:`invitation`,awaitingOrganization:`Waiting for the organisation's answer`,awaitingNetwork:`Waiting for the network's answer`,history:`History`,noHistory:`No changes.`,error:`Error`,forbidden:`You may not do this.`,genericError:`That did not work. Try again.`,nameFi:`Name in Finnish`,nameSv:`Name in Swedish`,nameEn:`Name in English`,shortName:`Short name`,phone:`Phone (generic number)`,website:`Website`,address:`Visiting address`,addressConfidential:`The address is confidential (shown only to administrators and the organisation itself)`,description:`Description`,businessID:`Business ID`,editNetwork:`Edit the network's details`,meetingsPerYear:`Meetings a year`,startedOn:`Started`,endedOn:`Ended`,networkStatus:`Status`,by:`by`}},yp=qt(`query Me { me { id email role organization { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } } }`),bp=qt(`mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`),xp=qt(`mutation Logout { logout }`),Sp=qt(`query OrganizationForEdit($id: ID!) { node(id: $id) { ... on Organization {
  id version nameFi nameSv nameEn shortName email phone website address addressConfidential description businessID } } }`),Cp=qt(`mutation UpdateOrganization($id: ID!, $version: Int!, $input: UpdateOrganizationInput!) {
  updateOrganization(id: $id, version: $version, input: $input) { id version } }`),wp=qt(`mutation ConfirmOrganization($id: ID!) { confirmOrganization(id: $id) { id lastConfirmedAt } }`),Tp=qt(`mutation ConfirmNetwork($id: ID!) { confirmNetwork(id: $id) { id lastConfirmedAt } }`),Ep=qt(`query NetworkOptions($q: String!) { networks(first: 10, where: {nameContains: $q}) { edges { node { id nameFi nameSv nameEn } } } }`),Dp=qt(`mutation RequestMembership($input: RequestMembershipInput!, $key: String) {
  requestMembership(input: $input, idempotencyKey: $key) { id status } }`),Op=qt(`mutation ApproveMembership($id: ID!, $version: Int) { approveMembership(id: $id, version: $version) { id status } }`),kp=qt(`mutation DeclineMembership($id: ID!, $reason: String!, $version: Int) {
  declineMembership(id: $id, reason: $reason, version: $version) { id status } }`),Ap=qt(`mutation EndMembership($id: ID!, $endDate: Date!, $version: Int) {
  endMembership(id: $id, endDate: $endDate, version: $version) { id status endDate } }`),jp=qt(`query Pending { memberships(first: 100, where: {status: PENDING}, orderBy: [{field: CREATED_AT, direction: ASC}]) {
  edges { node { id version role representative createdAt requestedBy awaiting
    organization { id nameFi nameSv nameEn } network { id nameFi nameSv nameEn } } } } }`),Mp=qt(`query History($id: ID!) { changes(entity: $id, first: 50) { edges { node {
  id at operation actorRole fields { field before after } } } } }`),Np=qt(`query NetworkForEdit($id: ID!) { node(id: $id) { ... on Network {
  id version nameFi nameSv nameEn shortName website meetingsPerYear startedOn endedOn status description } } }`),Pp=qt(`mutation UpdateNetwork($id: ID!, $version: Int!, $input: UpdateNetworkInput!) {
  updateNetwork(id: $id, version: $version, input: $input) { id version } }`),Fp=(0,A.createContext)({me:null,refresh:async()=>{},canEditOrganization:()=>!1,canCoordinate:()=>!1});function Ip({children:e}){let[t,n]=(0,A.useState)(null),r=(0,A.useCallback)(async()=>{let e=await j.query(yp,{},{requestPolicy:`network-only`}).toPromise();n(e.data?.me??null)},[]);return(0,A.useEffect)(()=>{r()},[r]),(0,N.jsx)(Fp.Provider,{value:{me:t,refresh:r,canEditOrganization:e=>!!t&&(t.role===`ADMIN`||t.role===`EDITOR`&&t.organization?.id===e),canCoordinate:e=>!!t&&(t.role===`ADMIN`||t.role===`COORDINATOR`&&(t.networks??[]).some(t=>t.id===e))},children:e})}function Lp(){return(0,A.useContext)(Fp)}function Rp(e){if(!e)return null;if(e.networkError||e.graphQLErrors.length===0)return{code:`NETWORK`,message:``,fields:{}};let t={},n=`INTERNAL`,r;for(let i of e.graphQLErrors){let e=i.extensions??{};typeof e.code==`string`&&n===`INTERNAL`&&(n=e.code),typeof e.field==`string`&&(t[e.field]=i.message.startsWith(e.field+`: `)?i.message.slice(e.field.length+2):i.message),typeof e.currentVersion==`number`&&(r=e.currentVersion)}return{code:n,message:e.graphQLErrors[0].message,fields:t,currentVersion:r}}var zp={fi:{required:`Pakollinen tieto.`,tooLong:`Enintään {n} merkkiä.`,email:`Anna sähköpostiosoite muodossa nimi@esimerkki.fi.`,url:`Anna osoite muodossa https://esimerkki.fi.`,businessID:`Tarkista Y-tunnus (muoto 1234567-8, tarkiste ei täsmää).`,server:`Virheellinen arvo`},sv:{required:`Obligatorisk uppgift.`,tooLong:`Högst {n} tecken.`,email:`Ange e-postadressen i formen namn@exempel.fi.`,url:`Ange adressen i formen https://exempel.fi.`,businessID:`Kontrollera FO-numret (formen 1234567-8, kontrollsiffran stämmer inte).`,server:`Ogiltigt värde`},en:{required:`Required.`,tooLong:`At most {n} characters.`,email:`Give an email address like name@example.fi.`,url:`Give an address like https://example.fi.`,businessID:`Check the business ID (form 1234567-8; the check digit does not match).`,server:`Invalid value`}};function Bp(e,t){return`${zp[e].server}: ${t}`}function Vp(e){if(!/^\d{7}-\d$/.test(e))return!1;let t=[7,9,10,5,8,4,2].reduce((t,n,r)=>t+n*Number(e[r]),0)%11;return t!==1&&(t===0?0:11-t)===Number(e[8])}function Hp(e,t,n){let r=zp[e],i=t.trim();return i?n.max&&[...i].length>n.max?r.tooLong.replace(`{n}`,String(n.max)):n.kind===`email`&&!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(i)?r.email:n.kind===`url`&&!/^https?:\/\/[^\s/]+\.[^\s]+$/.test(i)?r.url:n.kind===`businessID`&&!Vp(i)?r.businessID:null:n.required?r.required:null}function Up({title:e,testId:t,lang:n,fields:r,load:i,save:a,onDone:o}){let s=vp[n],c=(0,A.useId)(),[l,u]=(0,A.useState)(null),[d,f]=(0,A.useState)(null),[p,m]=(0,A.useState)({}),[h,g]=(0,A.useState)(null),[_,v]=(0,A.useState)(null),[y,b]=(0,A.useState)(!1);if((0,A.useEffect)(()=>{i().then(e=>{u(e),e&&f(e.values)})},[]),!l||!d)return(0,N.jsx)(`p`,{children:`…`});let x=e=>typeof e==`string`?e:``,S=(e,t)=>e.kind===`checkbox`?t?`✓`:`–`:e.kind===`select`?e.options?.find(e=>e.value===t)?.label??`–`:x(t)||`–`,C=async()=>{let e={};for(let t of r){let r=t.rule&&t.kind!==`checkbox`?Hp(n,x(d[t.name]),t.rule):null;r&&(e[t.name]=r)}if(m(e),Object.keys(e).length>0){g(s.fixErrors);return}let t={};for(let e of r){let n=d[e.name];n!==l.values[e.name]&&(typeof n==`boolean`?t[e.name]=n:n.trim()===``&&!e.rule?.required?t[`clear${e.name[0].toUpperCase()}${e.name.slice(1)}`]=!0:t[e.name]=e.kind===`number`?Number(n):n.trim())}b(!0);let c=Rp(await a(t,l.version));if(b(!1),!c)o(!0);else if(c.code===`CONFLICT`){let e=await i();if(e){let t={...e.values};for(let e of r)d[e.name]!==l.values[e.name]&&(t[e.name]=d[e.name]);v(r.filter(t=>e.values[t.name]!==l.values[t.name]).map(t=>({field:t,now:S(t,e.values[t.name])}))),f(t),u(e)}g(null)}else Object.keys(c.fields).length>0?(m(Object.fromEntries(Object.entries(c.fields).map(([e,t])=>[e,Bp(n,t)]))),g(s.fixErrors)):g(c.code===`FORBIDDEN`||c.code===`UNAUTHENTICATED`?s.forbidden:s.genericError)},w=(e,t)=>f({...d,[e]:t});return(0,N.jsxs)(`form`,{className:`edit-form`,"data-testid":t,noValidate:!0,onSubmit:e=>{e.preventDefault(),C()},children:[(0,N.jsx)(rd,{variant:`h3`,children:e}),_&&(0,N.jsxs)(J,{status:`warning`,labelText:s.conflictTitle,"data-testid":`conflict`,children:[(0,N.jsx)(`p`,{children:s.conflictText}),_.length>0&&(0,N.jsxs)(`p`,{children:[s.currentValues,`:`]}),(0,N.jsx)(`dl`,{className:`facts`,children:_.map(({field:e,now:t})=>(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:e.label}),(0,N.jsx)(`dd`,{children:t})]},e.name))})]}),h&&(0,N.jsx)(J,{status:`error`,role:`alert`,children:h}),r.map(e=>{let t=p[e.name];switch(e.kind){case`textarea`:return(0,N.jsx)(Hf,{labelText:e.label,value:x(d[e.name]),onChange:t=>w(e.name,t.target.value),status:t?`error`:`default`,statusText:t,fullWidth:!0},e.name);case`checkbox`:return(0,N.jsxs)(`label`,{className:`checkbox`,children:[(0,N.jsx)(`input`,{type:`checkbox`,checked:d[e.name]===!0,onChange:t=>w(e.name,t.target.checked)}),` `,e.label]},e.name);case`date`:case`select`:{let n=`${c}-${e.name}`;return(0,N.jsxs)(`div`,{className:`field`,children:[(0,N.jsx)(`label`,{htmlFor:n,children:e.label}),e.kind===`date`?(0,N.jsx)(`input`,{id:n,type:`date`,value:x(d[e.name]),onChange:t=>w(e.name,t.target.value),"aria-invalid":!!t,"aria-describedby":t?`${n}-error`:void 0}):(0,N.jsx)(`select`,{id:n,value:x(d[e.name]),onChange:t=>w(e.name,t.target.value),children:(e.options??[]).map(e=>(0,N.jsx)(`option`,{value:e.value,children:e.label},e.value))}),t&&(0,N.jsx)(`span`,{className:`field-error`,id:`${n}-error`,role:`alert`,children:t})]},e.name)}default:return(0,N.jsx)(Nd,{labelText:e.label,value:x(d[e.name]),onChange:t=>w(e.name,String(t??``)),status:t?`error`:`default`,statusText:t,type:e.kind===`email`||e.kind===`url`||e.kind===`tel`||e.kind===`number`?e.kind:`text`,"data-testid":`field-${e.name}`,fullWidth:!0},e.name)}}),(0,N.jsxs)(`div`,{className:`actions`,children:[(0,N.jsx)(Gu,{type:`submit`,disabled:y,"data-testid":`save`,children:s.save}),(0,N.jsx)(Gu,{variant:`secondary`,type:`button`,onClick:()=>o(!1),children:s.cancel})]})]})}function Wp({id:e,lang:t,onDone:n}){let r=vp[t],{me:i}=Lp(),a=[{name:`nameFi`,label:r.nameFi,rule:{required:!0,max:300}},{name:`nameSv`,label:r.nameSv,rule:{max:300}},{name:`nameEn`,label:r.nameEn,rule:{max:300}},{name:`shortName`,label:r.shortName,rule:{max:60}},{name:`email`,label:r.email,rule:{max:254,kind:`email`},kind:`email`},{name:`phone`,label:r.phone,rule:{max:40},kind:`tel`},{name:`website`,label:r.website,rule:{max:500,kind:`url`},kind:`url`},{name:`address`,label:r.address,rule:{max:300}},{name:`addressConfidential`,label:r.addressConfidential,kind:`checkbox`},{name:`description`,label:r.description,rule:{max:5e3},kind:`textarea`},...i?.role===`ADMIN`?[{name:`businessID`,label:r.businessID,rule:{kind:`businessID`}}]:[]];return(0,N.jsx)(Up,{title:r.editOrganization,testId:`edit-organization`,lang:t,fields:a,load:async()=>{let t=(await j.query(Sp,{id:e},{requestPolicy:`network-only`}).toPromise()).data?.node;return!t||!(`version`in t)?null:{version:t.version,values:Gp(t,a)}},save:async(t,n)=>(await j.mutation(Cp,{id:e,version:n,input:t}).toPromise()).error,onDone:n})}function Gp(e,t){let n={};for(let r of t){let t=e[r.name];n[r.name]=r.kind===`checkbox`?t===!0:t==null?``:String(t)}return n}function Kp({id:e,lang:t,onDone:n}){let r=vp[t],i=[{name:`nameFi`,label:r.nameFi,rule:{required:!0,max:300}},{name:`nameSv`,label:r.nameSv,rule:{max:300}},{name:`nameEn`,label:r.nameEn,rule:{max:300}},{name:`shortName`,label:r.shortName,rule:{max:60}},{name:`website`,label:r.website,rule:{max:500,kind:`url`},kind:`url`},{name:`meetingsPerYear`,label:r.meetingsPerYear,kind:`number`},{name:`startedOn`,label:r.startedOn,kind:`date`},{name:`endedOn`,label:r.endedOn,kind:`date`},{name:`status`,label:r.networkStatus,kind:`select`,options:[`ACTIVE`,`DORMANT`,`ENDED`].map(e=>({value:e,label:op(t,e)}))},{name:`description`,label:r.description,rule:{max:5e3},kind:`textarea`}];return(0,N.jsx)(Up,{title:r.editNetwork,testId:`edit-network`,lang:t,fields:i,load:async()=>{let t=(await j.query(Np,{id:e},{requestPolicy:`network-only`}).toPromise()).data?.node;if(!t||!(`version`in t))return null;let n=Gp(t,i);return{version:t.version,values:n}},save:async(t,n)=>(await j.mutation(Pp,{id:e,version:n,input:t}).toPromise()).error,onDone:n})}function qp(e){if(!e||e===`null`)return`–`;try{let t=JSON.parse(e);return Array.isArray(t)?t.join(`, `):String(t)}catch{return e}}function Jp({id:e,lang:t,version:n}){let r=vp[t],[i,a]=(0,A.useState)(null);if((0,A.useEffect)(()=>{j.query(Mp,{id:e},{requestPolicy:`network-only`}).toPromise().then(e=>a(e.data?.changes.edges?.flatMap(e=>e?.node?[e.node]:[])??null))},[e,n]),!i)return null;let o=e=>new Date(e).toLocaleString(t===`en`?`en-GB`:t);return(0,N.jsxs)(`section`,{className:`history`,"data-testid":`history`,children:[(0,N.jsx)(rd,{variant:`h3`,children:r.history}),i.length===0?(0,N.jsx)(`p`,{children:r.noHistory}):(0,N.jsx)(`ol`,{children:i.map(e=>(0,N.jsxs)(`li`,{children:[(0,N.jsxs)(`span`,{className:`role`,children:[o(e.at),` · `,e.operation,` · `,r.by,` `,e.actorRole]}),(0,N.jsx)(`ul`,{children:e.fields.map(e=>(0,N.jsxs)(`li`,{children:[e.field,`: `,qp(e.before),` → `,qp(e.after)]},e.field))})]},e.id))})]})}var Yp=[`MEMBER`,`CHAIR`,`VICE_CHAIR`,`COORDINATOR`,`SECRETARY`,`EXPERT`,`OBSERVER`];function Xp(e,t){let n=vp[e];return t.code===`FORBIDDEN`||t.code===`UNAUTHENTICATED`?n.forbidden:t.code===`CONFLICT`||t.code===`BAD_USER_INPUT`?t.message:n.genericError}var Zp=()=>new Date().toISOString().slice(0,10);function Qp({id:e,version:t,lang:n,onDone:r}){let i=e=>vp[n][e],[a,o]=(0,A.useState)(!1),[s,c]=(0,A.useState)(``),[l,u]=(0,A.useState)(null),d=async a=>{let o=Rp((a===`approve`?await j.mutation(Op,{id:e,version:t}).toPromise():await j.mutation(kp,{id:e,version:t,reason:s}).toPromise()).error);o?u(o.fields.reason?`${i(`declineReason`)}: ${o.fields.reason}`:Xp(n,o)):r()};return(0,N.jsxs)(`div`,{className:`decide`,children:[(0,N.jsx)(Gu,{variant:`secondary`,onClick:()=>d(`approve`),"data-testid":`approve`,children:i(`approve`)}),` `,a?(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(Nd,{labelText:i(`declineReason`),value:s,onChange:e=>c(String(e??``)),"data-testid":`decline-reason`}),(0,N.jsx)(Gu,{variant:`secondary`,onClick:()=>d(`decline`),"data-testid":`decline-confirm`,children:i(`decline`)})]}):(0,N.jsx)(Gu,{variant:`secondary`,onClick:()=>o(!0),"data-testid":`decline`,children:i(`decline`)}),l&&(0,N.jsx)(J,{status:`error`,role:`alert`,children:l})]})}function $p({id:e,version:t,lang:n,leave:r,onDone:i}){let a=e=>vp[n][e],[o,s]=(0,A.useState)(!1),[c,l]=(0,A.useState)(Zp()),[u,d]=(0,A.useState)(null);return o?(0,N.jsxs)(`div`,{className:`end no-print`,children:[(0,N.jsxs)(`label`,{children:[a(`endDate`),` `,(0,N.jsx)(`input`,{type:`date`,value:c,max:Zp(),onChange:e=>l(e.target.value)})]}),` `,(0,N.jsx)(Gu,{variant:`secondary`,onClick:async()=>{let r=Rp((await j.mutation(Ap,{id:e,version:t,endDate:c}).toPromise()).error);r?d(r.fields.endDate?`${a(`endDate`)}: ${r.fields.endDate}`:Xp(n,r)):i()},children:a(r?`leaveNetwork`:`endMembership`)}),u&&(0,N.jsx)(J,{status:`error`,role:`alert`,children:u})]}):(0,N.jsx)(Gu,{variant:`secondaryNoBorder`,onClick:()=>s(!0),className:`no-print`,children:a(r?`leaveNetwork`:`endMembership`)})}function em({organizationID:e,lang:t,onDone:n}){let r=e=>vp[t][e],[i,a]=(0,A.useState)(!1),[o,s]=(0,A.useState)(``),[c,l]=(0,A.useState)([]),[u,d]=(0,A.useState)(null),[f,p]=(0,A.useState)(`MEMBER`),[m,h]=(0,A.useState)(``),[g,_]=(0,A.useState)(null),[v,y]=(0,A.useState)(()=>crypto.randomUUID());(0,A.useEffect)(()=>{let e=o.trim();if(!e||u)return;let t=!0,n=setTimeout(()=>{j.query(Ep,{q:e}).toPromise().then(e=>t&&l(e.data?.networks.edges?.flatMap(e=>e?.node?[e.node]:[])??[]))},150);return()=>{t=!1,clearTimeout(n)}},[o,u]);let b=e=>(t===`sv`?e.nameSv:t===`en`?e.nameEn:null)||e.nameFi;return i?(0,N.jsxs)(`form`,{className:`edit-form no-print`,onSubmit:async i=>{if(i.preventDefault(),!u)return;let a=Rp((await j.mutation(Dp,{input:{organizationID:e,networkID:u.id,role:f,representative:m.trim()||null},key:v}).toPromise()).error);a?_({ok:!1,text:Xp(t,a)}):(_({ok:!0,text:r(`requestSent`)}),d(null),s(``),y(crypto.randomUUID()),n())},children:[(0,N.jsx)(Nd,{labelText:r(`chooseNetwork`),value:u?b(u):o,onChange:e=>{d(null),s(String(e??``))},"data-testid":`join-network-search`,fullWidth:!0}),!u&&c.length>0&&o.trim()&&(0,N.jsx)(`ul`,{className:`suggestions`,children:c.map(e=>(0,N.jsx)(`li`,{children:(0,N.jsx)(`button`,{type:`button`,className:`link`,onClick:()=>d(e),children:b(e)})},e.id))}),(0,N.jsxs)(`label`,{children:[r(`role`),` `,(0,N.jsx)(`select`,{value:f,onChange:e=>p(e.target.value),children:Yp.map(e=>(0,N.jsx)(`option`,{value:e,children:ap(t,e)},e))})]}),(0,N.jsx)(Nd,{labelText:r(`representative`),hintText:r(`representativeHint`),value:m,onChange:e=>h(String(e??``)),fullWidth:!0}),(0,N.jsxs)(`div`,{className:`actions`,children:[(0,N.jsx)(Gu,{type:`submit`,disabled:!u,"data-testid":`send-request`,children:r(`sendRequest`)}),(0,N.jsx)(Gu,{variant:`secondary`,type:`button`,onClick:()=>a(!1),children:r(`cancel`)})]}),g&&(0,N.jsx)(J,{status:g.ok?`neutral`:`error`,role:g.ok?`status`:`alert`,children:g.text})]}):(0,N.jsx)(Gu,{variant:`secondary`,onClick:()=>a(!0),className:`no-print`,"data-testid":`ask-to-join`,children:r(`askToJoin`)})}function tm(e,t){return(t===`sv`?e.nameSv:t===`en`?e.nameEn:null)||e.nameFi}function nm({id:e,lang:t,onClose:n,onSelect:r,onFullPage:i,full:a=!1}){let o=e=>M[t][e],s=vp[t],c=Lp(),[l,u]=(0,A.useState)(!1),[d,f]=(0,A.useState)(null),[p,m]=(0,A.useState)(0),h=(0,A.useRef)(null),g=e=>{h.current=e??null,m(e=>e+1)},[_,v]=(0,A.useState)({status:`loading`});if((0,A.useEffect)(()=>{let t=!0;return v(t=>t.status===`ready`&&t.node.id===e?t:{status:`loading`}),j.query(Yt,{id:e},{requestPolicy:p>0?`network-only`:`cache-first`}).toPromise().then(e=>{if(t){if(e.error&&!e.data?.node)v({status:e.error.graphQLErrors.some(e=>e.extensions?.code===`NOT_FOUND`)?`missing`:`error`});else{let t=e.data?.node;t&&(t.__typename===`Organization`||t.__typename===`Network`)?(v({status:`ready`,node:t}),h.current&&f(h.current),h.current=null):v({status:`missing`})}}}),()=>{t=!1}},[e,p]),(0,A.useEffect)(()=>{u(!1),f(null)},[e]),_.status===`loading`)return(0,N.jsx)(`p`,{children:o(`loading`)});if(_.status===`error`)return(0,N.jsx)(`p`,{role:`alert`,children:o(`loadError`)});if(_.status===`missing`)return(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`p`,{role:`alert`,children:o(`notFound`)}),(0,N.jsx)(Gu,{variant:`secondary`,onClick:n,children:o(`close`)})]});if(_.status!==`ready`)return null;let y=_.node,b=y.__typename===`Network`,x=b?c.canCoordinate(y.id):c.canEditOrganization(y.id),S=e=>x&&(c.me?.role===`ADMIN`||e.awaiting===(b?`NETWORK`:`ORGANIZATION`)),C=async()=>{(b?await j.mutation(Tp,{id:y.id}).toPromise():await j.mutation(wp,{id:y.id}).toPromise()).error?f(s.genericError):g(s.confirmed)};if(l){let e=e=>{u(!1),f(null),e&&g(s.saved)};return b?(0,N.jsx)(Kp,{id:y.id,lang:t,onDone:e}):(0,N.jsx)(Wp,{id:y.id,lang:t,onDone:e})}let w=(y.memberships.edges??[]).flatMap(e=>e?.node?[e.node]:[]),T=e=>e?new Date(e).toLocaleDateString(t===`en`?`en-GB`:t):``,E=(e,n)=>(0,N.jsx)(`button`,{type:`button`,className:`link`,onClick:()=>r(e.id,n),children:tm(e,t)}),D=b?[[`networkKind`,en[t][y.kind??``]],[`themes`,(y.themes??[]).map(e=>sp(t,e)).join(`, `)],[`level`,lp(t,y.level)],[`status`,op(t,y.status)],[`areas`,(y.areas??[]).map(e=>tm(e,t)).join(`, `)],[`coordinator`,y.coordinator?E(y.coordinator,`Organization`):null],[`parentNetwork`,y.parent?E(y.parent,`Network`):null],[`meetings`,y.meetingsPerYear??null],[`started`,T(y.startedOn)],[`ended`,T(y.endedOn)]]:[[`sector`,$t[t][y.sector??``]],[`services`,(y.services??[]).map(e=>cp(t,e)).join(`, `)],[`homeArea`,y.homeArea?tm(y.homeArea,t):null],[`operatingAreas`,(y.operatingAreas??[]).map(e=>tm(e,t)).join(`, `)],[`parentOrg`,y.parent?E(y.parent,`Organization`):null],[`contact`,[y.email,y.phone,y.addressConfidential?o(`addressHidden`):y.address].filter(Boolean).join(` · `)]];D.push([`website`,y.website?(0,N.jsx)(`a`,{href:y.website,rel:`noopener noreferrer`,children:y.website}):null]),D.push([`lastConfirmed`,y.lastConfirmedAt?T(y.lastConfirmedAt):o(`notConfirmed`)]);let ee=b?up.map(e=>[e,w.filter(t=>t.organization?.sector===e)]).filter(([,e])=>e.length>0):[[``,w]];return(0,N.jsxs)(`article`,{"data-testid":`details`,className:`details`,children:[(0,N.jsx)(`p`,{className:`kind`,children:o(b?`network`:`organization`)}),(0,N.jsxs)(rd,{variant:`h2`,children:[tm(y,t),y.shortName?` (${y.shortName})`:``]}),y.description&&(0,N.jsx)(`p`,{children:y.description}),d&&(0,N.jsx)(`p`,{role:`status`,className:`notice`,"data-testid":`notice`,children:d}),x&&(0,N.jsxs)(`div`,{className:`actions no-print`,children:[(0,N.jsx)(Gu,{variant:`secondary`,onClick:()=>u(!0),"data-testid":`edit`,children:s.edit}),(0,N.jsx)(Gu,{variant:`secondary`,onClick:C,"data-testid":`confirm`,children:s.stillAccurate})]}),(0,N.jsx)(`dl`,{className:`facts`,children:D.filter(([,e])=>e!==null&&e!==``&&e!==void 0).map(([e,t])=>(0,N.jsxs)(`div`,{children:[(0,N.jsx)(`dt`,{children:o(e)}),(0,N.jsx)(`dd`,{children:t})]},e))}),!b&&(y.units??[]).length>0&&(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(rd,{variant:`h3`,children:o(`units`)}),(0,N.jsx)(`ul`,{children:(y.units??[]).map(e=>(0,N.jsx)(`li`,{children:E(e,`Organization`)},e.id))})]}),b&&(y.subgroups??[]).length>0&&(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(rd,{variant:`h3`,children:o(`subgroups`)}),(0,N.jsx)(`ul`,{children:(y.subgroups??[]).map(e=>(0,N.jsx)(`li`,{children:E(e,`Network`)},e.id))})]}),(0,N.jsx)(rd,{variant:`h3`,children:o(b?`members`:`memberships`)}),ee.map(([e,n])=>(0,N.jsxs)(`section`,{className:`member-group`,children:[e&&(0,N.jsx)(`h4`,{children:$t[t][e]}),(0,N.jsx)(`ul`,{className:`members`,children:n.map(e=>{let n=b?e.organization:e.network;return n?(0,N.jsxs)(`li`,{children:[E(n,b?`Organization`:`Network`),` `,(0,N.jsxs)(`span`,{className:`role`,children:[ap(t,e.role),e.status===`ACTIVE`?``:` (${op(t,e.status)})`]}),e.representative?(0,N.jsxs)(`span`,{className:`rep`,children:[` · `,e.representative]}):null,(e.startDate||e.endDate)&&(0,N.jsxs)(`span`,{className:`rep`,children:[` `,`· `,T(e.startDate),`–`,T(e.endDate)]}),e.status===`PENDING`&&e.requestedBy===`NETWORK`&&(0,N.jsxs)(`span`,{className:`rep`,children:[` · `,s.invitation]}),e.status===`PENDING`&&S(e)&&(0,N.jsx)(Qp,{id:e.id,version:e.version,lang:t,onDone:()=>g()}),e.status===`PENDING`&&x&&!S(e)&&(0,N.jsx)(`div`,{className:`rep`,"data-testid":`awaiting`,children:e.awaiting===`ORGANIZATION`?s.awaitingOrganization:s.awaitingNetwork}),e.status===`ACTIVE`&&x&&(0,N.jsx)($p,{id:e.id,version:e.version,lang:t,leave:!b,onDone:()=>g()}),e.source&&(0,N.jsxs)(`div`,{className:`source`,children:[o(`source`),`: `,e.source,e.illustrative?` (${o(`illustrative`)})`:``]})]},e.id):null})})]},e)),!b&&x&&(0,N.jsx)(em,{organizationID:y.id,lang:t,onDone:()=>g()}),!a&&i&&(0,N.jsx)(`p`,{className:`no-print`,children:(0,N.jsx)(`a`,{href:`/${b?`networks`:`organizations`}/${y.id}?full=1`,onClick:e=>{e.preventDefault(),i()},"data-testid":`full-page`,children:o(`openFullPage`)})}),c.me&&(0,N.jsx)(Jp,{id:y.id,lang:t,version:y.version+p}),(0,N.jsx)(Gu,{variant:`secondary`,onClick:n,className:`no-print`,children:o(a?`backToMap`:`close`)})]})}var rm={MUNICIPALITY:`#2a6ebb`,WELLBEING_COUNTY:`#00857c`,POLICE:`#1b2f5b`,PROBATION:`#6b4fa3`,OTHER_STATE:`#5f6b73`,PARISH:`#8a5a00`,NGO:`#c2185b`,EDUCATION:`#2e7d32`,BUSINESS:`#795548`,OTHER:`#9e9e9e`},im=`#d9452b`,am=`#c8cdd2`,om=`#4a5560`,sm=[`CHAIR`,`VICE_CHAIR`,`COORDINATOR`,`SECRETARY`];function cm(e){return sm.includes(e)?{color:om,size:2}:{color:am,size:1}}function lm(e){return e.kind===`Network`?im:rm[e.sector??``]??rm.OTHER}var um={fi:{import:`Tuo jäsenluettelo`,intro:`Tuo verkoston jäsenet Excel-tiedostosta (.xlsx) tai CSV-tiedostosta. Esikatselu näyttää ensin, mitä tapahtuisi; mitään ei tallenneta ennen kuin hyväksyt. Henkilöiden nimiä ja puhelinnumeroita ei tuoda.`,file:`Tiedosto (.xlsx tai .csv, enintään 5 Mt)`,network:`Verkosto`,fromFile:`Tiedoston Verkosto-sarakkeen mukaan`,sheet:`Taulukko`,preview:`Esikatsele`,columns:`Sarakkeet`,notImported:`Ei tuoda`,personColumn:`henkilötieto: ei tuoda`,totals:`Yhteensä`,rows:`riviä`,CREATE:`Lisätään`,UPDATE:`Päivitetään`,UNCHANGED:`Ei muutoksia`,CHOICE:`Valitse`,ERROR:`Virhe`,SKIP:`Ohitetaan`,row:`Rivi`,action:`Toimenpide`,organization:`Organisaatio`,details:`Tiedot`,newOrganization:`uusi organisaatio`,chooseFor:`Mikä organisaatio rivillä {row} tarkoitetaan?`,chooseHint:`Valitse…`,createNew:`Luo uusi organisaatio`,skip:`Ohita rivi`,invitation:`Kutsu: organisaation muokkaajat hyväksyvät tai hylkäävät`,apply:`Tuo`,notReady:`Korjaa virheet tai tee valinnat ennen tuontia.`,applied:`Tuonti valmis: {create} lisätty, {update} päivitetty, {unchanged} ennallaan.`,failed:`Tuonti epäonnistui`,nothingWritten:`Mitään ei tallennettu.`,signInFirst:`Tuonti on verkostojen koordinaattoreille ja ylläpitäjille.`},sv:{import:`Importera medlemslista`,intro:`Importera nätverkets medlemmar från en Excel-fil (.xlsx) eller CSV-fil. Förhandsvisningen visar först vad som skulle hända; inget sparas förrän du godkänner. Personnamn och telefonnummer importeras inte.`,file:`Fil (.xlsx eller .csv, högst 5 MB)`,network:`Nätverk`,fromFile:`Enligt filens kolumn Nätverk`,sheet:`Blad`,preview:`Förhandsvisa`,columns:`Kolumner`,notImported:`Importeras inte`,personColumn:`personuppgift: importeras inte`,totals:`Totalt`,rows:`rader`,CREATE:`Läggs till`,UPDATE:`Uppdateras`,UNCHANGED:`Oförändrad`,CHOICE:`Välj`,ERROR:`Fel`,SKIP:`Hoppas över`,row:`Rad`,action:`Åtgärd`,organization:`Organisation`,details:`Uppgifter`,newOrganization:`ny organisation`,chooseFor:`Vilken organisation avses på rad {row}?`,chooseHint:`Välj…`,createNew:`Skapa en ny organisation`,skip:`Hoppa över raden`,invitation:`Inbjudan: organisationens redaktörer svarar`,apply:`Importera`,notReady:`Rätta felen eller gör valen före importen.`,applied:`Importen klar: {create} tillagda, {update} uppdaterade, {unchanged} oförändrade.`,failed:`Importen misslyckades`,nothingWritten:`Inget sparades.`,signInFirst:`Import är för nätverkens samordnare och administratörer.`},en:{import:`Import a roster`,intro:`Import a network's members from an Excel (.xlsx) or CSV file. The preview shows first what would happen; nothing is saved until you approve. People's names and phone numbers are never imported.`,file:`File (.xlsx or .csv, at most 5 MB)`,network:`Network`,fromFile:`From the file's Network column`,sheet:`Sheet`,preview:`Preview`,columns:`Columns`,notImported:`Not imported`,personColumn:`a person's details: not imported`,totals:`Totals`,rows:`rows`,CREATE:`Create`,UPDATE:`Update`,UNCHANGED:`Unchanged`,CHOICE:`Choose`,ERROR:`Error`,SKIP:`Skip`,row:`Row`,action:`Action`,organization:`Organisation`,details:`Details`,newOrganization:`new organisation`,chooseFor:`Which organisation does row {row} mean?`,chooseHint:`Choose…`,createNew:`Create a new organisation`,skip:`Skip the row`,invitation:`Invitation: the organisation's editors accept or decline`,apply:`Import`,notReady:`Fix the errors or make the choices before importing.`,applied:`Import done: {create} created, {update} updated, {unchanged} unchanged.`,failed:`The import failed`,nothingWritten:`Nothing was saved.`,signInFirst:`Importing is for network coordinators and administrators.`}};function dm({lang:e,onDone:t}){let n=t=>vp[e][t],{refresh:r}=Lp(),[i,a]=(0,A.useState)(``),[o,s]=(0,A.useState)(``),[c,l]=(0,A.useState)(null);return(0,N.jsx)(`main`,{className:`page narrow`,children:(0,N.jsxs)(`form`,{"data-testid":`login-form`,onSubmit:async e=>{e.preventDefault();let a=Rp((await j.mutation(bp,{email:i,password:o}).toPromise()).error);a?l(a.code===`NETWORK`||a.code===`INTERNAL`?n(`genericError`):a.message):(await r(),t())},children:[(0,N.jsx)(rd,{variant:`h2`,children:n(`signIn`)}),c&&(0,N.jsx)(J,{status:`error`,labelText:n(`signInFailed`),role:`alert`,"data-testid":`login-error`,children:c}),(0,N.jsx)(Nd,{labelText:n(`email`),type:`email`,autoComplete:`username`,value:i,onChange:e=>a(String(e??``)),"data-testid":`login-email`,fullWidth:!0}),(0,N.jsx)(Nd,{labelText:n(`password`),type:`password`,autoComplete:`current-password`,value:o,onChange:e=>s(String(e??``)),"data-testid":`login-password`,fullWidth:!0}),(0,N.jsx)(Gu,{type:`submit`,"data-testid":`login-submit`,children:n(`signIn`)})]})})}function fm({lang:e,onNavigate:t}){let n=t=>vp[e][t],{me:r,refresh:i}=Lp();return r?(0,N.jsxs)(`div`,{className:`account`,"data-testid":`account`,children:[(0,N.jsxs)(`span`,{children:[n(`signedInAs`),`: `,r.email,` (`,r.role,`)`]}),` `,(r.role===`COORDINATOR`||r.role===`EDITOR`||r.role===`ADMIN`)&&(0,N.jsx)(`a`,{href:`/inbox`,onClick:e=>{e.preventDefault(),t(`inbox`)},children:n(`inbox`)}),` `,(r.role===`COORDINATOR`||r.role===`ADMIN`)&&(0,N.jsx)(`a`,{href:`/import`,"data-testid":`import-link`,onClick:e=>{e.preventDefault(),t(`import`)},children:um[e].import}),` `,(0,N.jsx)(Gu,{variant:`secondaryNoBorder`,"data-testid":`sign-out`,onClick:async()=>{await j.mutation(xp,{}).toPromise(),await i(),t(`map`)},children:n(`signOut`)})]}):(0,N.jsx)(`a`,{href:`/login`,"data-testid":`sign-in`,onClick:e=>{e.preventDefault(),t(`login`)},children:n(`signIn`)})}function pm({lang:e,onOpen:t}){let n=t=>vp[e][t],{me:r}=Lp(),[i,a]=(0,A.useState)(null),[o,s]=(0,A.useState)(0);(0,A.useEffect)(()=>{j.query(jp,{},{requestPolicy:`network-only`}).toPromise().then(e=>a(e.data?.memberships.edges?.flatMap(e=>e?.node?[e.node]:[])??[]))},[o,r?.id]);let c=t=>(e===`sv`?t.nameSv:e===`en`?t.nameEn:null)||t.nameFi,l=e=>r?.role===`COORDINATOR`&&(r.networks??[]).some(t=>t.id===e.network.id),u=e=>r?.role===`EDITOR`&&r.organization?.id===e.organization.id,d=(i??[]).filter(e=>r?.role===`ADMIN`||l(e)||u(e)),f=e=>r?.role===`ADMIN`||e.awaiting===`NETWORK`&&l(e)||e.awaiting===`ORGANIZATION`&&u(e);return(0,N.jsxs)(`main`,{className:`page`,"data-testid":`inbox`,children:[(0,N.jsx)(rd,{variant:`h2`,children:n(`inbox`)}),i===null?(0,N.jsx)(`p`,{children:`…`}):d.length===0?(0,N.jsx)(`p`,{children:n(`inboxEmpty`)}):(0,N.jsx)(`ul`,{className:`inbox`,children:d.map(r=>(0,N.jsxs)(`li`,{children:[(0,N.jsx)(`button`,{type:`button`,className:`link`,onClick:()=>t(r.organization.id,`organizations`),children:c(r.organization)}),` `,`→`,` `,(0,N.jsx)(`button`,{type:`button`,className:`link`,onClick:()=>t(r.network.id,`networks`),children:c(r.network)}),` `,(0,N.jsxs)(`span`,{className:`role`,children:[ap(e,r.role),r.representative?` · ${r.representative}`:``,r.requestedBy===`NETWORK`?` · ${n(`invitation`)}`:``]}),f(r)?(0,N.jsx)(Qp,{id:r.id,version:r.version,lang:e,onDone:()=>s(e=>e+1)}):(0,N.jsx)(`div`,{className:`rep`,"data-testid":`awaiting`,children:r.awaiting===`ORGANIZATION`?n(`awaitingOrganization`):n(`awaitingNetwork`)})]},r.id))})]})}var mm={fi:{coverage:`Kattavuus`,coverageTitle:`Yhteistyön kattavuus`,coverageIntro:`Mitä kansallinen ohjeistus odottaa kultakin hyvinvointialueelta ja kunnalta, ja mitä aineistossa on.`,tileMap:`Hyvinvointialueet kartalla`,area:`Alue`,met:`Toteutuu`,atRisk:`Uhattuna`,missing:`Puuttuu`,share:`Toteutuu (%)`,of:`/`,expectation:`Odotus`,status:`Tila`,metBy:`Toteuttajat`,suggestions:`Ehdotuksia`,guidance:`Peruste`,staleEntries:`Vanhentuneet tiedot (vahvistettava)`,municipalities:`Kunnat`,represented:`Mukana alueen ryhmässä`,contact:`Yhteystaho`,downloadCsv:`Lataa puutelista (CSV)`,backToCountry:`Koko maa`,showOnMap:`Näytä kartalla`,noTemplate:`Tälle alueelle ei ole odotuksia.`,print:`Tulosta`,sortBy:`Järjestä`},sv:{coverage:`Täckning`,coverageTitle:`Samarbetets täckning`,coverageIntro:`Vad den nationella vägledningen förväntar sig av varje välfärdsområde och kommun, och vad uppgifterna visar.`,tileMap:`Välfärdsområdena på kartan`,area:`Område`,met:`Uppfyllt`,atRisk:`Hotat`,missing:`Saknas`,share:`Uppfyllt (%)`,of:`/`,expectation:`Förväntning`,status:`Status`,metBy:`Uppfylls av`,suggestions:`Förslag`,guidance:`Grund`,staleEntries:`Föråldrade uppgifter (ska bekräftas)`,municipalities:`Kommuner`,represented:`Med i områdets grupp`,contact:`Kontakt`,downloadCsv:`Ladda ner bristlistan (CSV)`,backToCountry:`Hela landet`,showOnMap:`Visa på kartan`,noTemplate:`Inga förväntningar för detta område.`,print:`Skriv ut`,sortBy:`Sortera`},en:{coverage:`Coverage`,coverageTitle:`Coverage of cooperation`,coverageIntro:`What national guidance expects of each wellbeing services county and municipality, and what the data shows.`,tileMap:`Wellbeing services counties on a tile map`,area:`Area`,met:`Met`,atRisk:`At risk`,missing:`Missing`,share:`Met (%)`,of:`of`,expectation:`Expectation`,status:`Status`,metBy:`Met by`,suggestions:`Suggestions`,guidance:`Guidance`,staleEntries:`Stale entries (to confirm)`,municipalities:`Municipalities`,represented:`In the county's group`,contact:`Contact`,downloadCsv:`Download the gap list (CSV)`,backToCountry:`Whole country`,showOnMap:`Show on the map`,noTemplate:`No expectations for this area.`,print:`Print`,sortBy:`Sort by`}},hm=qt(`query Country { areas(first: 1, where: {kind: COUNTRY}) { edges { node { id } } } }`),gm=qt(`query NationalCoverage($area: ID!, $asOf: Date) { coverage(area: $area, asOf: $asOf) {
  met atRisk missing total
  children { area { id nameFi nameSv nameEn } met atRisk missing total } } }`),_m=qt(`query AreaCoverage($area: ID!, $asOf: Date) { coverage(area: $area, asOf: $asOf) {
  area { id kind nameFi nameSv nameEn }
  met atRisk missing total
  expectations { key rule description descriptionSv descriptionEn guidance status
    organizations { id nameFi nameSv nameEn } networks { id nameFi nameSv nameEn } suggestions { id nameFi nameSv nameEn } }
  children { area { id nameFi nameSv nameEn } met total expectations { key rule status organizations { id nameFi } } } } }`),vm={"Lapin hyvinvointialue":[3,1],"Pohjois-Pohjanmaan hyvinvointialue":[3,2],"Kainuun hyvinvointialue":[4,2],"Pohjanmaan hyvinvointialue":[1,3],"Keski-Pohjanmaan hyvinvointialue":[2,3],"Pohjois-Savon hyvinvointialue":[4,3],"Pohjois-Karjalan hyvinvointialue":[5,3],"Etelä-Pohjanmaan hyvinvointialue":[2,4],"Keski-Suomen hyvinvointialue":[3,4],"Etelä-Savon hyvinvointialue":[4,4],"Satakunnan hyvinvointialue":[1,5],"Pirkanmaan hyvinvointialue":[2,5],"Päijät-Hämeen hyvinvointialue":[3,5],"Kymenlaakson hyvinvointialue":[4,5],"Etelä-Karjalan hyvinvointialue":[5,5],"Varsinais-Suomen hyvinvointialue":[1,6],"Kanta-Hämeen hyvinvointialue":[2,6],"Keski-Uudenmaan hyvinvointialue":[3,6],"Itä-Uudenmaan hyvinvointialue":[4,6],"Länsi-Uudenmaan hyvinvointialue":[2,7],"Vantaan ja Keravan hyvinvointialue":[3,7],"Helsingin kaupunki":[3,8]},ym={"Lapin hyvinvointialue":`Lappi`,"Pohjois-Pohjanmaan hyvinvointialue":`Pohjois-Pohjanmaa`,"Kainuun hyvinvointialue":`Kainuu`,"Pohjanmaan hyvinvointialue":`Pohjanmaa`,"Keski-Pohjanmaan hyvinvointialue":`Keski-Pohjanmaa`,"Pohjois-Savon hyvinvointialue":`Pohjois-Savo`,"Pohjois-Karjalan hyvinvointialue":`Pohjois-Karjala`,"Etelä-Pohjanmaan hyvinvointialue":`Etelä-Pohjanmaa`,"Keski-Suomen hyvinvointialue":`Keski-Suomi`,"Etelä-Savon hyvinvointialue":`Etelä-Savo`,"Satakunnan hyvinvointialue":`Satakunta`,"Pirkanmaan hyvinvointialue":`Pirkanmaa`,"Päijät-Hämeen hyvinvointialue":`Päijät-Häme`,"Kymenlaakson hyvinvointialue":`Kymenlaakso`,"Etelä-Karjalan hyvinvointialue":`Etelä-Karjala`,"Varsinais-Suomen hyvinvointialue":`Varsinais-Suomi`,"Kanta-Hämeen hyvinvointialue":`Kanta-Häme`,"Keski-Uudenmaan hyvinvointialue":`Keski-Uusimaa`,"Itä-Uudenmaan hyvinvointialue":`Itä-Uusimaa`,"Länsi-Uudenmaan hyvinvointialue":`Länsi-Uusimaa`,"Vantaan ja Keravan hyvinvointialue":`Vantaa–Kerava`,"Helsingin kaupunki":`Helsinki`};function bm(e,t){if(t===0)return`none`;let n=e/t;return n>=.75?`good`:n>=.4?`fair`:`poor`}var xm=(e,t)=>(t===`sv`?e.nameSv:t===`en`?e.nameEn:null)||e.nameFi,Sm=e=>e.total?Math.round(100*e.met/e.total):0;function Cm({status:e,lang:t}){let n=mm[t],r=e===`MET`?n.met:e===`AT_RISK`?n.atRisk:n.missing,i=e===`MET`?`✓`:e===`AT_RISK`?`!`:`✗`;return(0,N.jsxs)(`span`,{className:`status-badge ${e.toLowerCase()}`,"data-status":e,children:[(0,N.jsx)(`span`,{"aria-hidden":`true`,children:i}),` `,r]})}function wm({lang:e,areaID:t,asOf:n,go:r}){let[i,a]=(0,A.useState)(null);return(0,A.useEffect)(()=>{j.query(hm,{}).toPromise().then(e=>a(e.data?.areas.edges?.[0]?.node?.id??null))},[]),!t||t===i?(0,N.jsx)(Tm,{lang:e,country:i,asOf:n,go:r}):(0,N.jsx)(Em,{lang:e,areaID:t,asOf:n,go:r})}function Tm({lang:e,country:t,asOf:n,go:r}){let i=t=>mm[e][t],[a,o]=(0,A.useState)(null),[s,c]=(0,A.useState)(!1),[l,u]=(0,A.useState)({key:`share`,asc:!0});if((0,A.useEffect)(()=>{t&&j.query(gm,{area:t,asOf:n}).toPromise().then(e=>{e.error||!e.data?c(!0):o(e.data.coverage.children)})},[t,n]),s)return(0,N.jsx)(`p`,{role:`alert`,children:M[e].loadError});if(!a)return(0,N.jsx)(`p`,{children:M[e].loading});let d=t=>l.key===`area`?xm(t.area,e):l.key===`share`?Sm(t):t[l.key],f=[...a].sort((t,n)=>{let r=d(t),i=d(n),a=typeof r==`string`?r.localeCompare(String(i),e):r-Number(i);return l.asc?a:-a}),p=(e,t)=>(0,N.jsx)(`th`,{scope:`col`,"aria-sort":l.key===e?l.asc?`ascending`:`descending`:`none`,children:(0,N.jsx)(`button`,{type:`button`,className:`link`,onClick:()=>u({key:e,asc:l.key!==e||!l.asc}),children:t})});return(0,N.jsxs)(`main`,{className:`page coverage`,"data-testid":`coverage`,children:[(0,N.jsx)(rd,{variant:`h2`,children:i(`coverageTitle`)}),(0,N.jsx)(`p`,{children:i(`coverageIntro`)}),(0,N.jsxs)(`div`,{className:`coverage-layout`,children:[(0,N.jsx)(`nav`,{"aria-label":i(`tileMap`),className:`tiles`,"data-testid":`tiles`,children:a.map(t=>{let[n,a]=vm[t.area.nameFi]??[5,8];return(0,N.jsxs)(`a`,{href:`/coverage/${t.area.id}`,className:`tile ${bm(t.met,t.total)}`,style:{gridColumn:n,gridRow:a},onClick:e=>{e.preventDefault(),r({coverageArea:t.area.id})},children:[(0,N.jsx)(`span`,{className:`tile-name`,children:e===`fi`?ym[t.area.nameFi]??t.area.nameFi:xm(t.area,e)}),(0,N.jsxs)(`span`,{className:`tile-figures`,children:[t.met,` `,i(`of`),` `,t.total,` · `,Sm(t),` %`]})]},t.area.id)})}),(0,N.jsxs)(`table`,{className:`data`,"data-testid":`coverage-table`,children:[(0,N.jsx)(`caption`,{children:i(`coverage`)}),(0,N.jsx)(`thead`,{children:(0,N.jsxs)(`tr`,{children:[p(`area`,i(`area`)),p(`met`,i(`met`)),p(`atRisk`,i(`atRisk`)),p(`missing`,i(`missing`)),p(`share`,i(`share`))]})}),(0,N.jsx)(`tbody`,{children:f.map(t=>(0,N.jsxs)(`tr`,{children:[(0,N.jsx)(`th`,{scope:`row`,children:(0,N.jsx)(`a`,{href:`/coverage/${t.area.id}`,onClick:e=>{e.preventDefault(),r({coverageArea:t.area.id})},children:xm(t.area,e)})}),(0,N.jsx)(`td`,{children:t.met}),(0,N.jsx)(`td`,{children:t.atRisk}),(0,N.jsx)(`td`,{children:t.missing}),(0,N.jsx)(`td`,{children:Sm(t)})]},t.area.id))})]})]})]})}function Em({lang:e,areaID:t,asOf:n,go:r}){let i=t=>mm[e][t],[a,o]=(0,A.useState)(null),[s,c]=(0,A.useState)(null);(0,A.useEffect)(()=>{o(null),c(null),j.query(_m,{area:t,asOf:n}).toPromise().then(e=>{e.data?.coverage?o(e.data.coverage):c(e.error?.graphQLErrors.some(e=>e.extensions?.code===`BAD_USER_INPUT`)?`missing`:`error`)})},[t,n]);let l=(0,N.jsxs)(`a`,{href:`/coverage`,className:`no-print`,onClick:e=>{e.preventDefault(),r({coverageArea:null})},children:[`← `,i(`backToCountry`)]});if(s)return(0,N.jsxs)(`main`,{className:`page`,children:[(0,N.jsx)(`p`,{role:`alert`,children:s===`missing`?M[e].notFound:M[e].loadError}),l]});if(!a)return(0,N.jsx)(`p`,{children:M[e].loading});let u=t=>e===`sv`?t.descriptionSv:e===`en`?t.descriptionEn:t.description,d=t=>(0,N.jsx)(`a`,{href:`/organizations/${t.id}`,onClick:e=>{e.preventDefault(),r({selected:{kind:`organizations`,id:t.id}})},children:xm(t,e)},t.id),f=t=>(0,N.jsx)(`a`,{href:`/networks/${t.id}?focus=1`,onClick:e=>{e.preventDefault(),r({selected:{kind:`networks`,id:t.id}})},children:xm(t,e)},t.id),p=e=>e.length?e.reduce((e,t,n)=>n?[...e,`, `,t]:[t],[]):`–`,m=a.expectations.find(e=>e.rule===`CONFIRMED`);return(0,N.jsxs)(`main`,{className:`page coverage`,"data-testid":`coverage-area`,children:[l,(0,N.jsx)(rd,{variant:`h2`,children:xm(a.area,e)}),(0,N.jsxs)(`p`,{"data-testid":`coverage-summary`,children:[(0,N.jsx)(Cm,{status:`MET`,lang:e}),` `,a.met,` · `,(0,N.jsx)(Cm,{status:`AT_RISK`,lang:e}),` `,a.atRisk,` ·`,` `,(0,N.jsx)(Cm,{status:`MISSING`,lang:e}),` `,a.missing,` (`,a.total,`)`]}),(0,N.jsxs)(`p`,{className:`no-print actions`,children:[(0,N.jsx)(`a`,{href:`/export/coverage.csv?area=${a.area.id}${n?`&asOf=${n}`:``}`,download:!0,"data-testid":`csv`,children:i(`downloadCsv`)}),` `,(0,N.jsx)(Gu,{variant:`secondary`,onClick:()=>window.print(),children:i(`print`)}),` `,(0,N.jsx)(`a`,{href:`/?area=${a.area.id}`,onClick:e=>{e.preventDefault(),r({area:a.area.id})},children:i(`showOnMap`)})]}),a.total===0?(0,N.jsx)(`p`,{children:i(`noTemplate`)}):(0,N.jsxs)(`table`,{className:`data expectations`,"data-testid":`expectations`,children:[(0,N.jsx)(`thead`,{children:(0,N.jsxs)(`tr`,{children:[(0,N.jsx)(`th`,{scope:`col`,children:i(`expectation`)}),(0,N.jsx)(`th`,{scope:`col`,children:i(`status`)}),(0,N.jsx)(`th`,{scope:`col`,children:i(`metBy`)}),(0,N.jsx)(`th`,{scope:`col`,children:i(`suggestions`)})]})}),(0,N.jsx)(`tbody`,{children:a.expectations.map(t=>(0,N.jsxs)(`tr`,{"data-key":t.key,children:[(0,N.jsxs)(`th`,{scope:`row`,children:[u(t),t.guidance&&(0,N.jsxs)(`div`,{className:`source`,children:[i(`guidance`),`: `,t.guidance]})]}),(0,N.jsx)(`td`,{children:(0,N.jsx)(Cm,{status:t.status,lang:e})}),(0,N.jsxs)(`td`,{children:[t.rule===`CONFIRMED`?``:p([...t.networks.map(f),...t.organizations.map(d)]),t.status!==`MET`&&t.networks.length===0&&(0,N.jsx)(`div`,{className:`no-print`,children:(0,N.jsx)(`a`,{href:`/?area=${a.area.id}`,onClick:e=>{e.preventDefault(),r({area:a.area.id})},children:i(`showOnMap`)})})]}),(0,N.jsx)(`td`,{children:t.status===`MET`?``:p(t.suggestions.map(d))})]},t.key))})]}),m&&m.status!==`MET`&&(m.organizations.length>0||m.networks.length>0)&&(0,N.jsxs)(`section`,{children:[(0,N.jsx)(rd,{variant:`h3`,children:i(`staleEntries`)}),(0,N.jsx)(`p`,{children:p([...m.networks.map(f),...m.organizations.map(d)])})]}),a.children.length>0&&(0,N.jsxs)(`section`,{children:[(0,N.jsx)(rd,{variant:`h3`,children:i(`municipalities`)}),(0,N.jsxs)(`table`,{className:`data`,"data-testid":`municipalities`,children:[(0,N.jsx)(`thead`,{children:(0,N.jsxs)(`tr`,{children:[(0,N.jsx)(`th`,{scope:`col`,children:i(`area`)}),(0,N.jsx)(`th`,{scope:`col`,children:i(`represented`)}),(0,N.jsx)(`th`,{scope:`col`,children:i(`contact`)})]})}),(0,N.jsx)(`tbody`,{children:a.children.map(t=>{let n=e=>t.expectations.find(t=>t.rule===e),i=n(`IN_COUNTY_GROUP`),a=n(`MUNICIPAL_CONTACT`);return(0,N.jsxs)(`tr`,{children:[(0,N.jsx)(`th`,{scope:`row`,children:(0,N.jsx)(`a`,{href:`/coverage/${t.area.id}`,onClick:e=>{e.preventDefault(),r({coverageArea:t.area.id})},children:xm(t.area,e)})}),(0,N.jsx)(`td`,{children:i&&(0,N.jsx)(Cm,{status:i.status,lang:e})}),(0,N.jsx)(`td`,{children:a&&(0,N.jsx)(Cm,{status:a.status,lang:e})})]},t.area.id)})})]})]})]})}var Dm={fi:{organization:`Organisaatio`,businessId:`Y-tunnus`,sector:`Sektori`,network:`Verkosto`,role:`Rooli`,representative:`Edustajan nimike`,startDate:`Alkaen`,endDate:`Päättyen`,municipality:`Kunta`,status:`Tila`,ignore:`Ei tuoda`},sv:{organization:`Organisation`,businessId:`FO-nummer`,sector:`Sektor`,network:`Nätverk`,role:`Roll`,representative:`Representantens titel`,startDate:`Från`,endDate:`Till`,municipality:`Kommun`,status:`Status`,ignore:`Importeras inte`},en:{organization:`Organisation`,businessId:`Business ID`,sector:`Sector`,network:`Network`,role:`Role`,representative:`Representative's title`,startDate:`Start`,endDate:`End`,municipality:`Municipality`,status:`Status`,ignore:`Not imported`}};function Om({lang:e}){let t=(t,n={})=>um[e][t].replace(/\{(\w+)\}/g,(e,t)=>String(n[t]??``)),{me:n}=Lp(),[r,i]=(0,A.useState)(null),[a,o]=(0,A.useState)(``),[s,c]=(0,A.useState)(``),[l,u]=(0,A.useState)({}),[d,f]=(0,A.useState)({}),[p,m]=(0,A.useState)(null),[h,g]=(0,A.useState)(null),[_,v]=(0,A.useState)(!1),[y,b]=(0,A.useState)(null),x=(0,A.useRef)(null);if((0,A.useEffect)(()=>{(y||h)&&x.current&&x.current.focus()},[y,h]),!n||n.role!==`COORDINATOR`&&n.role!==`ADMIN`)return(0,N.jsxs)(`main`,{className:`page narrow`,"data-testid":`import`,children:[(0,N.jsx)(rd,{variant:`h2`,children:t(`import`)}),(0,N.jsx)(`p`,{children:t(`signInFirst`)})]});let S=async(e,n={})=>{if(!r)return;let i=new FormData;i.append(`file`,r,r.name),a&&i.append(`network`,a);let o=n.sheet??s;o&&i.append(`sheet`,o),i.append(`mapping`,JSON.stringify(n.mapping??l)),i.append(`choices`,JSON.stringify(n.choices??d)),v(!0),g(null),b(null);try{let t=await(await fetch(`/import/${e}`,{method:`POST`,body:i,credentials:`same-origin`})).json();t.preview&&m(t.preview),t.errors?.length?(g(t.errors[0].message),e===`preview`&&!t.preview&&m(null)):e===`apply`&&t.preview&&b(t.preview)}catch{g(t(`failed`))}finally{v(!1)}},C=n.role===`COORDINATOR`?n.networks??[]:[],w=t=>(e===`sv`?t.nameSv:e===`en`?t.nameEn:null)||t.nameFi,T=t=>Dm[e][t]??t,E=p?.totals;return(0,N.jsxs)(`main`,{className:`page import-page`,"data-testid":`import`,children:[(0,N.jsx)(rd,{variant:`h2`,children:t(`import`)}),(0,N.jsx)(`p`,{children:t(`intro`)}),(0,N.jsxs)(`form`,{className:`import-form`,onSubmit:e=>{e.preventDefault(),u({}),f({}),c(``),S(`preview`,{sheet:``,mapping:{},choices:{}})},children:[(0,N.jsxs)(`label`,{children:[t(`file`),(0,N.jsx)(`input`,{type:`file`,accept:`.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`,"data-testid":`import-file`,onChange:e=>i(e.target.files?.[0]??null)})]}),(0,N.jsxs)(`label`,{children:[t(`network`),(0,N.jsxs)(`select`,{value:a,onChange:e=>o(e.target.value),"data-testid":`import-network`,children:[(0,N.jsx)(`option`,{value:``,children:t(`fromFile`)}),C.map(e=>(0,N.jsx)(`option`,{value:e.id,children:w(e)},e.id))]})]}),(0,N.jsx)(Gu,{type:`submit`,disabled:!r||_,"data-testid":`import-preview`,children:t(`preview`)})]}),(0,N.jsxs)(`div`,{ref:x,tabIndex:-1,role:`status`,"aria-live":`polite`,className:`import-result`,"data-testid":`import-result`,children:[h&&(0,N.jsxs)(J,{status:`error`,labelText:t(`failed`),children:[h,` `,p&&!p.applied?t(`nothingWritten`):``]}),y&&(0,N.jsx)(J,{status:`neutral`,children:t(`applied`,{create:y.totals.create,update:y.totals.update,unchanged:y.totals.unchanged})})]}),p&&E&&(0,N.jsxs)(`section`,{"aria-labelledby":`import-preview-heading`,"data-testid":`import-preview-table`,children:[(0,N.jsx)(rd,{variant:`h3`,id:`import-preview-heading`,children:p.file}),(0,N.jsxs)(`p`,{"data-testid":`import-totals`,children:[t(`totals`),`: `,E.rows,` `,t(`rows`),` · `,t(`CREATE`),` `,E.create,` · `,t(`UPDATE`),` `,E.update,` · `,t(`UNCHANGED`),` `,E.unchanged,` ·`,` `,t(`CHOICE`),` `,E.choice,` · `,t(`ERROR`),` `,E.error,` · `,t(`SKIP`),` `,E.skip]}),p.sheets.length>1&&(0,N.jsxs)(`label`,{children:[t(`sheet`),(0,N.jsx)(`select`,{value:p.sheet,onChange:e=>{c(e.target.value),u({}),S(`preview`,{sheet:e.target.value,mapping:{}})},children:p.sheets.map(e=>(0,N.jsx)(`option`,{children:e},e))})]}),(0,N.jsxs)(`fieldset`,{className:`import-columns`,children:[(0,N.jsx)(`legend`,{children:t(`columns`)}),p.columns.map(e=>(0,N.jsxs)(`label`,{children:[e.header||e.cell,e.person?(0,N.jsxs)(`span`,{className:`note`,children:[` — `,t(`personColumn`)]}):(0,N.jsx)(`select`,{value:l[e.header]??e.field??`ignore`,onChange:t=>{let n={...l,[e.header]:t.target.value};u(n),S(`preview`,{mapping:n})},children:p.fields.map(e=>(0,N.jsx)(`option`,{value:e,children:T(e)},e))})]},e.index))]}),(0,N.jsxs)(`table`,{className:`import-rows`,children:[(0,N.jsx)(`thead`,{children:(0,N.jsxs)(`tr`,{children:[(0,N.jsx)(`th`,{scope:`col`,children:t(`row`)}),(0,N.jsx)(`th`,{scope:`col`,children:t(`action`)}),(0,N.jsx)(`th`,{scope:`col`,children:t(`organization`)}),(0,N.jsx)(`th`,{scope:`col`,children:t(`network`)}),(0,N.jsx)(`th`,{scope:`col`,children:t(`details`)})]})}),(0,N.jsx)(`tbody`,{children:p.rows.map(e=>(0,N.jsxs)(`tr`,{className:`action-${e.action.toLowerCase()}`,"data-testid":`import-row-${e.row}`,children:[(0,N.jsx)(`th`,{scope:`row`,children:e.row}),(0,N.jsx)(`td`,{children:t(e.action)}),(0,N.jsxs)(`td`,{children:[e.organization,e.newOrganization?` (${t(`newOrganization`)})`:``]}),(0,N.jsx)(`td`,{children:e.network}),(0,N.jsxs)(`td`,{children:[(0,N.jsxs)(`ul`,{children:[e.changes.map((e,t)=>(0,N.jsxs)(`li`,{children:[T(e.field),`: `,e.before?`${e.before} → ${e.after}`:e.after]},`c${t}`)),e.errors.map((e,t)=>(0,N.jsxs)(`li`,{className:`error`,children:[e.cell,` (`,e.column,`): `,e.message]},`e${t}`)),e.invitation&&(0,N.jsx)(`li`,{children:t(`invitation`)}),e.notes.map((e,t)=>(0,N.jsx)(`li`,{children:e},`n${t}`))]}),(e.action===`CHOICE`||e.choice&&e.action!==`ERROR`)&&(0,N.jsxs)(`label`,{children:[t(`chooseFor`,{row:e.row}),(0,N.jsxs)(`select`,{"data-testid":`import-choice-${e.row}`,value:d[String(e.row)]??``,onChange:t=>{let n={...d,[String(e.row)]:t.target.value};t.target.value||delete n[String(e.row)],f(n),S(`preview`,{choices:n})},children:[(0,N.jsx)(`option`,{value:``,children:t(`chooseHint`)}),e.candidates.map(e=>(0,N.jsx)(`option`,{value:String(e.id),children:[e.name,e.businessId,e.area,e.why].filter(Boolean).join(` · `)},e.id)),(0,N.jsx)(`option`,{value:`new`,children:t(`createNew`)}),(0,N.jsx)(`option`,{value:`skip`,children:t(`skip`)})]})]})]})]},e.row))})]}),!p.ready&&(0,N.jsx)(`p`,{children:t(`notReady`)}),(0,N.jsx)(Gu,{disabled:!p.ready||_||p.applied,onClick:()=>S(`apply`),"data-testid":`import-apply`,children:t(`apply`)})]})]})}var km=`modulepreload`,Am=function(e){return`/`+e},jm={},Mm=function(e){return e.pathname.endsWith(`.css`)},Nm=function(e,t,n){if(t in e)return e[t];let r=n();if(!r){e[t]=void 0;return}let i=r.then(()=>{e[t]=void 0},n=>{throw e[t]=void 0,n});return e[t]=i,i},Pm=function(e,t,n){let r=Promise.resolve();if(t&&t.length>0){let e,i=document.querySelector(`meta[property=csp-nonce]`),a=i?.nonce||i?.getAttribute(`nonce`);function o(e){return Promise.all(e.map(e=>Promise.resolve(e).then(e=>({status:`fulfilled`,value:e}),e=>({status:`rejected`,reason:e}))))}function s(e){return import.meta.resolve?new URL(import.meta.resolve(e)):new URL(e,import.meta.url)}r=o(t.map(t=>{t=Am(t,n);let r=s(t),i=Mm(r);return Nm(jm,r.href,()=>{if(e===void 0){e={all:new Set,styles:new Set};let t=document.getElementsByTagName(`link`);for(let n=t.length-1;n>=0;n--){let r=t[n];e.all.add(r.href),r.rel===`stylesheet`&&e.styles.add(r.href)}}if((i?e.styles:e.all).has(r.href))return;let t=document.createElement(`link`);if(t.rel=i?`stylesheet`:km,i||(t.as=`script`),t.crossOrigin=``,t.href=r.href,a&&t.setAttribute(`nonce`,a),document.head.appendChild(t),i)return new Promise((e,n)=>{let i=a=>{t.removeEventListener(`load`,i),t.removeEventListener(`error`,i),a.type===`error`?n(Error(`Unable to preload CSS for ${r}`)):e(a)};t.addEventListener(`load`,i),t.addEventListener(`error`,i)})})}).filter(e=>e!==void 0))}function i(e){let t=new Event(`vite:preloadError`,{cancelable:!0});if(t.payload=e,window.dispatchEvent(t),!t.defaultPrevented)throw e}return r.then(t=>{for(let e of t||[])e.status===`rejected`&&i(e.reason);return e().catch(i)})}(()=>import(`./MapView-DT5NRn5R.js`),__vite__mapDeps([0,1])),Fm=(0,A.lazy)(()=>Pm);function Im(){let[e,t]=(0,A.useState)(()=>gp(location.pathname,location.search));return(0,A.useEffect)(()=>{let e=()=>t(gp(location.pathname,location.search));return window.addEventListener(`popstate`,e),()=>window.removeEventListener(`popstate`,e)},[]),[e,(0,A.useCallback)(e=>{history.pushState(null,``,_p(e)),t(e)},[])]}function Lm(){let[e,t]=Im(),{me:n}=Lp(),r=t=>M[e.lang][t],[i,a]=(0,A.useState)({status:`loading`}),[o,s]=(0,A.useState)(0);(0,A.useEffect)(()=>{document.documentElement.lang=e.lang},[e.lang]),(0,A.useEffect)(()=>{let t=!0;return a({status:`loading`}),Jt(Zf(e)).then(e=>{t&&a({status:`ready`,data:e,nodes:e.nodes.length,edges:e.edges.length})}).catch(()=>{t&&a({status:`error`})}),()=>{t=!1}},[e.sector.join(`,`),e.kind.join(`,`),e.theme.join(`,`),e.level.join(`,`),e.status.join(`,`),e.area,e.asOf,o]);let[c,l]=(0,A.useState)([]);(0,A.useEffect)(()=>{j.query(Xt,{}).toPromise().then(e=>l(e.data?.areas.edges?.flatMap(e=>e?.node?[e.node]:[])??[]))},[]);let u=[e.sector,e.kind,e.theme,e.level,e.status].some(e=>e.length>0)||e.area!==null||e.asOf!==null,d=()=>t({...e,sector:[],kind:[],theme:[],level:[],status:[],area:null,asOf:null}),f=(n,r)=>t({...e,selected:{kind:r===`Network`?`networks`:`organizations`,id:n}});return(0,N.jsxs)(N.Fragment,{children:[(0,N.jsxs)(`header`,{className:`top`,children:[(0,N.jsxs)(`div`,{children:[(0,N.jsx)(rd,{variant:`h1`,children:r(`title`)}),(0,N.jsx)(`p`,{className:`tagline`,children:r(`tagline`)}),(0,N.jsx)(`nav`,{"aria-label":r(`views`),className:`views`,children:[`map`,`organizations`,`networks`,`coverage`].map(n=>(0,N.jsx)(`a`,{href:n===`map`?`/`:`/${n}`,"aria-current":e.page===n&&!e.selected?`page`:void 0,onClick:r=>{r.preventDefault(),t({...e,page:n,selected:null,coverageArea:null})},children:n===`map`?r(`map`):n===`coverage`?mm[e.lang].coverage:r(n)},n))})]}),(0,N.jsxs)(`div`,{className:`lang`,children:[(0,N.jsx)(fm,{lang:e.lang,onNavigate:n=>t({...e,page:n,selected:null,unknownPath:!1})}),(0,N.jsx)(Wf,{label:r(`language`),value:e.lang,options:Qt.map(e=>({value:e,label:e===`fi`?`Suomi`:e===`sv`?`Svenska`:`English`})),onChange:n=>t({...e,lang:n}),testId:`lang`})]})]}),e.page===`login`?(0,N.jsx)(dm,{lang:e.lang,onDone:()=>t({...e,page:`map`})}):e.page===`import`?(0,N.jsx)(Om,{lang:e.lang}):e.page===`inbox`?(0,N.jsx)(pm,{lang:e.lang,onOpen:(n,r)=>t({...e,page:`map`,selected:{kind:r,id:n}})}):e.full&&e.selected?(0,N.jsxs)(`main`,{className:`page profile-page`,"data-testid":`profile-page`,children:[(0,N.jsx)(nm,{id:e.selected.id,lang:e.lang,full:!0,onClose:()=>t({...e,full:!1}),onSelect:(n,r)=>t({...e,selected:{kind:r===`Network`?`networks`:`organizations`,id:n}})}),(0,N.jsx)(Qf,{view:e})]}):e.page===`coverage`&&!e.selected?(0,N.jsx)(wm,{lang:e.lang,areaID:e.coverageArea,asOf:e.asOf,go:n=>t({...e,...n.selected?{page:`map`,selected:n.selected,focus:n.selected.kind===`networks`?1:e.focus}:{},...n.area?{page:`map`,area:n.area,selected:null}:{},...`coverageArea`in n?{coverageArea:n.coverageArea??null}:{}})}):e.unknownPath?(0,N.jsxs)(`main`,{className:`not-found`,children:[(0,N.jsx)(rd,{variant:`h2`,children:r(`pageNotFound`)}),(0,N.jsx)(`p`,{children:(0,N.jsx)(`a`,{href:`/`,onClick:n=>{n.preventDefault(),t({...e,unknownPath:!1,page:`map`,selected:null})},children:r(`backToMap`)})})]}):(0,N.jsxs)(`main`,{className:`layout`,children:[(0,N.jsxs)(`section`,{className:`filters`,"aria-label":r(`filters`),children:[(0,N.jsx)(rn,{lang:e.lang,onPick:n=>n.__typename===`Area`?t({...e,area:n.id}):f(n.id,n.__typename)}),(0,N.jsx)(Gf,{label:r(`sector`),anyLabel:r(`anySector`),values:e.sector,options:up.map(t=>({value:t,label:$t[e.lang][t]})),onChange:n=>t({...e,sector:n}),testId:`sector`}),(0,N.jsx)(Gf,{label:r(`networkKind`),anyLabel:r(`anyKind`),values:e.kind,options:dp.map(t=>({value:t,label:en[e.lang][t]})),onChange:n=>t({...e,kind:n}),testId:`kind`}),(0,N.jsx)(Gf,{label:r(`themes`),anyLabel:r(`anyTheme`),values:e.theme,options:fp.map(t=>({value:t,label:sp(e.lang,t)})),onChange:n=>t({...e,theme:n}),testId:`theme`}),(0,N.jsx)(Gf,{label:r(`level`),anyLabel:r(`anyLevel`),values:e.level,options:pp.map(t=>({value:t,label:lp(e.lang,t)})),onChange:n=>t({...e,level:n}),testId:`level`}),(0,N.jsx)(Wf,{label:r(`membershipStatus`),anyLabel:r(`currentMembers`),value:e.status[0]??``,options:mp.filter(e=>e!==`PENDING`||n?.role===`ADMIN`).map(t=>({value:t,label:op(e.lang,t)})),onChange:n=>t({...e,status:n?[n]:[]}),testId:`status`}),(0,N.jsx)(Wf,{label:r(`area`),anyLabel:r(`anyArea`),value:e.area??``,options:[...e.area&&!c.some(t=>t.id===e.area)?[{value:e.area,label:e.area}]:[],...c.map(t=>({value:t.id,label:zm(t,e.lang)}))],onChange:n=>t({...e,area:n||null}),testId:`area`}),(0,N.jsx)(Wf,{label:r(`focus`),value:String(e.focus),options:[{value:`0`,label:r(`focusOff`)},{value:`1`,label:r(`focusOne`)},{value:`2`,label:r(`focusTwo`)}],onChange:n=>t({...e,focus:Number(n)}),testId:`focus`}),(0,N.jsxs)(`label`,{children:[r(`asOf`),` `,(0,N.jsx)(`input`,{type:`date`,value:e.asOf??``,onChange:n=>t({...e,asOf:n.target.value||null})})]}),u&&(0,N.jsx)(Gu,{variant:`secondary`,onClick:d,children:r(`clearFilters`)}),i.status===`ready`&&(0,N.jsxs)(`p`,{className:`counts`,"aria-live":`polite`,"data-testid":`counts`,children:[i.nodes,` `,r(`nodes`),`, `,i.edges,` `,r(`edges`)]}),(0,N.jsx)(Qf,{view:e})]}),e.page===`organizations`||e.page===`networks`?(0,N.jsx)(Jf,{kind:e.page,view:e,onOpen:n=>t({...e,selected:{kind:e.page,id:n},page:`map`})}):(0,N.jsxs)(`section`,{className:`map`,"aria-label":r(`map`),children:[i.status===`loading`&&(0,N.jsx)(`p`,{className:`status`,children:r(`loading`)}),i.status===`error`&&(0,N.jsxs)(`div`,{className:`status`,role:`alert`,children:[(0,N.jsx)(`p`,{children:r(`loadError`)}),(0,N.jsx)(Gu,{onClick:()=>s(e=>e+1),children:r(`retry`)})]}),i.status===`ready`&&i.nodes===0&&(0,N.jsxs)(`div`,{className:`status`,children:[(0,N.jsx)(`p`,{children:r(`empty`)}),(0,N.jsx)(Gu,{onClick:d,children:r(`clearFilters`)})]}),i.status===`ready`&&i.nodes>0&&(0,N.jsx)(A.Suspense,{fallback:(0,N.jsx)(`p`,{className:`status`,children:r(`loading`)}),children:(0,N.jsx)(Fm,{data:i.data,lang:e.lang,selected:e.selected?.id??null,focus:e.focus,onSelect:f})}),(0,N.jsx)(Rm,{lang:e.lang})]}),(0,N.jsx)(`aside`,{className:`panel`,"aria-label":r(`details`),children:e.selected?(0,N.jsx)(nm,{id:e.selected.id,lang:e.lang,onClose:()=>t({...e,selected:null}),onSelect:f,onFullPage:()=>t({...e,full:!0})}):(0,N.jsx)(`p`,{children:r(`selectHint`)})})]})]})}function Rm({lang:e}){return(0,N.jsxs)(`details`,{className:`legend`,children:[(0,N.jsx)(`summary`,{children:M[e].legend}),(0,N.jsxs)(`ul`,{children:[(0,N.jsxs)(`li`,{children:[(0,N.jsx)(`span`,{className:`swatch network`,style:{borderColor:im}}),` `,M[e].network]}),up.map(t=>(0,N.jsxs)(`li`,{children:[(0,N.jsx)(`span`,{className:`swatch`,style:{background:rm[t]}}),` `,$t[e][t]]},t)),(0,N.jsxs)(`li`,{children:[(0,N.jsx)(`span`,{className:`line`,style:{background:om}}),` `,M[e].leadRole]})]})]})}function zm(e,t){return tm(e,t)}(0,Gt.createRoot)(document.getElementById(`root`)).render((0,N.jsx)(A.StrictMode,{children:(0,N.jsx)(Ip,{children:(0,N.jsx)(Lm,{})})}));export{o as a,u as i,lm as n,c as o,nn as r,cm as t};