import{a as e,c as t,d as n,f as r,g as i,h as a,i as o,l as s,m as c,n as l,o as u,p as ee,r as te,s as d,t as ne,u as f,v as p}from"./index-CAuKc1kG.js";import{a as m,i as h,n as re,o as g,r as _,s as ie,t as ae}from"./map-BtNwrO7y.js";var v=p(i(),1);function y(e){if(Array.isArray(e))return e}function b(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t===0){if(Object(n)!==n)return;c=!1}else for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function x(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function S(e,t){if(e){if(typeof e==`string`)return x(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?x(e,t):void 0}}function C(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function w(e,t){return y(e)||b(e,t)||S(e,t)||C()}function T(e,t){if(!(e instanceof t))throw TypeError(`Cannot call a class as a function`)}function E(e,t){if(typeof e!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t||`default`);if(typeof r!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function D(e){var t=E(e,`string`);return typeof t==`symbol`?t:t+``}function O(e,t){for(var n=0;n<t.length;n++){var r=t[n];r.enumerable=r.enumerable||!1,r.configurable=!0,`value`in r&&(r.writable=!0),Object.defineProperty(e,D(r.key),r)}}function k(e,t,n){return t&&O(e.prototype,t),n&&O(e,n),Object.defineProperty(e,"prototype",{writable:!1}),e}function A(e){return A=Object.setPrototypeOf?Object.getPrototypeOf.bind():function(e){return e.__proto__||Object.getPrototypeOf(e)},A(e)}function j(){try{var e=!Boolean.prototype.valueOf.call(Reflect.construct(Boolean,[],function(){}))}catch{}return(j=function(){return!!e})()}function M(e){if(e===void 0)throw ReferenceError(`this hasn't been initialised - super() hasn't been called`);return e}function N(e,t){if(t&&(typeof t==`object`||typeof t==`function`))return t;if(t!==void 0)throw TypeError(`Derived constructors may only return object or undefined`);return M(e)}function P(e,t,n){return t=A(t),N(e,j()?Reflect.construct(t,n||[],A(e).constructor):t.apply(e,n))}function F(e,t){return F=Object.setPrototypeOf?Object.setPrototypeOf.bind():function(e,t){return e.__proto__=t,e},F(e,t)}function oe(e,t){if(typeof t!=`function`&&t!==null)throw TypeError(`Super expression must either be null or a function`);e.prototype=Object.create(t&&t.prototype,{constructor:{value:e,writable:!0,configurable:!0}}),Object.defineProperty(e,"prototype",{writable:!1}),t&&F(e,t)}function I(e,t,n){return(t=D(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function se(e){if(Array.isArray(e))return x(e)}function L(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function ce(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function R(e){return se(e)||L(e)||S(e)||ce()}function z(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function B(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?z(Object(n),!0).forEach(function(t){I(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):z(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}var V=`relative`,H={drawLabel:void 0,drawHover:void 0,borders:[{size:{value:.1},color:{attribute:`borderColor`}},{size:{fill:!0},color:{attribute:`color`}}]},U=`#000000`;function W(e){var t=e.borders,n=h(t.filter(function(e){return`fill`in e.size}).length);return`
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
${t.flatMap(function(e,t){var n=e.size;if(`fill`in n)return[];n=n;var r=`attribute`in n?`v_borderSize_${t+1}`:h(n.value),i=(n.mode||V)===`pixels`?`u_correctionRatio`:`v_radius`;return[`  float borderSize_${t+1} = ${i} * ${r};`]}).join(`
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
`}var G=WebGLRenderingContext,K=G.UNSIGNED_BYTE,q=G.FLOAT;function J(e){var t,n=B(B({},H),e||{}),r=n.borders,i=n.drawLabel,a=n.drawHover,o=[`u_sizeRatio`,`u_correctionRatio`,`u_matrix`].concat(R(r.flatMap(function(e,t){return`value`in e.color?[`u_borderColor_${t+1}`]:[]})));return t=function(e){oe(t,e);function t(){var e;T(this,t);var n=[...arguments];return e=P(this,t,[].concat(n)),I(M(e),`drawLabel`,i),I(M(e),`drawHover`,a),e}return k(t,[{key:`getDefinition`,value:function(){return{VERTICES:3,VERTEX_SHADER_SOURCE:le(n),FRAGMENT_SHADER_SOURCE:W(n),METHOD:WebGLRenderingContext.TRIANGLES,UNIFORMS:o,ATTRIBUTES:[{name:`a_position`,size:2,type:q},{name:`a_id`,size:4,type:K,normalized:!0},{name:`a_size`,size:1,type:q}].concat(R(r.flatMap(function(e,t){return`attribute`in e.color?[{name:`a_borderColor_${t+1}`,size:4,type:K,normalized:!0}]:[]})),R(r.flatMap(function(e,t){return`attribute`in e.size?[{name:`a_borderSize_${t+1}`,size:1,type:q}]:[]}))),CONSTANT_ATTRIBUTES:[{name:`a_angle`,size:1,type:q}],CONSTANT_DATA:[[t.ANGLE_1],[t.ANGLE_2],[t.ANGLE_3]]}}},{key:`processVisibleItem`,value:function(e,t,n){var i=this.array;i[t++]=n.x,i[t++]=n.y,i[t++]=e,i[t++]=n.size,r.forEach(function(e){var r=e.color;`attribute`in r&&(i[t++]=g(n[r.attribute]||r.defaultValue||U))}),r.forEach(function(e){var r=e.size;`attribute`in r&&(i[t++]=n[r.attribute]||r.defaultValue)})}},{key:`setUniforms`,value:function(e,t){var n=t.gl,i=t.uniformLocations,a=i.u_sizeRatio,o=i.u_correctionRatio,s=i.u_matrix;n.uniform1f(o,e.correctionRatio),n.uniform1f(a,e.sizeRatio),n.uniformMatrix3fv(s,!1,e.matrix),r.forEach(function(e,t){var r=e.color;if(`value`in r){var a=i[`u_borderColor_${t+1}`],o=w(m(r.value),4),s=o[0],c=o[1],l=o[2],u=o[3];n.uniform4f(a,s/255,c/255,l/255,u/255)}})}}]),t}(_),I(t,`ANGLE_1`,0),I(t,`ANGLE_2`,2*Math.PI/3),I(t,`ANGLE_3`,4*Math.PI/3),t}J();function Y(e,t,n){let r=new Set([t]),i=[t];for(let t=0;t<n;t++){let t=[];for(let n of i)e.forEachNeighbor(n,e=>{r.has(e)||(r.add(e),t.push(e))});i=t}return r}var X=a(),Z=`#e3e6ea`;function Q(e){return J({borders:e.map(([t,n],r)=>({size:r===e.length-1?{fill:!0}:{value:n},color:t===`c`?{attribute:`borderColor`}:t===`w`?{value:`#ffffff`}:{attribute:`accent`,defaultValue:d}}))})}var $=Object.fromEntries([[`ring`,Q(s)],...Object.entries(n).filter(([,e])=>e.length>1).map(([e,t])=>[`sector-${e}`,Q(t)])]);function ue({data:i,lang:a,selected:s,focus:p,onSelect:m,mode:h=null,area:g=null,asOf:_=null}){let y=(0,v.useRef)(null),[b,x]=(0,v.useState)(null),[S,C]=(0,v.useState)(!1),[w,T]=(0,v.useState)(null),E=h===`load`||h===`bridge`;(0,v.useEffect)(()=>{if(x(null),C(!1),!E)return;let e=new AbortController;return r(g,_,e.signal).then(x,()=>{e.signal.aborted||C(!0)}),()=>e.abort()},[E,g,_]);let D=(0,v.useRef)(null),O=(0,v.useRef)(null),k=(0,v.useRef)(null),A=(0,v.useRef)(m);A.current=m;let j=(0,v.useRef)(null),M=(0,v.useRef)(1);(0,v.useEffect)(()=>{if(!y.current)return;y.current.removeAttribute(`data-rendered`);let e=new ie({multi:!0,type:`undirected`,allowSelfLoops:!1});e.import(i),e.forEachNode((t,r)=>{let i=a===`sv`?r.labelSv||r.label:a===`en`&&r.labelEn||r.label,o=n[r.sector??``]?r.sector:`OTHER`,s=r.kind===`Network`?`ring`:$[`sector-${o}`]?`sector-${o}`:`circle`;e.mergeNodeAttributes(t,{type:s,color:f(r),borderColor:f(r),accent:d,label:i})}),e.forEachEdge((n,r)=>{let i=t(r.role);e.mergeEdgeAttributes(n,i.size>1?i:{...i,type:`line`})}),T(h===`comembership`?ee(e):null),(h===`load`||h===`bridge`)&&b&&c(e,h,b);let r=j.current,s=r&&!o()?ne(e,r.drawn):0;M.current=r&&!o()?0:1;let u=new re(e,y.current,{labelRenderedSizeThreshold:5,labelDensity:.5,zIndex:!0,nodeProgramClasses:$,edgeProgramClasses:{line:ae},nodeReducer:(e,t)=>{let n=M.current<1?te(t,M.current):t;return n.hidden?n:k.current&&!k.current.has(e)?{...n,hidden:!0}:O.current&&!O.current.has(e)?{...n,color:Z,borderColor:Z,accent:Z,label:``}:O.current?{...n,highlighted:!0,zIndex:1}:n},edgeReducer:(t,n)=>{let[r,i]=e.extremities(t);return M.current<1&&(e.getNodeAttribute(r,`entering`)||e.getNodeAttribute(i,`entering`))||k.current&&(!k.current.has(r)||!k.current.has(i))||O.current&&!(O.current.has(r)&&O.current.has(i))?{...n,hidden:!0}:n}});u.once(`afterRender`,()=>y.current?.setAttribute(`data-rendered`,`true`)),u.on(`clickNode`,({node:t})=>A.current(t,e.getNodeAttribute(t,`kind`))),u.on(`enterNode`,({node:t})=>{O.current=Y(e,t,1),u.refresh({skipIndexation:!0})}),u.on(`leaveNode`,()=>{O.current=null,u.refresh({skipIndexation:!0})}),D.current=u,r&&s>=.5&&u.getCamera().setState(r.camera);let p=0;if(M.current<1){let t=performance.now(),n=()=>{M.current=Math.min(1,(performance.now()-t)/400),M.current>=1&&e.filterNodes((e,t)=>t.leaving).forEach(t=>e.dropNode(t)),u.refresh({skipIndexation:M.current<1}),M.current<1&&(p=requestAnimationFrame(n))};p=requestAnimationFrame(n)}return()=>{cancelAnimationFrame(p),j.current={drawn:l(e),camera:u.getCamera().getState()},u.kill(),D.current=null}},[i,a,h,b]),(0,v.useEffect)(()=>{let e=D.current;if(!e)return;let t=e.getGraph(),n=s!==null&&t.hasNode(s);if(k.current=n&&p>0?Y(t,s,p):null,t.forEachNode(e=>t.setNodeAttribute(e,`highlighted`,e===s)),e.refresh(),n){let t=e.getNodeDisplayData(s);t&&e.getCamera().animate({x:t.x,y:t.y,ratio:p>0?.3:.5},{duration:400})}},[s,p,i,a,h,b]);let N=(0,v.useRef)(null),[P,F]=(0,v.useState)(``);return(0,X.jsxs)(X.Fragment,{children:[(0,X.jsx)(`div`,{ref:y,className:`map-canvas`,"data-testid":`map`,tabIndex:0,role:`application`,"aria-label":e[a].label.split(`.`)[0],"aria-describedby":`map-help`,onKeyDown:t=>{let n=D.current;if(!n)return;let r=n.getCamera(),i=r.getState(),o=.15*i.ratio,c=n.getGraph(),l=t=>{N.current=t,O.current=Y(c,t,1),n.refresh({skipIndexation:!0});let i=n.getNodeDisplayData(t);i&&r.animate({x:i.x,y:i.y},{duration:200}),F(`${e[a].selected}: ${c.getNodeAttribute(t,`label`)}`)};switch(t.key){case`ArrowLeft`:r.animate({x:i.x-o},{duration:150});break;case`ArrowRight`:r.animate({x:i.x+o},{duration:150});break;case`ArrowUp`:r.animate({y:i.y+o},{duration:150});break;case`ArrowDown`:r.animate({y:i.y-o},{duration:150});break;case`+`:case`=`:r.animatedZoom({duration:150});break;case`-`:r.animatedUnzoom({duration:150});break;case`0`:r.animatedReset({duration:200});break;case`n`:case`N`:case`p`:case`P`:{let e=N.current??s,r;if(e&&c.hasNode(e)&&c.degree(e)>0)r=[...new Set(c.neighbors(e))];else{let e=[];c.forEachNode(t=>{let r=n.getNodeDisplayData(t);r&&!r.hidden&&e.push([(r.x-i.x)**2+(r.y-i.y)**2,t])}),r=e.sort((e,t)=>e[0]-t[0]).slice(0,20).map(([,e])=>e)}if(r.length===0)break;r.sort((e,t)=>String(c.getNodeAttribute(e,`label`)).localeCompare(String(c.getNodeAttribute(t,`label`)),a));let o=N.current?r.indexOf(N.current):-1,u=t.key.toLowerCase()===`n`?(o+1)%r.length:(o-1+r.length)%r.length;l(r[u]);break}case`Enter`:N.current&&A.current(N.current,c.getNodeAttribute(N.current,`kind`));break;case`Escape`:N.current=null,O.current=null,n.refresh({skipIndexation:!0}),F(``);break;default:return}t.preventDefault()}}),(0,X.jsx)(`p`,{className:`visually-hidden`,"aria-live":`polite`,"data-testid":`map-announce`,children:P}),h&&(0,X.jsx)(`p`,{className:`map-mode`,"aria-live":`polite`,"data-testid":`map-mode`,children:u(a,h,{scores:b,failed:S,projection:w})})]})}export{ue as default};