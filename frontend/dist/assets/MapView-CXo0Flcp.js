import{a as e,i as t,l as n,n as r,o as i,r as a,s as o,t as s}from"./index-9ZKgkr7P.js";import{a as c,i as l,n as u,o as d,r as f,s as ee,t as p}from"./map-CacKaoXA.js";var m=n(o(),1);function h(e){if(Array.isArray(e))return e}function g(e,t){var n=e==null?null:typeof Symbol<`u`&&e[Symbol.iterator]||e[`@@iterator`];if(n!=null){var r,i,a,o,s=[],c=!0,l=!1;try{if(a=(n=n.call(e)).next,t===0){if(Object(n)!==n)return;c=!1}else for(;!(c=(r=a.call(n)).done)&&(s.push(r.value),s.length!==t);c=!0);}catch(e){l=!0,i=e}finally{try{if(!c&&n.return!=null&&(o=n.return(),Object(o)!==o))return}finally{if(l)throw i}}return s}}function _(e,t){(t==null||t>e.length)&&(t=e.length);for(var n=0,r=Array(t);n<t;n++)r[n]=e[n];return r}function v(e,t){if(e){if(typeof e==`string`)return _(e,t);var n={}.toString.call(e).slice(8,-1);return n===`Object`&&e.constructor&&(n=e.constructor.name),n===`Map`||n===`Set`?Array.from(e):n===`Arguments`||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?_(e,t):void 0}}function y(){throw TypeError(`Invalid attempt to destructure non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function b(e,t){return h(e)||g(e,t)||v(e,t)||y()}function x(e,t){if(!(e instanceof t))throw TypeError(`Cannot call a class as a function`)}function S(e,t){if(typeof e!=`object`||!e)return e;var n=e[Symbol.toPrimitive];if(n!==void 0){var r=n.call(e,t||`default`);if(typeof r!=`object`)return r;throw TypeError(`@@toPrimitive must return a primitive value.`)}return(t===`string`?String:Number)(e)}function C(e){var t=S(e,`string`);return typeof t==`symbol`?t:t+``}function w(e,t){for(var n=0;n<t.length;n++){var r=t[n];r.enumerable=r.enumerable||!1,r.configurable=!0,`value`in r&&(r.writable=!0),Object.defineProperty(e,C(r.key),r)}}function te(e,t,n){return t&&w(e.prototype,t),n&&w(e,n),Object.defineProperty(e,"prototype",{writable:!1}),e}function T(e){return T=Object.setPrototypeOf?Object.getPrototypeOf.bind():function(e){return e.__proto__||Object.getPrototypeOf(e)},T(e)}function E(){try{var e=!Boolean.prototype.valueOf.call(Reflect.construct(Boolean,[],function(){}))}catch{}return(E=function(){return!!e})()}function D(e){if(e===void 0)throw ReferenceError(`this hasn't been initialised - super() hasn't been called`);return e}function O(e,t){if(t&&(typeof t==`object`||typeof t==`function`))return t;if(t!==void 0)throw TypeError(`Derived constructors may only return object or undefined`);return D(e)}function k(e,t,n){return t=T(t),O(e,E()?Reflect.construct(t,n||[],T(e).constructor):t.apply(e,n))}function A(e,t){return A=Object.setPrototypeOf?Object.setPrototypeOf.bind():function(e,t){return e.__proto__=t,e},A(e,t)}function j(e,t){if(typeof t!=`function`&&t!==null)throw TypeError(`Super expression must either be null or a function`);e.prototype=Object.create(t&&t.prototype,{constructor:{value:e,writable:!0,configurable:!0}}),Object.defineProperty(e,"prototype",{writable:!1}),t&&A(e,t)}function M(e,t,n){return(t=C(t))in e?Object.defineProperty(e,t,{value:n,enumerable:!0,configurable:!0,writable:!0}):e[t]=n,e}function N(e){if(Array.isArray(e))return _(e)}function P(e){if(typeof Symbol<`u`&&e[Symbol.iterator]!=null||e[`@@iterator`]!=null)return Array.from(e)}function F(){throw TypeError(`Invalid attempt to spread non-iterable instance.
In order to be iterable, non-array objects must have a [Symbol.iterator]() method.`)}function I(e){return N(e)||P(e)||v(e)||F()}function L(e,t){var n=Object.keys(e);if(Object.getOwnPropertySymbols){var r=Object.getOwnPropertySymbols(e);t&&(r=r.filter(function(t){return Object.getOwnPropertyDescriptor(e,t).enumerable})),n.push.apply(n,r)}return n}function R(e){for(var t=1;t<arguments.length;t++){var n=arguments[t]==null?{}:arguments[t];t%2?L(Object(n),!0).forEach(function(t){M(e,t,n[t])}):Object.getOwnPropertyDescriptors?Object.defineProperties(e,Object.getOwnPropertyDescriptors(n)):L(Object(n)).forEach(function(t){Object.defineProperty(e,t,Object.getOwnPropertyDescriptor(n,t))})}return e}var z=`relative`,B={drawLabel:void 0,drawHover:void 0,borders:[{size:{value:.1},color:{attribute:`borderColor`}},{size:{fill:!0},color:{attribute:`color`}}]},V=`#000000`;function H(e){var t=e.borders,n=l(t.filter(function(e){return`fill`in e.size}).length);return`
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
${t.flatMap(function(e,t){var n=e.size;if(`fill`in n)return[];n=n;var r=`attribute`in n?`v_borderSize_${t+1}`:l(n.value),i=(n.mode||z)===`pixels`?`u_correctionRatio`:`v_radius`;return[`  float borderSize_${t+1} = ${i} * ${r};`]}).join(`
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
`}function U(e){var t=e.borders;return`
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
`}var W=WebGLRenderingContext,G=W.UNSIGNED_BYTE,K=W.FLOAT;function q(e){var t,n=R(R({},B),e||{}),r=n.borders,i=n.drawLabel,a=n.drawHover,o=[`u_sizeRatio`,`u_correctionRatio`,`u_matrix`].concat(I(r.flatMap(function(e,t){return`value`in e.color?[`u_borderColor_${t+1}`]:[]})));return t=function(e){j(t,e);function t(){var e;x(this,t);var n=[...arguments];return e=k(this,t,[].concat(n)),M(D(e),`drawLabel`,i),M(D(e),`drawHover`,a),e}return te(t,[{key:`getDefinition`,value:function(){return{VERTICES:3,VERTEX_SHADER_SOURCE:U(n),FRAGMENT_SHADER_SOURCE:H(n),METHOD:WebGLRenderingContext.TRIANGLES,UNIFORMS:o,ATTRIBUTES:[{name:`a_position`,size:2,type:K},{name:`a_id`,size:4,type:G,normalized:!0},{name:`a_size`,size:1,type:K}].concat(I(r.flatMap(function(e,t){return`attribute`in e.color?[{name:`a_borderColor_${t+1}`,size:4,type:G,normalized:!0}]:[]})),I(r.flatMap(function(e,t){return`attribute`in e.size?[{name:`a_borderSize_${t+1}`,size:1,type:K}]:[]}))),CONSTANT_ATTRIBUTES:[{name:`a_angle`,size:1,type:K}],CONSTANT_DATA:[[t.ANGLE_1],[t.ANGLE_2],[t.ANGLE_3]]}}},{key:`processVisibleItem`,value:function(e,t,n){var i=this.array;i[t++]=n.x,i[t++]=n.y,i[t++]=e,i[t++]=n.size,r.forEach(function(e){var r=e.color;`attribute`in r&&(i[t++]=d(n[r.attribute]||r.defaultValue||V))}),r.forEach(function(e){var r=e.size;`attribute`in r&&(i[t++]=n[r.attribute]||r.defaultValue)})}},{key:`setUniforms`,value:function(e,t){var n=t.gl,i=t.uniformLocations,a=i.u_sizeRatio,o=i.u_correctionRatio,s=i.u_matrix;n.uniform1f(o,e.correctionRatio),n.uniform1f(a,e.sizeRatio),n.uniformMatrix3fv(s,!1,e.matrix),r.forEach(function(e,t){var r=e.color;if(`value`in r){var a=i[`u_borderColor_${t+1}`],o=b(c(r.value),4),s=o[0],l=o[1],u=o[2],d=o[3];n.uniform4f(a,s/255,l/255,u/255,d/255)}})}}]),t}(f),M(t,`ANGLE_1`,0),M(t,`ANGLE_2`,2*Math.PI/3),M(t,`ANGLE_3`,4*Math.PI/3),t}q();function J(e,t,n){let r=new Set([t]),i=[t];for(let t=0;t<n;t++){let t=[];for(let n of i)e.forEachNeighbor(n,e=>{r.has(e)||(r.add(e),t.push(e))});i=t}return r}var Y={fi:{label:`Verkostokartta. Näppäimet: nuolet siirtävät, + ja − zoomaavat, 0 näyttää kaiken, N ja P kulkevat solmusta toiseen, Enter avaa valitun.`,help:`Kartta toimii myös näppäimistöllä; sama tieto on taulukoissa ja haussa.`,selected:`Kohdistettu`},sv:{label:`Nätverkskarta. Tangenter: pilar flyttar, + och − zoomar, 0 visar allt, N och P går från nod till nod, Enter öppnar den valda.`,help:`Kartan fungerar också med tangentbordet; samma uppgifter finns i tabellerna och sökningen.`,selected:`Fokuserad`},en:{label:`Network map. Keys: arrows pan, + and − zoom, 0 shows everything, N and P move from node to node, Enter opens the focused one.`,help:`The map works with a keyboard too; the same data is in the tables and search.`,selected:`Focused`}},X=i(),Z=`#e3e6ea`;function Q(e){return q({borders:e.map(([t,n],r)=>({size:r===e.length-1?{fill:!0}:{value:n},color:t===`c`?{attribute:`borderColor`}:t===`w`?{value:`#ffffff`}:{attribute:`accent`,defaultValue:s}}))})}var $=Object.fromEntries([[`ring`,Q(a)],...Object.entries(e).filter(([,e])=>e.length>1).map(([e,t])=>[`sector-${e}`,Q(t)])]);function ne({data:n,lang:i,selected:a,focus:o,onSelect:c}){let l=(0,m.useRef)(null),d=(0,m.useRef)(null),f=(0,m.useRef)(null),h=(0,m.useRef)(null),g=(0,m.useRef)(c);g.current=c,(0,m.useEffect)(()=>{if(!l.current)return;let a=new ee({multi:!0,type:`undirected`,allowSelfLoops:!1});a.import(n),a.forEachNode((n,r)=>{let o=i===`sv`?r.labelSv||r.label:i===`en`&&r.labelEn||r.label,c=e[r.sector??``]?r.sector:`OTHER`,l=r.kind===`Network`?`ring`:$[`sector-${c}`]?`sector-${c}`:`circle`;a.mergeNodeAttributes(n,{type:l,color:t(r),borderColor:t(r),accent:s,label:o})}),a.forEachEdge((e,t)=>{let n=r(t.role);a.mergeEdgeAttributes(e,n.size>1?n:{...n,type:`line`})});let o=new u(a,l.current,{labelRenderedSizeThreshold:5,labelDensity:.5,zIndex:!0,nodeProgramClasses:$,edgeProgramClasses:{line:p},nodeReducer:(e,t)=>h.current&&!h.current.has(e)?{...t,hidden:!0}:f.current&&!f.current.has(e)?{...t,color:Z,borderColor:Z,accent:Z,label:``}:f.current?{...t,highlighted:!0,zIndex:1}:t,edgeReducer:(e,t)=>{let[n,r]=a.extremities(e);return h.current&&(!h.current.has(n)||!h.current.has(r))||f.current&&!(f.current.has(n)&&f.current.has(r))?{...t,hidden:!0}:t}});return o.once(`afterRender`,()=>l.current?.setAttribute(`data-rendered`,`true`)),o.on(`clickNode`,({node:e})=>g.current(e,a.getNodeAttribute(e,`kind`))),o.on(`enterNode`,({node:e})=>{f.current=J(a,e,1),o.refresh({skipIndexation:!0})}),o.on(`leaveNode`,()=>{f.current=null,o.refresh({skipIndexation:!0})}),d.current=o,()=>{o.kill(),d.current=null}},[n,i]),(0,m.useEffect)(()=>{let e=d.current;if(!e)return;let t=e.getGraph(),n=a!==null&&t.hasNode(a);if(h.current=n&&o>0?J(t,a,o):null,t.forEachNode(e=>t.setNodeAttribute(e,`highlighted`,e===a)),e.refresh(),n){let t=e.getNodeDisplayData(a);t&&e.getCamera().animate({x:t.x,y:t.y,ratio:o>0?.3:.5},{duration:400})}},[a,o,n,i]);let _=(0,m.useRef)(null),[v,y]=(0,m.useState)(``);return(0,X.jsxs)(X.Fragment,{children:[(0,X.jsx)(`div`,{ref:l,className:`map-canvas`,"data-testid":`map`,tabIndex:0,role:`application`,"aria-label":Y[i].label.split(`.`)[0],"aria-describedby":`map-help`,onKeyDown:e=>{let t=d.current;if(!t)return;let n=t.getCamera(),r=n.getState(),o=.15*r.ratio,s=t.getGraph(),c=e=>{_.current=e,f.current=J(s,e,1),t.refresh({skipIndexation:!0});let r=t.getNodeDisplayData(e);r&&n.animate({x:r.x,y:r.y},{duration:200}),y(`${Y[i].selected}: ${s.getNodeAttribute(e,`label`)}`)};switch(e.key){case`ArrowLeft`:n.animate({x:r.x-o},{duration:150});break;case`ArrowRight`:n.animate({x:r.x+o},{duration:150});break;case`ArrowUp`:n.animate({y:r.y+o},{duration:150});break;case`ArrowDown`:n.animate({y:r.y-o},{duration:150});break;case`+`:case`=`:n.animatedZoom({duration:150});break;case`-`:n.animatedUnzoom({duration:150});break;case`0`:n.animatedReset({duration:200});break;case`n`:case`N`:case`p`:case`P`:{let n=_.current??a,o;if(n&&s.hasNode(n)&&s.degree(n)>0)o=[...new Set(s.neighbors(n))];else{let e=[];s.forEachNode(n=>{let i=t.getNodeDisplayData(n);i&&!i.hidden&&e.push([(i.x-r.x)**2+(i.y-r.y)**2,n])}),o=e.sort((e,t)=>e[0]-t[0]).slice(0,20).map(([,e])=>e)}if(o.length===0)break;o.sort((e,t)=>String(s.getNodeAttribute(e,`label`)).localeCompare(String(s.getNodeAttribute(t,`label`)),i));let l=_.current?o.indexOf(_.current):-1,u=e.key.toLowerCase()===`n`?(l+1)%o.length:(l-1+o.length)%o.length;c(o[u]);break}case`Enter`:_.current&&g.current(_.current,s.getNodeAttribute(_.current,`kind`));break;case`Escape`:_.current=null,f.current=null,t.refresh({skipIndexation:!0}),y(``);break;default:return}e.preventDefault()}}),(0,X.jsx)(`p`,{className:`visually-hidden`,"aria-live":`polite`,"data-testid":`map-announce`,children:v})]})}export{ne as default};