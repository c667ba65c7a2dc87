import{n as e}from"./rolldown-runtime-WkwZ5CU-.js";import{n as t,t as n}from"./jsx-runtime-CkXRJ162.js";import{a as r,i,n as a,o,r as s,s as c,t as l}from"./map-uSSgS2Xs.js";import{c as u,f as d,i as f,m as p,p as ee,s as m,t as h,u as g}from"./colors-B7hWL8T9.js";import{a as te,i as ne,n as re,o as _,r as ie,s as v,t as y}from"./index-DIq7M_gj.js";var b=e(t(),1);function x(e){if(Array.isArray(e))return e}function S(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t===0){if(Object(n)!==n)return;c=!1}else for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function C(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function w(e,t){if(e){if(typeof e==`string`)return C(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?C(e,t):void 0}}function T(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function E(e,t){return x(e)||S(e,t)||w(e,t)||T()}function D(e,t){if(!(e instanceof t))throw TypeError(`Cannot call a class as a function`)}function O(e,t){if(typeof e!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t||`default`);if(typeof r!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function k(e){var t=O(e,`string`);return typeof t==`symbol`?t:t+``}function A(e,t){for(var n=0;n<t.length;n++){var r=t[n];r.enumerable=r.enumerable||!1,r.configurable=!0,`value`in r&&(r.writable=!0),Object.defineProperty(e,k(r.key),r)}}function j(e,t,n){return t&&A(e.prototype,t),n&&A(e,n),Object.defineProperty(e,"prototype",{writable:!1}),e}function M(e){return M=Object.setPrototypeOf?Object.getPrototypeOf.bind():function(e){return e.__proto__||Object.getPrototypeOf(e)},M(e)}function N(){try{var e=!Boolean.prototype.valueOf.call(Reflect.construct(Boolean,[],function(){}))}catch{}return(N=function(){return!!e})()}function P(e){if(e===void 0)throw ReferenceError(`this hasn't been initialised - super() hasn't been called`);return e}function F(e,t){if(t&&(typeof t==`object`||typeof t==`function`))return t;if(t!==void 0)throw TypeError(`Derived constructors may only return object or undefined`);return P(e)}function I(e,t,n){return t=M(t),F(e,N()?Reflect.construct(t,n||[],M(e).constructor):t.apply(e,n))}function L(e,t){return L=Object.setPrototypeOf?Object.setPrototypeOf.bind():function(e,t){return e.__proto__=t,e},L(e,t)}function ae(e,t){if(typeof t!=`function`&&t!==null)throw TypeError(`Super expression must either be null or a function`);e.prototype=Object.create(t&&t.prototype,{constructor:{value:e,writable:!0,configurable:!0}}),Object.defineProperty(e,"prototype",{writable:!1}),t&&L(e,t)}function R(e,t,n){return(t=k(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function oe(e){if(Array.isArray(e))return C(e)}function se(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function ce(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function z(e){return oe(e)||se(e)||w(e)||ce()}function B(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function V(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?B(Object(n),!0).forEach(function(t){R(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):B(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}var H=`relative`,U={drawLabel:void 0,drawHover:void 0,borders:[{size:{value:.1},color:{attribute:`borderColor`}},{size:{fill:!0},color:{attribute:`color`}}]},W=`#000000`;function le(e){var t=e.borders,n=i(t.filter(function(e){return`fill`in e.size}).length);return`
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
${t.flatMap(function(e,t){var n=e.size;if(`fill`in n)return[];n=n;var r=`attribute`in n?`v_borderSize_${t+1}`:i(n.value),a=(n.mode||H)===`pixels`?`u_correctionRatio`:`v_radius`;return[`  float borderSize_${t+1} = ${a} * ${r};`]}).join(`
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
`}function ue(e){var t=e.borders;return`
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
`}var G=WebGLRenderingContext,K=G.UNSIGNED_BYTE,q=G.FLOAT;function J(e){var t,n=V(V({},U),e||{}),i=n.borders,a=n.drawLabel,c=n.drawHover,l=[`u_sizeRatio`,`u_correctionRatio`,`u_matrix`].concat(z(i.flatMap(function(e,t){return`value`in e.color?[`u_borderColor_${t+1}`]:[]})));return t=function(e){ae(t,e);function t(){var e;D(this,t);var n=[...arguments];return e=I(this,t,[].concat(n)),R(P(e),`drawLabel`,a),R(P(e),`drawHover`,c),e}return j(t,[{key:`getDefinition`,value:function(){return{VERTICES:3,VERTEX_SHADER_SOURCE:ue(n),FRAGMENT_SHADER_SOURCE:le(n),METHOD:WebGLRenderingContext.TRIANGLES,UNIFORMS:l,ATTRIBUTES:[{name:`a_position`,size:2,type:q},{name:`a_id`,size:4,type:K,normalized:!0},{name:`a_size`,size:1,type:q}].concat(z(i.flatMap(function(e,t){return`attribute`in e.color?[{name:`a_borderColor_${t+1}`,size:4,type:K,normalized:!0}]:[]})),z(i.flatMap(function(e,t){return`attribute`in e.size?[{name:`a_borderSize_${t+1}`,size:1,type:q}]:[]}))),CONSTANT_ATTRIBUTES:[{name:`a_angle`,size:1,type:q}],CONSTANT_DATA:[[t.ANGLE_1],[t.ANGLE_2],[t.ANGLE_3]]}}},{key:`processVisibleItem`,value:function(e,t,n){var r=this.array;r[t++]=n.x,r[t++]=n.y,r[t++]=e,r[t++]=n.size,i.forEach(function(e){var i=e.color;`attribute`in i&&(r[t++]=o(n[i.attribute]||i.defaultValue||W))}),i.forEach(function(e){var i=e.size;`attribute`in i&&(r[t++]=n[i.attribute]||i.defaultValue)})}},{key:`setUniforms`,value:function(e,t){var n=t.gl,a=t.uniformLocations,o=a.u_sizeRatio,s=a.u_correctionRatio,c=a.u_matrix;n.uniform1f(s,e.correctionRatio),n.uniform1f(o,e.sizeRatio),n.uniformMatrix3fv(c,!1,e.matrix),i.forEach(function(e,t){var i=e.color;if(`value`in i){var o=a[`u_borderColor_${t+1}`],s=E(r(i.value),4),c=s[0],l=s[1],u=s[2],d=s[3];n.uniform4f(o,c/255,l/255,u/255,d/255)}})}}]),t}(s),R(t,`ANGLE_1`,0),R(t,`ANGLE_2`,2*Math.PI/3),R(t,`ANGLE_3`,4*Math.PI/3),t}J();function de(e,t){return e.x<t.x+t.w&&t.x<e.x+e.w&&e.y<t.y+t.h&&t.y<e.y+e.h}function fe(e,t,n){if(n(e)<=t)return e;let r=Array.from(e),i=0,a=r.length;for(;i<a;){let e=Math.ceil((i+a)/2);n(r.slice(0,e).join(``).trimEnd()+`…`)<=t?i=e:a=e-1}return r.slice(0,i).join(``).trimEnd()+`…`}function pe(){let e=[];return{draw:(t,n,r)=>{if(!n.label)return;let i=r.labelSize;t.font=`${r.labelWeight} ${i}px ${r.labelFont}`;let a=fe(n.label,160,e=>t.measureText(e).width),o=t.measureText(a).width,s=t.canvas.clientWidth||t.canvas.width,c=t.canvas.clientHeight||t.canvas.height,l=n.x+n.size+3;if(l+o>s-2&&(l=n.x-n.size-3-o),l<2)return;let u={x:l-2,y:n.y-i*.55,w:o+4,h:i*1.15};if(u.y<0||u.y+u.h>c||e.some(e=>de(e,u)))return;e.push(u);let d=r.labelColor,f=d.attribute?n[d.attribute]:void 0;t.fillStyle=typeof f==`string`?f:d.color??`#000`,t.fillText(a,l,n.y+i/3)},reset:()=>{e=[]},drawn:()=>e.length}}function Y(e,t,n){let r=new Set([t]),i=[t];for(let t=0;t<n;t++){let t=[];for(let n of i)e.forEachNeighbor(n,e=>{r.has(e)||(r.add(e),t.push(e))});i=t}return r}var X=n(),Z=`#e3e6ea`;function Q(e){return J({borders:e.map(([t,n],r)=>({size:r===e.length-1?{fill:!0}:{value:n},color:t===`c`?{attribute:`borderColor`}:t===`w`?{value:`#ffffff`}:{attribute:`accent`,defaultValue:h}}))})}var $=Object.fromEntries([[`ring`,Q(m)],...Object.entries(g).filter(([,e])=>e.length>1).map(([e,t])=>[`sector-${e}`,Q(t)])]);function me({data:e,lang:t,selected:n,focus:r,onSelect:i,mode:o=null,area:s=null,asOf:m=null}){let x=(0,b.useRef)(null),[S,C]=(0,b.useState)(null),[w,T]=(0,b.useState)(!1),[E,D]=(0,b.useState)(null),O=o===`load`||o===`bridge`;(0,b.useEffect)(()=>{if(C(null),T(!1),!O)return;let e=new AbortController;return d(s,m,e.signal).then(C,()=>{e.signal.aborted||T(!0)}),()=>e.abort()},[O,s,m]);let k=(0,b.useRef)(null),A=(0,b.useRef)(null),j=(0,b.useRef)(null),M=(0,b.useRef)(i);M.current=i;let N=(0,b.useRef)(null),P=(0,b.useRef)(1);(0,b.useEffect)(()=>{if(!x.current)return;x.current.removeAttribute(`data-rendered`);let n=new c({multi:!0,type:`undirected`,allowSelfLoops:!1});n.import(e),n.forEachNode((e,r)=>{let i=t===`sv`?r.labelSv||r.label:t===`en`&&r.labelEn||r.label,a=g[r.sector??``]?r.sector:`OTHER`,o=r.kind===`Network`?`ring`:$[`sector-${a}`]?`sector-${a}`:`circle`;n.mergeNodeAttributes(e,{type:o,color:u(r),borderColor:u(r),accent:h,label:i})}),n.forEachEdge((e,t)=>{let r=f(t.role);n.mergeEdgeAttributes(e,r.size>1?r:{...r,type:`line`})}),D(o===`comembership`?ee(n):null),(o===`load`||o===`bridge`)&&S&&p(n,o,S);let r=N.current,i=r!==null&&!ne(),s=i?y(n,r.drawn):r?te(n,r.drawn):0;P.current=+!i;let d=pe(),m=new a(n,x.current,{labelRenderedSizeThreshold:5,labelDensity:.5,defaultDrawNodeLabel:d.draw,hideEdgesOnMove:!0,zIndex:!0,nodeProgramClasses:$,edgeProgramClasses:{line:l},nodeReducer:(e,t)=>{let n=P.current<1?ie(t,P.current):t;return n.hidden?n:j.current&&!j.current.has(e)?{...n,hidden:!0}:A.current&&!A.current.has(e)?{...n,color:Z,borderColor:Z,accent:Z,label:``}:A.current?{...n,highlighted:!0,zIndex:1}:n},edgeReducer:(e,t)=>{let[r,i]=n.extremities(e);return P.current<1&&(n.getNodeAttribute(r,`entering`)||n.getNodeAttribute(i,`entering`))||j.current&&(!j.current.has(r)||!j.current.has(i))||A.current&&!(A.current.has(r)&&A.current.has(i))?{...t,hidden:!0}:t}});m.once(`afterRender`,()=>x.current?.setAttribute(`data-rendered`,`true`)),m.on(`beforeRender`,d.reset),m.on(`afterRender`,()=>{let e=x.current;if(e){if(e.setAttribute(`data-labels`,String(d.drawn())),e.setAttribute(`data-camera-ratio`,m.getCamera().ratio.toFixed(3)),j.current){let{width:t,height:r}=m.getDimensions(),i=0;for(let e of j.current){let a=m.graphToViewport(n.getNodeAttributes(e));a.x>=0&&a.y>=0&&a.x<=t&&a.y<=r&&i++}e.setAttribute(`data-focus-in-view`,`${i}/${j.current.size}`)}else e.removeAttribute(`data-focus-in-view`)}}),m.on(`clickNode`,({node:e})=>M.current(e,n.getNodeAttribute(e,`kind`))),m.on(`enterNode`,({node:e})=>{A.current=Y(n,e,1),m.refresh({skipIndexation:!0})}),m.on(`leaveNode`,()=>{A.current=null,m.refresh({skipIndexation:!0})}),k.current=m,r&&s>=.5&&m.getCamera().setState(r.camera);let _=0;if(P.current<1){let e=performance.now(),t=()=>{P.current=Math.min(1,(performance.now()-e)/400),P.current>=1&&n.filterNodes((e,t)=>t.leaving).forEach(e=>n.dropNode(e)),m.refresh({skipIndexation:P.current<1}),P.current<1&&(_=requestAnimationFrame(t))};_=requestAnimationFrame(t)}return()=>{cancelAnimationFrame(_),N.current={drawn:re(n),camera:m.getCamera().getState()},m.kill(),k.current=null}},[e,t,o,S]),(0,b.useEffect)(()=>{let e=k.current;if(!e)return;let t=e.getGraph(),i=n!==null&&t.hasNode(n);if(j.current=i&&r>0?Y(t,n,r):null,t.forEachNode(e=>t.setNodeAttribute(e,`highlighted`,e===n)),e.refresh(),i){let t=j.current&&j.current.size>1?he(e,j.current):null,i=e.getNodeDisplayData(n);t?e.getCamera().animate(t,{duration:400}):i&&e.getCamera().animate({x:i.x,y:i.y,ratio:r>0?.3:.5},{duration:400})}},[n,r,e,t,o,S]);let F=(0,b.useRef)(null),[I,L]=(0,b.useState)(``);return(0,X.jsxs)(X.Fragment,{children:[(0,X.jsx)(`div`,{ref:x,className:`map-canvas`,"data-testid":`map`,tabIndex:0,role:`application`,"aria-label":_[t].label.split(`.`)[0],"aria-describedby":`map-help`,onKeyDown:e=>{let r=k.current;if(!r)return;let i=r.getCamera(),a=i.getState(),o=.15*a.ratio,s=r.getGraph(),c=e=>{F.current=e,A.current=Y(s,e,1),r.refresh({skipIndexation:!0});let n=r.getNodeDisplayData(e);n&&i.animate({x:n.x,y:n.y},{duration:200}),L(`${_[t].selected}: ${s.getNodeAttribute(e,`label`)}`)};switch(e.key){case`ArrowLeft`:i.animate({x:a.x-o},{duration:150});break;case`ArrowRight`:i.animate({x:a.x+o},{duration:150});break;case`ArrowUp`:i.animate({y:a.y+o},{duration:150});break;case`ArrowDown`:i.animate({y:a.y-o},{duration:150});break;case`+`:case`=`:i.animatedZoom({duration:150});break;case`-`:i.animatedUnzoom({duration:150});break;case`0`:i.animatedReset({duration:200});break;case`n`:case`N`:case`p`:case`P`:{let i=F.current??n,o;if(i&&s.hasNode(i)&&s.degree(i)>0)o=[...new Set(s.neighbors(i))];else{let e=[];s.forEachNode(t=>{let n=r.getNodeDisplayData(t);n&&!n.hidden&&e.push([(n.x-a.x)**2+(n.y-a.y)**2,t])}),o=e.sort((e,t)=>e[0]-t[0]).slice(0,20).map(([,e])=>e)}if(o.length===0)break;o.sort((e,n)=>String(s.getNodeAttribute(e,`label`)).localeCompare(String(s.getNodeAttribute(n,`label`)),t));let l=F.current?o.indexOf(F.current):-1,u=e.key.toLowerCase()===`n`?(l+1)%o.length:(l-1+o.length)%o.length;c(o[u]);break}case`Enter`:F.current&&M.current(F.current,s.getNodeAttribute(F.current,`kind`));break;case`Escape`:F.current=null,A.current=null,r.refresh({skipIndexation:!0}),L(``);break;default:return}e.preventDefault()}}),(0,X.jsx)(`p`,{className:`visually-hidden`,"aria-live":`polite`,"data-testid":`map-announce`,children:I}),o&&(0,X.jsx)(`p`,{className:`map-mode`,"aria-live":`polite`,"data-testid":`map-mode`,children:v(t,o,{scores:S,failed:w,projection:E})})]})}function he(e,t){let n=1/0,r=1/0,i=-1/0,a=-1/0;for(let o of t){let t=e.getNodeDisplayData(o);t&&(n=Math.min(n,t.x),i=Math.max(i,t.x),r=Math.min(r,t.y),a=Math.max(a,t.y))}if(n===1/0)return null;let o=Math.min(1,Math.max(.05,Math.max(i-n,a-r)*1.3));return{x:(n+i)/2,y:(r+a)/2,ratio:o}}export{me as default};