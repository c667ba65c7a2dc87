import{a as e,c as t,d as n,f as r,g as i,h as a,i as o,l as s,m as c,n as l,o as u,p as ee,r as te,s as d,t as f,u as p,v as m}from"./index-DxbZ8eIu.js";import{a as h,i as g,n as ne,o as _,r as v,s as re,t as ie}from"./map-BlusRo6E.js";var y=m(i(),1);function b(e){if(Array.isArray(e))return e}function x(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t===0){if(Object(n)!==n)return;c=!1}else for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function S(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function C(e,t){if(e){if(typeof e==`string`)return S(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?S(e,t):void 0}}function w(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function T(e,t){return b(e)||x(e,t)||C(e,t)||w()}function E(e,t){if(!(e instanceof t))throw TypeError(`Cannot call a class as a function`)}function D(e,t){if(typeof e!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t||`default`);if(typeof r!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function O(e){var t=D(e,`string`);return typeof t==`symbol`?t:t+``}function k(e,t){for(var n=0;n<t.length;n++){var r=t[n];r.enumerable=r.enumerable||!1,r.configurable=!0,`value`in r&&(r.writable=!0),Object.defineProperty(e,O(r.key),r)}}function A(e,t,n){return t&&k(e.prototype,t),n&&k(e,n),Object.defineProperty(e,"prototype",{writable:!1}),e}function j(e){return j=Object.setPrototypeOf?Object.getPrototypeOf.bind():function(e){return e.__proto__||Object.getPrototypeOf(e)},j(e)}function M(){try{var e=!Boolean.prototype.valueOf.call(Reflect.construct(Boolean,[],function(){}))}catch{}return(M=function(){return!!e})()}function N(e){if(e===void 0)throw ReferenceError(`this hasn't been initialised - super() hasn't been called`);return e}function P(e,t){if(t&&(typeof t==`object`||typeof t==`function`))return t;if(t!==void 0)throw TypeError(`Derived constructors may only return object or undefined`);return N(e)}function F(e,t,n){return t=j(t),P(e,M()?Reflect.construct(t,n||[],j(e).constructor):t.apply(e,n))}function I(e,t){return I=Object.setPrototypeOf?Object.setPrototypeOf.bind():function(e,t){return e.__proto__=t,e},I(e,t)}function L(e,t){if(typeof t!=`function`&&t!==null)throw TypeError(`Super expression must either be null or a function`);e.prototype=Object.create(t&&t.prototype,{constructor:{value:e,writable:!0,configurable:!0}}),Object.defineProperty(e,"prototype",{writable:!1}),t&&I(e,t)}function R(e,t,n){return(t=O(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function z(e){if(Array.isArray(e))return S(e)}function B(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function V(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function H(e){return z(e)||B(e)||C(e)||V()}function U(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function W(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?U(Object(n),!0).forEach(function(t){R(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):U(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}var ae=`relative`,oe={drawLabel:void 0,drawHover:void 0,borders:[{size:{value:.1},color:{attribute:`borderColor`}},{size:{fill:!0},color:{attribute:`color`}}]},se=`#000000`;function ce(e){var t=e.borders,n=g(t.filter(function(e){return`fill`in e.size}).length);return`
precision highp float;

varying vec2 v_diffVector;
varying float v_radius;

#ifdef PICKING_MODE
varying vec4 v_color;
#else
// For normal mode, we use the border colors defined in the program:
${t.flatMap(function(e,t){return`attribute`in e.size?[`varying float v_borderSize_${t+1};`]:[]}).join(`
`)}
${t.flatMap(function(e,t){var n=e.color;return`attribute`in n?[`varying vec4 v_borderColor_${t+1};`]:`value`in n?[`uniform vec4 u_borderColor_${t+1};`]:[]}).join(`
`)}
#endif

uniform float u_correctionRatio;

const float bias = 255.0 / 254.0;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  float dist = length(v_diffVector);
  float aaBorder = 2.0 * u_correctionRatio;
  float v_borderSize_0 = v_radius;
  vec4 v_borderColor_0 = transparent;

  // No antialiasing for picking mode:
  #ifdef PICKING_MODE
  if (dist > v_radius)
    gl_FragColor = transparent;
  else {
    gl_FragColor = v_color;
    gl_FragColor.a *= bias;
  }
  #else
  // Sizes:
${t.flatMap(function(e,t){var n=e.size;if(`fill`in n)return[];n=n;var r=`attribute`in n?`v_borderSize_${t+1}`:g(n.value),i=(n.mode||ae)===`pixels`?`u_correctionRatio`:`v_radius`;return[`  float borderSize_${t+1} = ${i} * ${r};`]}).join(`
`)}
  // Now, let's split the remaining space between "fill" borders:
  float fillBorderSize = (v_radius - (${t.flatMap(function(e,t){return`fill`in e.size?[]:[`borderSize_${t+1}`]}).join(` + `)}) ) / ${n};
${t.flatMap(function(e,t){return`fill`in e.size?[`  float borderSize_${t+1} = fillBorderSize;`]:[]}).join(`
`)}

  // Finally, normalize all border sizes, to start from the full size and to end with the smallest:
  float adjustedBorderSize_0 = v_radius;
${t.map(function(e,t){return`  float adjustedBorderSize_${t+1} = adjustedBorderSize_${t} - borderSize_${t+1};`}).join(`
`)}

  // Colors:
  vec4 borderColor_0 = transparent;
${t.map(function(e,t){var n=e.color,r=[];return`attribute`in n?r.push(`  vec4 borderColor_${t+1} = v_borderColor_${t+1};`):`transparent`in n?r.push(`  vec4 borderColor_${t+1} = vec4(0.0, 0.0, 0.0, 0.0);`):r.push(`  vec4 borderColor_${t+1} = u_borderColor_${t+1};`),r.push(`  borderColor_${t+1}.a *= bias;`),r.push(`  if (borderSize_${t+1} <= 1.0 * u_correctionRatio) { borderColor_${t+1} = borderColor_${t}; }`),r.join(`
`)}).join(`
`)}
  if (dist > adjustedBorderSize_0) {
    gl_FragColor = borderColor_0;
  } else ${t.map(function(e,t){return`if (dist > adjustedBorderSize_${t} - aaBorder) {
    gl_FragColor = mix(borderColor_${t+1}, borderColor_${t}, (dist - adjustedBorderSize_${t} + aaBorder) / aaBorder);
  } else if (dist > adjustedBorderSize_${t+1}) {
    gl_FragColor = borderColor_${t+1};
  } else `}).join(``)} { /* Nothing to add here */ }
  #endif
}
`}function le(e){var t=e.borders;return`
attribute vec2 a_position;
attribute float a_size;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec2 v_diffVector;
varying float v_radius;

#ifdef PICKING_MODE
attribute vec4 a_id;
varying vec4 v_color;
#else
${t.flatMap(function(e,t){return`attribute`in e.size?[`attribute float a_borderSize_${t+1};`,`varying float v_borderSize_${t+1};`]:[]}).join(`
`)}
${t.flatMap(function(e,t){return`attribute`in e.color?[`attribute vec4 a_borderColor_${t+1};`,`varying vec4 v_borderColor_${t+1};`]:[]}).join(`
`)}
#endif

const float bias = 255.0 / 254.0;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main() {
  float size = a_size * u_correctionRatio / u_sizeRatio * 4.0;
  vec2 diffVector = size * vec2(cos(a_angle), sin(a_angle));
  vec2 position = a_position + diffVector;
  gl_Position = vec4(
    (u_matrix * vec3(position, 1)).xy,
    0,
    1
  );

  v_radius = size / 2.0;
  v_diffVector = diffVector;

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
${t.flatMap(function(e,t){return`attribute`in e.size?[`  v_borderSize_${t+1} = a_borderSize_${t+1};`]:[]}).join(`
`)}
${t.flatMap(function(e,t){return`attribute`in e.color?[`  v_borderColor_${t+1} = a_borderColor_${t+1};`]:[]}).join(`
`)}
  #endif
}
`}var G=WebGLRenderingContext,K=G.UNSIGNED_BYTE,q=G.FLOAT;function J(e){var t,n=W(W({},oe),e||{}),r=n.borders,i=n.drawLabel,a=n.drawHover,o=[`u_sizeRatio`,`u_correctionRatio`,`u_matrix`].concat(H(r.flatMap(function(e,t){return`value`in e.color?[`u_borderColor_${t+1}`]:[]})));return t=function(e){L(t,e);function t(){var e;E(this,t);var n=[...arguments];return e=F(this,t,[].concat(n)),R(N(e),`drawLabel`,i),R(N(e),`drawHover`,a),e}return A(t,[{key:`getDefinition`,value:function(){return{VERTICES:3,VERTEX_SHADER_SOURCE:le(n),FRAGMENT_SHADER_SOURCE:ce(n),METHOD:WebGLRenderingContext.TRIANGLES,UNIFORMS:o,ATTRIBUTES:[{name:`a_position`,size:2,type:q},{name:`a_id`,size:4,type:K,normalized:!0},{name:`a_size`,size:1,type:q}].concat(H(r.flatMap(function(e,t){return`attribute`in e.color?[{name:`a_borderColor_${t+1}`,size:4,type:K,normalized:!0}]:[]})),H(r.flatMap(function(e,t){return`attribute`in e.size?[{name:`a_borderSize_${t+1}`,size:1,type:q}]:[]}))),CONSTANT_ATTRIBUTES:[{name:`a_angle`,size:1,type:q}],CONSTANT_DATA:[[t.ANGLE_1],[t.ANGLE_2],[t.ANGLE_3]]}}},{key:`processVisibleItem`,value:function(e,t,n){var i=this.array;i[t++]=n.x,i[t++]=n.y,i[t++]=e,i[t++]=n.size,r.forEach(function(e){var r=e.color;`attribute`in r&&(i[t++]=_(n[r.attribute]||r.defaultValue||se))}),r.forEach(function(e){var r=e.size;`attribute`in r&&(i[t++]=n[r.attribute]||r.defaultValue)})}},{key:`setUniforms`,value:function(e,t){var n=t.gl,i=t.uniformLocations,a=i.u_sizeRatio,o=i.u_correctionRatio,s=i.u_matrix;n.uniform1f(o,e.correctionRatio),n.uniform1f(a,e.sizeRatio),n.uniformMatrix3fv(s,!1,e.matrix),r.forEach(function(e,t){var r=e.color;if(`value`in r){var a=i[`u_borderColor_${t+1}`],o=T(h(r.value),4),s=o[0],c=o[1],l=o[2],u=o[3];n.uniform4f(a,s/255,c/255,l/255,u/255)}})}}]),t}(v),R(t,`ANGLE_1`,0),R(t,`ANGLE_2`,2*Math.PI/3),R(t,`ANGLE_3`,4*Math.PI/3),t}J();function Y(e,t,n){let r=new Set([t]),i=[t];for(let t=0;t<n;t++){let t=[];for(let n of i)e.forEachNeighbor(n,e=>{r.has(e)||(r.add(e),t.push(e))});i=t}return r}var X=a(),Z=`#e3e6ea`;function Q(e){return J({borders:e.map(([t,n],r)=>({size:r===e.length-1?{fill:!0}:{value:n},color:t===`c`?{attribute:`borderColor`}:t===`w`?{value:`#ffffff`}:{attribute:`accent`,defaultValue:d}}))})}var $=Object.fromEntries([[`ring`,Q(s)],...Object.entries(n).filter(([,e])=>e.length>1).map(([e,t])=>[`sector-${e}`,Q(t)])]);function ue({data:i,lang:a,selected:s,focus:m,onSelect:h,mode:g=null,area:_=null,asOf:v=null}){let b=(0,y.useRef)(null),[x,S]=(0,y.useState)(null),[C,w]=(0,y.useState)(!1),[T,E]=(0,y.useState)(null),D=g===`load`||g===`bridge`;(0,y.useEffect)(()=>{if(S(null),w(!1),!D)return;let e=new AbortController;return r(_,v,e.signal).then(S,()=>{e.signal.aborted||w(!0)}),()=>e.abort()},[D,_,v]);let O=(0,y.useRef)(null),k=(0,y.useRef)(null),A=(0,y.useRef)(null),j=(0,y.useRef)(h);j.current=h;let M=(0,y.useRef)(null),N=(0,y.useRef)(1);(0,y.useEffect)(()=>{if(!b.current)return;b.current.removeAttribute(`data-rendered`);let e=new re({multi:!0,type:`undirected`,allowSelfLoops:!1});e.import(i),e.forEachNode((t,r)=>{let i=a===`sv`?r.labelSv||r.label:a===`en`&&r.labelEn||r.label,o=n[r.sector??``]?r.sector:`OTHER`,s=r.kind===`Network`?`ring`:$[`sector-${o}`]?`sector-${o}`:`circle`;e.mergeNodeAttributes(t,{type:s,color:p(r),borderColor:p(r),accent:d,label:i})}),e.forEachEdge((n,r)=>{let i=t(r.role);e.mergeEdgeAttributes(n,i.size>1?i:{...i,type:`line`})}),E(g===`comembership`?ee(e):null),(g===`load`||g===`bridge`)&&x&&c(e,g,x);let r=M.current,s=r!==null&&!o(),u=s?f(e,r.drawn):0;N.current=+!s;let m=new ne(e,b.current,{labelRenderedSizeThreshold:5,labelDensity:.5,zIndex:!0,nodeProgramClasses:$,edgeProgramClasses:{line:ie},nodeReducer:(e,t)=>{let n=N.current<1?te(t,N.current):t;return n.hidden?n:A.current&&!A.current.has(e)?{...n,hidden:!0}:k.current&&!k.current.has(e)?{...n,color:Z,borderColor:Z,accent:Z,label:``}:k.current?{...n,highlighted:!0,zIndex:1}:n},edgeReducer:(t,n)=>{let[r,i]=e.extremities(t);return N.current<1&&(e.getNodeAttribute(r,`entering`)||e.getNodeAttribute(i,`entering`))||A.current&&(!A.current.has(r)||!A.current.has(i))||k.current&&!(k.current.has(r)&&k.current.has(i))?{...n,hidden:!0}:n}});m.once(`afterRender`,()=>b.current?.setAttribute(`data-rendered`,`true`)),m.on(`clickNode`,({node:t})=>j.current(t,e.getNodeAttribute(t,`kind`))),m.on(`enterNode`,({node:t})=>{k.current=Y(e,t,1),m.refresh({skipIndexation:!0})}),m.on(`leaveNode`,()=>{k.current=null,m.refresh({skipIndexation:!0})}),O.current=m,r&&u>=.5&&m.getCamera().setState(r.camera);let h=0;if(N.current<1){let t=performance.now(),n=()=>{N.current=Math.min(1,(performance.now()-t)/400),N.current>=1&&e.filterNodes((e,t)=>t.leaving).forEach(t=>e.dropNode(t)),m.refresh({skipIndexation:N.current<1}),N.current<1&&(h=requestAnimationFrame(n))};h=requestAnimationFrame(n)}return()=>{cancelAnimationFrame(h),M.current={drawn:l(e),camera:m.getCamera().getState()},m.kill(),O.current=null}},[i,a,g,x]),(0,y.useEffect)(()=>{let e=O.current;if(!e)return;let t=e.getGraph(),n=s!==null&&t.hasNode(s);if(A.current=n&&m>0?Y(t,s,m):null,t.forEachNode(e=>t.setNodeAttribute(e,`highlighted`,e===s)),e.refresh(),n){let t=e.getNodeDisplayData(s);t&&e.getCamera().animate({x:t.x,y:t.y,ratio:m>0?.3:.5},{duration:400})}},[s,m,i,a,g,x]);let P=(0,y.useRef)(null),[F,I]=(0,y.useState)(``);return(0,X.jsxs)(X.Fragment,{children:[(0,X.jsx)(`div`,{ref:b,className:`map-canvas`,"data-testid":`map`,tabIndex:0,role:`application`,"aria-label":e[a].label.split(`.`)[0],"aria-describedby":`map-help`,onKeyDown:t=>{let n=O.current;if(!n)return;let r=n.getCamera(),i=r.getState(),o=.15*i.ratio,c=n.getGraph(),l=t=>{P.current=t,k.current=Y(c,t,1),n.refresh({skipIndexation:!0});let i=n.getNodeDisplayData(t);i&&r.animate({x:i.x,y:i.y},{duration:200}),I(`${e[a].selected}: ${c.getNodeAttribute(t,`label`)}`)};switch(t.key){case`ArrowLeft`:r.animate({x:i.x-o},{duration:150});break;case`ArrowRight`:r.animate({x:i.x+o},{duration:150});break;case`ArrowUp`:r.animate({y:i.y+o},{duration:150});break;case`ArrowDown`:r.animate({y:i.y-o},{duration:150});break;case`+`:case`=`:r.animatedZoom({duration:150});break;case`-`:r.animatedUnzoom({duration:150});break;case`0`:r.animatedReset({duration:200});break;case`n`:case`N`:case`p`:case`P`:{let e=P.current??s,r;if(e&&c.hasNode(e)&&c.degree(e)>0)r=[...new Set(c.neighbors(e))];else{let e=[];c.forEachNode(t=>{let r=n.getNodeDisplayData(t);r&&!r.hidden&&e.push([(r.x-i.x)**2+(r.y-i.y)**2,t])}),r=e.sort((e,t)=>e[0]-t[0]).slice(0,20).map(([,e])=>e)}if(r.length===0)break;r.sort((e,t)=>String(c.getNodeAttribute(e,`label`)).localeCompare(String(c.getNodeAttribute(t,`label`)),a));let o=P.current?r.indexOf(P.current):-1,u=t.key.toLowerCase()===`n`?(o+1)%r.length:(o-1+r.length)%r.length;l(r[u]);break}case`Enter`:P.current&&j.current(P.current,c.getNodeAttribute(P.current,`kind`));break;case`Escape`:P.current=null,k.current=null,n.refresh({skipIndexation:!0}),I(``);break;default:return}t.preventDefault()}}),(0,X.jsx)(`p`,{className:`visually-hidden`,"aria-live":`polite`,"data-testid":`map-announce`,children:F}),g&&(0,X.jsx)(`p`,{className:`map-mode`,"aria-live":`polite`,"data-testid":`map-mode`,children:u(a,g,{scores:x,failed:C,projection:T})})]})}export{ue as default};